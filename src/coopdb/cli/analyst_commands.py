"""Commands for analysts: ``sql``, ``docs``, ``export``, and ``reader`` logins for BI tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from coopdb.cli.context import AppContext, emit, output_option, pass_app


@click.command("sql")
@click.argument("query")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30,
    show_default=True,
    metavar="SECONDS",
    help="Stop the query after this long.",
)
@output_option()
@pass_app
def sql_command(app: AppContext, query: str, timeout: float, output_format: str) -> None:
    """Run one SELECT, read-only, with the rights of coopdb_reader.

    Unqualified names find the reporting views first, then the core tables. Anything that
    writes is refused, whatever the text: several statements, data-modifying WITH, or
    functions that need more than a reader's rights. json output is a list of objects,
    one per row, keyed by column name.

    Example:

        coopdb sql "SELECT russian_region, value_low_usd FROM trade_figures" --format csv
    """
    from coopdb.db import connect
    from coopdb.render import Document, Table
    from coopdb.sqlrun import QueryError, run_read_only

    target = app.ready_target()
    with connect(target) as conn:
        try:
            result = run_read_only(conn, query, timeout)
        except QueryError as error:
            raise click.ClickException(f"query refused or failed: {error}") from None
    table = Table(
        "rows",
        f"{len(result.rows)} row(s)",
        result.columns,
        [list(row.values()) for row in result.rows],
        empty="no rows",
    )
    emit(Document(tables=[table], data=result.rows), output_format)


@click.command()
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@pass_app
def docs(app: AppContext, output: Path | None) -> None:
    """Write the data dictionary (Markdown) generated from the database's own comments.

    Example:

        coopdb docs --output docs/data-dictionary.md
    """
    from coopdb.catalog import data_dictionary, read_catalog
    from coopdb.cli.report_commands import reading

    with reading(app) as conn:
        text = data_dictionary(read_catalog(conn))
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@pass_app
def export(app: AppContext, folder: Path) -> None:
    """Write every reporting view as CSV, with a Frictionless datapackage.json describing them.

    Example:

        coopdb export coopdb-data/
    """
    from coopdb.catalog import export as export_views
    from coopdb.cli.report_commands import reading

    with reading(app) as conn:  # one snapshot: the CSV files agree with each other
        written = export_views(conn, folder)
    for name, rows in written:
        click.echo(f"{folder / name}: {rows} rows")
    click.echo(f"{folder / 'datapackage.json'}: {len(written)} resources")


@click.group()
def reader() -> None:
    """Read-only logins (members of coopdb_reader) for analysts and BI tools."""


@reader.command("create")
@click.argument("name")
@click.option(
    "--connection-limit",
    type=click.IntRange(min=1, max=10_000),
    default=5,
    show_default=True,
    metavar="N",
    help="How many sessions the login may have open at once.",
)
@pass_app
def reader_create(app: AppContext, name: str, connection_limit: int) -> None:
    """Create login NAME that can read everything and change nothing.

    The password is prompted for (not echoed) on a terminal, or read from the first line
    of standard input otherwise. It is sent to the server only as a SCRAM verifier. The
    login is read-only by default, its statements stop after 60 s, an idle transaction
    after 5 min, and (when you are a superuser) its temporary files are capped at 1 GB.

    Example:

        coopdb reader create metabase --connection-limit 10
    """
    from coopdb.db import connect
    from coopdb.readers import ReaderError, create_reader

    if sys.stdin.isatty():
        password = click.prompt(
            f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True
        )
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    with connect(app.ready_target()) as conn:
        try:
            create_reader(conn, name, password, connection_limit=connection_limit)
        except ReaderError as error:
            raise click.ClickException(str(error)) from None
    click.echo(
        f"created read-only login {name!r} (member of coopdb_reader,"
        f" at most {connection_limit} connection{'s' if connection_limit != 1 else ''})"
    )


@reader.command("drop")
@click.argument("name")
@pass_app
def reader_drop(app: AppContext, name: str) -> None:
    """Drop reader login NAME, what it left in this database, and its open sessions.

    Only logins made by `coopdb reader create` are dropped; superusers and any other role
    are refused.

    Example:

        coopdb reader drop metabase
    """
    from coopdb.db import connect
    from coopdb.readers import ReaderError, drop_reader

    with connect(app.ready_target()) as conn:
        try:
            drop_reader(conn, name)
        except ReaderError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"dropped {name!r}")
