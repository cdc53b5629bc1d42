"""``coopdb db``: the schema's migrations (Alembic), and which database is in use."""

from __future__ import annotations

import click

from coopdb.cli.context import AppContext, pass_app


@click.group()
def db() -> None:
    """Schema migrations and the database in use."""


@db.command()
@click.argument("revision", default="head")
@pass_app
def upgrade(app: AppContext, revision: str) -> None:
    """Migrate the schema up to REVISION (default: head).

    On the embedded server, an empty database is also loaded with the shipped seeds.

    Example:

        coopdb --database-url postgresql://me@db.example/coopdb db upgrade
    """
    from coopdb import migrate
    from coopdb.db import ensure_ready, make_engine

    target = app.target()
    if target.embedded and revision == "head":
        ensure_ready(target)
    else:
        engine = make_engine(target)
        try:
            migrate.upgrade(engine, revision)
        finally:
            engine.dispose()
    click.echo(f"{target.masked}: schema at {revision}")


@db.command()
@click.argument("revision")
@pass_app
def downgrade(app: AppContext, revision: str) -> None:
    """Migrate the schema down to REVISION ('base' removes everything coopdb created).

    Example:

        coopdb db downgrade base
    """
    from coopdb import migrate
    from coopdb.db import make_engine

    target = app.target()
    engine = make_engine(target)
    try:
        migrate.downgrade(engine, revision)
    finally:
        engine.dispose()
    click.echo(f"{target.masked}: schema at {revision}")


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
        raise click.ClickException("; ".join(problems))
    click.echo(
        "schema matches the models; the sandbox function, quote triggers and privileges"
        " are as installed"
    )
