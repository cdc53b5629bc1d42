"""Alembic environment for coopdb: the core schema only, with timeouts that protect a live
database (a migration waits at most 10 s, or the ``table_lock_timeout`` it is given, for a
table lock rather than queueing behind readers).

Migrations serialize on a table lock readers cannot take (coopdb.locks): two ``db upgrade``
runs cannot race, and a reader's advisory lock cannot hold them up. After an upgrade, the
database-level privileges are applied again, because ``CREATE DATABASE ... TEMPLATE`` and
``pg_dump`` without ``--create`` do not carry them to a copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from alembic import context
from sqlalchemy import Connection, create_engine, text

from coopdb.db import normalize_url, say_on_stderr
from coopdb.locks import lock_migrations
from coopdb.models import LOCKS, SCHEMA, Base
from coopdb.safeguards import secure_database

config = context.config
# A drift check may compare against other metadata (tests hand in an altered copy).
target_metadata = config.attributes.get("target_metadata") or [Base.metadata, LOCKS]


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Only the core schema is modelled; reporting views are managed by migrations alone."""
    if type_ == "schema":
        return name == SCHEMA
    return True


@contextmanager
def notices_said(connection: Connection) -> Iterator[None]:
    """Migrations speak through NOTICEs starting with "coopdb:" (e.g. what a role that is no
    superuser could not revoke): show those to the user, one line each, while they run."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)

    def say(notice: psycopg.errors.Diagnostic) -> None:
        message = notice.message_primary or ""
        if message.startswith("coopdb: "):
            say_on_stderr("note: " + message.removeprefix("coopdb: "))

    driver.add_notice_handler(say)
    try:
        yield
    finally:
        driver.remove_notice_handler(say)


def run_with(connection: Connection) -> None:
    read_only = bool(config.attributes.get("read_only"))
    if not read_only:
        lock_migrations(connection, say_on_stderr, "migrating the schema")
    seconds = float(config.attributes.get("table_lock_timeout", 10.0))
    connection.execute(text(f"SET lock_timeout = '{max(1, round(seconds * 1000))}ms'"))
    connection.execute(text("SET statement_timeout = '300s'"))
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_schemas=True,
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
        # CHECK constraints are compared by name (opt-in plugin): a constraint missing from
        # the models or from the database is drift.
        autogenerate_plugins=["alembic.autogenerate.*", "alembic.ext.checkconstraint_byname"],
        transaction_per_migration=False,
        version_table_schema="public",
    )
    with context.begin_transaction(), notices_said(connection):
        context.run_migrations()
        if not read_only:
            secure_database(connection)


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    url = os.environ.get("COOPDB_DATABASE_URL")
    if not url:
        raise SystemExit("set COOPDB_DATABASE_URL, or run migrations with `coopdb db upgrade`")
    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        run_with(conn)


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; use `coopdb db upgrade`")
run_online()
