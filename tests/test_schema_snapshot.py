"""The head schema script (``migrations/head_schema.sql``) that an empty embedded database is
built from on its first run: it must be what the migrations make, object for object."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import psycopg

from conftest import MakeServer, run
from coopdb import migrate, schema_snapshot
from coopdb.db import Target, ensure_ready, make_engine
from coopdb.schema_version import HEAD_REVISION
from coopdb.server import EmbeddedServer

_RESTRICT_KEY = re.compile(r"^\\(?:un)?restrict .*$", re.M)


def _dump(server: EmbeddedServer, database: str) -> str:
    """pg_dump of the whole schema, owners and privileges included (its random key left out)."""
    return _RESTRICT_KEY.sub(
        "", schema_snapshot.server_tool(server, "pg_dump", "--schema-only", database)
    )


def test_the_script_builds_what_the_migrations_build(make_server: MakeServer) -> None:
    server = make_server()
    server.start()
    for name in ("migrated", "scripted"):
        schema_snapshot.create_database(server, name)
    engine = make_engine(Target(server.url("migrated"), embedded=False))
    try:
        migrate.upgrade(engine, "head")
    finally:
        engine.dispose()

    shipped = schema_snapshot.snapshot_path().read_text(encoding="utf-8")
    assert schema_snapshot.snapshot_of(server, "migrated", HEAD_REVISION) == shipped, (
        "migrations/head_schema.sql is stale: run `python -m coopdb.schema_snapshot`"
    )

    scripted = server.url("scripted")
    ensure_ready(Target(scripted, embedded=True), seed=False)  # the first run's own path
    assert _dump(server, "scripted") == _dump(server, "migrated")
    check = run("--database-url", scripted, "db", "check")
    assert check.exit_code == 0, check.stderr
    assert run("--database-url", scripted, "db", "current").stdout == (
        f"{HEAD_REVISION} (up to date)\n"
    )


def _installs(url: str, snapshot: schema_snapshot.Snapshot, role: str | None = None) -> bool:
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        if role:
            conn.execute(f"SET ROLE {role}")
        conn.execute("CREATE TABLE IF NOT EXISTS public.alembic_version (version_num varchar(32))")
        return schema_snapshot.install(conn, snapshot)


def test_a_script_that_does_not_fit_is_not_used(empty_db: str) -> None:
    """Another revision, another PostgreSQL major version or a role that is no superuser:
    nothing is run, and the caller runs the migrations instead."""
    shipped = schema_snapshot.read_snapshot()
    assert shipped is not None and shipped.revision == HEAD_REVISION
    stale = dataclasses.replace(shipped, revision="0010")
    other_server = dataclasses.replace(shipped, major=shipped.major + 1)
    assert not _installs(empty_db, stale)
    assert not _installs(empty_db, other_server)
    with psycopg.connect(empty_db.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE ROLE coopdb_test_owner NOSUPERUSER")
        conn.execute("GRANT CREATE ON SCHEMA public TO coopdb_test_owner")
    try:
        fitting = dataclasses.replace(
            shipped, major=_server_major(empty_db)
        )  # whatever server the suite runs on
        assert not _installs(empty_db, fitting, role="coopdb_test_owner")
    finally:
        with psycopg.connect(empty_db.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute("REVOKE CREATE ON SCHEMA public FROM coopdb_test_owner")
            conn.execute("DROP OWNED BY coopdb_test_owner")
            conn.execute("DROP ROLE coopdb_test_owner")
    with psycopg.connect(empty_db.replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT to_regnamespace('core')").fetchone()
        assert row == (None,)


def _server_major(url: str) -> int:
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT current_setting('server_version_num')::int / 10000").fetchone()
    assert row is not None
    return int(row[0])


def test_the_script_holds_no_trace_of_the_role_that_dumped_it() -> None:
    """Ownership by the dumping role is dropped and its grants name a placeholder, so the
    script fits any superuser; the sandbox function keeps its owner."""
    script = schema_snapshot.snapshot_path().read_text(encoding="utf-8")
    assert "OWNER TO postgres" not in script and "Owner: postgres" not in script
    assert re.search(r"\bTO postgres;", script) is None
    assert "OWNER TO coopdb_sandbox;" in script
    assert re.search(r"^SET (?!LOCAL )", script, re.M) is None  # settings end with the load's
    assert "set_config('search_path', '', false)" not in script  # transaction


def test_a_script_cut_short_or_edited_is_not_used(tmp_path: Path) -> None:
    """A partial install or an edit by hand: the hash in its header no longer matches, and
    the migrations run instead of a script that would fail half way or build something else."""
    shipped = schema_snapshot.snapshot_path().read_text(encoding="utf-8")
    whole = tmp_path / "whole.sql"
    whole.write_text(shipped, encoding="utf-8")
    assert schema_snapshot.read_snapshot(whole) is not None
    for changed in (shipped[: len(shipped) // 2], shipped.replace("coopdb_reader", "x", 1)):
        spoiled = tmp_path / "spoiled.sql"
        spoiled.write_text(changed, encoding="utf-8")
        assert schema_snapshot.read_snapshot(spoiled) is None
