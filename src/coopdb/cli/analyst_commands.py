"""Commands for analysts: ``sql``, ``docs``, ``export``, and ``reader`` logins for BI tools."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coopdb.cli.context import AppContext, CoopdbGroup, emit, output_option, pass_app
from coopdb.cli.params import SECONDS

if TYPE_CHECKING:
    import psycopg


@click.command("sql")
@click.argument("query")
@click.option(
    "--timeout",
    type=SECONDS,
    default=30,
    show_default=True,
    metavar="SECONDS",
    help="Stop the whole command after this long, writing the rows included.",
)
@output_option()
@pass_app
def sql_command(app: AppContext, query: str, timeout: float, output_format: str) -> None:
    """Run one SELECT, read-only, with the rights of a role that can only read.

    Unqualified names find the reporting views first, then the core tables. Anything that
    writes is refused, whatever the text: several statements, data-modifying WITH, or
    functions that need more than a reader's rights.

    text and markdown show at most the first 1,000 rows and 1,000 characters of each value,
    and say so when they cut. csv and json write every row as it arrives, in flat memory.
    json output is a list of objects, one per row, keyed by column name; when a name is
    repeated, its second, third… columns are keyed NAME_2, NAME_3… (csv keeps the names as
    they are). Control characters other than newline and tab are written as \\xNN (json:
    \\u00NN).

    Example:

        coopdb sql "SELECT russian_region, value_low_usd FROM trade_figures" --format csv
    """
    started = time.monotonic()
    from coopdb.db import connect

    target = app.ready_target()
    with connect(target) as conn:
        if output_format in ("csv", "json"):
            _stream_sql(conn, query, timeout, output_format, started)
        else:
            _show_sql(conn, query, timeout, output_format, started)


def _stream_sql(
    conn: psycopg.Connection[Any], query: str, timeout: float, output_format: str, started: float
) -> None:
    """csv or json: every row, written batch by batch as the server sends them."""
    from coopdb.analyst.sqlrun import json_keys, open_read_only
    from coopdb.render import csv_chunks, json_chunks

    with open_read_only(conn, query, timeout, started=started) as result:
        if output_format == "csv":
            chunks = csv_chunks(result.columns, result.rows)
        else:
            chunks = json_chunks(json_keys(result.columns), result.rows)
        for chunk in chunks:
            click.echo(chunk, nl=False)


def _show_sql(
    conn: psycopg.Connection[Any], query: str, timeout: float, output_format: str, started: float
) -> None:
    """text or markdown: the first rows only (the server stops there), cells cut to size."""
    from itertools import islice

    from coopdb.analyst.sqlrun import TEXT_ROW_LIMIT, open_read_only
    from coopdb.render import CELL_LIMIT, Document, Table

    with open_read_only(
        conn, query, timeout, limit=TEXT_ROW_LIMIT, clip=CELL_LIMIT + 1, started=started
    ) as result:
        rows = [list(row) for row in islice(result.rows, TEXT_ROW_LIMIT + 1)]
    notes = []
    title = f"{len(rows)} row(s)"
    if len(rows) > TEXT_ROW_LIMIT:
        rows = rows[:TEXT_ROW_LIMIT]
        title = f"the first {TEXT_ROW_LIMIT:,} rows"
        notes.append(
            f"output cut after {TEXT_ROW_LIMIT:,} rows; --format csv or --format json"
            " writes every row."
        )
    table = Table("rows", title, result.columns, rows, empty="no rows")
    emit(Document(tables=[table], notes=notes), output_format)


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
    from coopdb.analyst.catalog import data_dictionary, read_catalog
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
    from coopdb.analyst.catalog import export as export_views
    from coopdb.cli.report_commands import reading

    with reading(app) as conn:  # one snapshot: the CSV files agree with each other
        written = export_views(conn, folder)
    for name, rows in written:
        click.echo(f"{folder / name}: {rows} rows")
    click.echo(f"{folder / 'datapackage.json'}: {len(written)} resources")


@click.group(cls=CoopdbGroup)
def reader() -> None:
    """Read-only logins (members of coopdb_reader, or of coopdb_reporting_reader with
    --reporting-only) for analysts and BI tools."""


def _read_password(name: str, from_stdin: bool) -> str:
    """Prompted twice (not echoed) on a terminal; else the first line of standard input."""
    if sys.stdin.isatty() and not from_stdin:
        return str(
            click.prompt(
                f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True
            )
        )
    return sys.stdin.readline().rstrip("\r\n")


PASSWORD_STDIN = click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input, even on a terminal.",
)


def _bi_uri(app: AppContext, name: str) -> tuple[str, str | None]:
    """The URI for a BI tool, and a line to print when TCP is not on yet."""
    from psycopg.conninfo import conninfo_to_dict

    from coopdb.analyst.readers import bi_uri

    target = app.target()
    info = conninfo_to_dict(target.conninfo)
    dbname = str(info.get("dbname") or "coopdb")
    if not target.embedded:
        port = info.get("port")
        return bi_uri(name, str(info.get("host") or ""), int(port) if port else None, dbname), None
    from coopdb.server import EmbeddedServer, default_home

    port = EmbeddedServer(default_home()).status().tcp_port
    if port is not None:
        return bi_uri(name, None, port, dbname), None
    hint = "TCP is off: run `coopdb server start --port 5433` first (then the port is 5433)"
    return bi_uri(name, None, 5433, dbname), hint


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
@click.option(
    "--reporting-only",
    is_flag=True,
    help="No access to the core schema at all, only to reporting (for BI tools, whose schema"
    " list shows every schema the login may use, whatever its search_path).",
)
@PASSWORD_STDIN
@pass_app
def reader_create(
    app: AppContext, name: str, connection_limit: int, reporting_only: bool, password_stdin: bool
) -> None:
    """Create login NAME that can read everything (or, with --reporting-only, the reporting
    schema) and change nothing, and print the URI to give a BI tool.

    The password is prompted for twice (not echoed) on a terminal, or read from the first
    line of standard input otherwise. It is sent to the server only as a SCRAM verifier. The
    login's search_path is reporting, so tools see the reporting relations unqualified with
    no setting of their own; it is read-only by default, its statements stop after 60 s, an
    idle transaction after 5 min, and (when you are a superuser) its temporary files are
    capped at 1 GB. A --reporting-only login cannot use `coopdb sql` (its query runner
    reads core); it connects with any SQL client instead.

    The URI printed is postgresql://NAME@127.0.0.1:PORT/DB, without +psycopg: Superset
    pins SQLAlchemy 1.4, where postgresql+psycopg:// fails with NoSuchModuleError, and every
    tool (Superset, Metabase, Tableau, psql) takes the plain form. The tool asks for the
    password. `coopdb server status` prints the owner's socket URL, not this one.

    Example:

        coopdb reader create superset --reporting-only --connection-limit 10
    """
    from coopdb.analyst.readers import create_reader
    from coopdb.db import connect

    password = _read_password(name, password_stdin)
    with connect(app.ready_target()) as conn:
        warnings = create_reader(
            conn,
            name,
            password,
            connection_limit=connection_limit,
            reporting_only=reporting_only,
        )
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    group = "coopdb_reporting_reader: reporting only" if reporting_only else "coopdb_reader"
    click.echo(
        f"created read-only login {name!r} (member of {group},"
        f" at most {connection_limit} connection{'s' if connection_limit != 1 else ''})"
    )
    uri, hint = _bi_uri(app, name)
    click.echo(f"for BI tools: {uri}")
    if hint:
        click.echo(hint)


@reader.command("password")
@click.argument("name")
@PASSWORD_STDIN
@pass_app
def reader_password(app: AppContext, name: str, password_stdin: bool) -> None:
    """Give reader login NAME a new password; the old one is refused from then on.

    Prompted for twice on a terminal, or read from the first line of standard input
    (--password-stdin reads it there even on a terminal); the SCRAM verifier is computed
    here, so the password never reaches the server. Only logins made by `coopdb reader
    create` are changed. Sessions already open stay open.

    Example:

    \b
        coopdb reader password superset
        coopdb reader password superset --password-stdin < new-password.txt
    """
    from coopdb.analyst.readers import set_password
    from coopdb.db import connect

    password = _read_password(name, password_stdin)
    with connect(app.ready_target()) as conn:
        warning = set_password(conn, name, password)
    if warning:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"new password set for {name!r}")


@reader.command("list")
@output_option()
@pass_app
def reader_list(app: AppContext, output_format: str) -> None:
    """The logins made by `coopdb reader create`: whether each is reporting-only, its
    connection limit, when it expires (if ever) and whether it has a password (unknown
    unless you are a superuser).

    Example:

        coopdb reader list --format json
    """
    from dataclasses import asdict

    from coopdb.analyst.readers import list_readers
    from coopdb.db import connect
    from coopdb.render import Document, Table

    with connect(app.ready_target()) as conn:
        logins = list_readers(conn)
    columns = ["name", "reporting_only", "connection_limit", "valid_until", "password_set"]
    rows = [[getattr(login, c) for c in columns] for login in logins]
    table = Table("readers", "Reader logins", columns, rows, empty="none")
    emit(Document(tables=[table], data=[asdict(login) for login in logins]), output_format)


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
    from coopdb.analyst.readers import drop_reader
    from coopdb.db import connect

    with connect(app.ready_target()) as conn:
        drop_reader(conn, name)
    click.echo(f"dropped {name!r}")
