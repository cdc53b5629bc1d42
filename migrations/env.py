"""Alembic environment for coopdb: the core schema only, with timeouts that protect a live
database (a migration waits at most 10 s for a lock rather than queueing behind readers)."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine, text

from coopdb.db import normalize_url
from coopdb.models import SCHEMA, Base

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Only the core schema is modelled; reporting views are managed by migrations alone."""
    if type_ == "schema":
        return name == SCHEMA
    return True


def run_with(connection: Connection) -> None:
    connection.execute(text("SET lock_timeout = '10s'"))
    connection.execute(text("SET statement_timeout = '300s'"))
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_schemas=True,
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


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
