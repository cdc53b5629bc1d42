"""``coopdb db``: the schema's migrations (Alembic), which database is in use, and whether its
data still mirrors the curated files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from coopdb.cli.context import AppContext, CoopdbGroup, pass_app, validated
from coopdb.cli.params import SECONDS, lock_timeout_option, say_waiting
from coopdb.errors import EXIT_FAILURE, CoopdbError

if TYPE_CHECKING:
    from coopdb.db import Target


@click.group(cls=CoopdbGroup)
def db() -> None:
    """Schema migrations, the database in use, and drift of its data from the files."""


table_lock_timeout_option = click.option(
    "--table-lock-timeout",
    type=SECONDS,
    default=10,
    show_default=True,
    metavar="SECONDS",
    help="How long each step waits for a table lock another session holds (a reader's open"
    " transaction) before the migration gives up, changing nothing.",
)


@db.command()
@click.argument("revision", default="head")
@table_lock_timeout_option
@pass_app
def upgrade(app: AppContext, revision: str, table_lock_timeout: float) -> None:
    """Migrate the schema up to REVISION (default: head).

    On the embedded server, an empty database is also loaded with the shipped seeds.

    Example:

        coopdb --database-url postgresql://me@db.example/coopdb db upgrade
    """
    from coopdb import migrate
    from coopdb.db import ensure_ready

    target = app.target()
    if target.embedded and revision == "head":
        ensure_ready(target, table_lock_timeout=table_lock_timeout)
    else:
        _migrate(target, migrate.upgrade, revision, table_lock_timeout)
    click.echo(f"{target.masked}: schema at {revision}")


@db.command()
@click.argument("revision")
@table_lock_timeout_option
@pass_app
def downgrade(app: AppContext, revision: str, table_lock_timeout: float) -> None:
    """Migrate the schema down to REVISION ('base' removes everything coopdb created).

    Example:

        coopdb db downgrade base
    """
    from coopdb import migrate

    target = app.target()
    _migrate(target, migrate.downgrade, revision, table_lock_timeout)
    click.echo(f"{target.masked}: schema at {revision}")


def _migrate(
    target: Target, step: Callable[..., None], revision: str, table_lock_timeout: float
) -> None:
    """One migration step, on an engine that is disposed of whatever happens."""
    from coopdb.db import make_engine

    engine = make_engine(target)
    try:
        step(engine, revision, table_lock_timeout=table_lock_timeout)
    finally:
        engine.dispose()


@db.command()
@pass_app
def current(app: AppContext) -> None:
    """Print the schema revision of the database ('none' when it has no coopdb schema).

    Example:

        coopdb db current
    """
    from coopdb.db import connect, schema_revision
    from coopdb.schema_version import HEAD_REVISION

    target = app.target()
    with connect(target) as conn:
        revision = schema_revision(conn)
    state = "up to date" if revision == HEAD_REVISION else f"this coopdb needs {HEAD_REVISION}"
    click.echo(f"{revision or 'none'} ({state})")


@db.command()
@pass_app
def url(app: AppContext) -> None:
    """Print the URL of the database in use, with any password masked.

    Example:

        coopdb db url
    """
    click.echo(app.target().masked)


@db.command("check")
@pass_app
def check_drift(app: AppContext) -> None:
    """Compare the database schema with coopdb's models and safeguards (exit 1 on any drift).

    Besides tables and columns, it checks the sandbox function coopdb sql runs queries
    through (present, owner, SECURITY DEFINER, search_path, body, who may run it), the quote
    trigger of every table with a quote column, that reader roles own nothing, and that
    PUBLIC may not connect, create temporary tables or create in any schema. Read-only: a
    reader login may run it.

    Example:

        coopdb db check
    """
    from coopdb import migrate
    from coopdb.db import connect, make_engine
    from coopdb.safeguards import drift as safeguard_drift

    target = app.ready_target()
    engine = make_engine(target)
    try:
        drift = migrate.check(engine)
    finally:
        engine.dispose()
    with connect(target) as conn:
        problems = safeguard_drift(conn)
    if drift:
        problems.insert(0, f"schema differs from the models: {' '.join(drift.split())}")
    if problems:
        raise CoopdbError("; ".join(problems))
    click.echo(
        "schema matches the models; the sandbox function, quote triggers and privileges"
        " are as installed"
    )


@db.command()
@click.argument("seeds_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@lock_timeout_option("a running load")
@pass_app
def verify(app: AppContext, seeds_dir: Path | None, lock_timeout: float) -> None:
    """Report drift between the database and the curated files, changing nothing.

    SEEDS_DIR defaults to the seeds shipped with coopdb. Prints one line per table that
    differs (rows missing, rows differing, rows not in the files) and one for articles whose
    stored input fingerprint no longer matches their files. Exit code 0 when the database
    mirrors the files, 1 when drift is found (or a file has a problem). The comparison is a
    full load rehearsed in a transaction that is always rolled back: it waits for a running
    load, and loads wait for it. `coopdb load --full` repairs what it reports.

    Example:

        coopdb db verify

        coopdb db verify seeds/ || coopdb load --full seeds/
    """
    from coopdb.db import make_engine
    from coopdb.resources import seeds_dir as shipped_seeds
    from coopdb.verify import find_drift

    folder = seeds_dir or shipped_seeds()
    corpus = validated(folder, outcome="nothing was compared")
    target = app.ready_target()
    engine = make_engine(target)
    try:
        drift = find_drift(engine, corpus, lock_timeout_seconds=lock_timeout, on_wait=say_waiting)
    finally:
        engine.dispose()
    articles = len(corpus.sources)
    if drift.in_sync:
        click.echo(f"in sync: {articles} articles, {drift.rows} rows mirror {folder}")
        return
    for line in drift.lines():
        click.echo(line)
    click.echo(
        f"drift found between {target.masked} and {folder}:"
        " `coopdb load --full` makes the database mirror the files again"
    )
    click.get_current_context().exit(EXIT_FAILURE)
