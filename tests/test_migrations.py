"""Migrations: they build exactly the models' schema, and go down and up again cleanly."""

from __future__ import annotations

from conftest import fingerprint, run, sql
from coopdb import migrate
from coopdb.db import Target, make_engine
from coopdb.schema_version import HEAD_REVISION


def test_models_and_migrations_agree(migrated_db: str) -> None:
    engine = make_engine(Target(migrated_db, embedded=False))
    try:
        assert migrate.check(engine) is None
    finally:
        engine.dispose()


def test_fast_head_constant_matches_alembic() -> None:
    assert migrate.head() == HEAD_REVISION


def test_downgrade_and_upgrade_a_loaded_database(loaded_db: str) -> None:
    loaded = fingerprint(loaded_db)
    assert run("--database-url", loaded_db, "db", "downgrade", "base").exit_code == 0
    assert sql(loaded_db, "SELECT to_regnamespace('core')") == [(None,)]
    assert run("--database-url", loaded_db, "db", "current").stdout.startswith("none")
    assert run("--database-url", loaded_db, "db", "upgrade").exit_code == 0
    assert run("--database-url", loaded_db, "load").exit_code == 0
    assert fingerprint(loaded_db).keys() == loaded.keys()
    # Same content again (ids restart from 1 after the schema was dropped, as they first did).
    assert fingerprint(loaded_db) == loaded


def test_every_core_table_and_column_is_commented(migrated_db: str) -> None:
    missing = sql(
        migrated_db,
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE n.nspname = 'core' AND c.relkind = 'r'"
        " AND col_description(c.oid, a.attnum) IS NULL",
    )
    assert missing == []
    tables = sql(
        migrated_db,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'core' AND c.relkind = 'r' AND obj_description(c.oid) IS NULL",
    )
    assert tables == []


def test_outdated_schema_is_reported_with_what_to_run(migrated_db: str) -> None:
    sql(migrated_db, "UPDATE public.alembic_version SET version_num = '0000'")
    result = run("--database-url", migrated_db, "report", "kursk")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        f"is at schema revision 0000, this coopdb needs {HEAD_REVISION}: run `coopdb db upgrade`"
    )
