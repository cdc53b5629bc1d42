"""Migrations: they build exactly the models' schema, and go down and up again cleanly."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import CheckConstraint, MetaData

from conftest import fingerprint, run, sql
from coopdb import migrate
from coopdb.db import Target, make_engine
from coopdb.models import LOCKS, Base
from coopdb.resources import migrations_dir
from coopdb.safeguards import QUOTE_TRIGGER
from coopdb.schema_version import HEAD_REVISION


def test_models_and_migrations_agree(migrated_db: str) -> None:
    engine = make_engine(Target(migrated_db, embedded=False))
    try:
        assert migrate.check(engine) is None
    finally:
        engine.dispose()


def _models_without(table: str, constraint: str) -> list[MetaData]:
    """A copy of the models' metadata with one CHECK constraint taken out (models untouched)."""
    copy = MetaData(naming_convention=Base.metadata.naming_convention)
    for model_table in Base.metadata.tables.values():
        model_table.to_metadata(copy)
    target = copy.tables[f"core.{table}"]
    (check,) = (
        c for c in target.constraints if isinstance(c, CheckConstraint) and c.name == constraint
    )
    target.constraints.discard(check)
    return [copy, LOCKS]


def _drift(url: str, metadata: list[MetaData] | None = None) -> str | None:
    engine = make_engine(Target(url, embedded=False))
    try:
        return migrate.check(engine, metadata)
    finally:
        engine.dispose()


def test_a_check_constraint_missing_from_the_models_is_drift(migrated_db: str) -> None:
    models = _models_without("trade_figures", "ck_trade_figures_value_bounds")
    drift = _drift(migrated_db, models)
    assert drift is not None
    assert "remove_constraint" in drift and "ck_trade_figures_value_bounds" in drift
    # The models themselves still match: only the copy lost the constraint.
    assert _drift(migrated_db) is None


def test_a_check_constraint_only_in_the_database_is_drift(migrated_db: str) -> None:
    sql(
        migrated_db,
        "ALTER TABLE core.trade_figures ADD CONSTRAINT ck_trade_figures_by_hand"
        " CHECK (value_low >= 0)",
    )
    drift = _drift(migrated_db)
    assert drift is not None and "ck_trade_figures_by_hand" in drift
    result = run("--database-url", migrated_db, "db", "check")
    assert result.exit_code == 1
    assert "schema differs from the models" in result.stderr
    assert "ck_trade_figures_by_hand" in result.stderr


def test_a_check_constraint_dropped_in_the_database_is_drift(migrated_db: str) -> None:
    sql(migrated_db, "ALTER TABLE core.trade_figures DROP CONSTRAINT ck_trade_figures_value_bounds")
    drift = _drift(migrated_db)
    assert drift is not None
    assert "add_constraint" in drift and "ck_trade_figures_value_bounds" in drift


def _tables_with_quote_trigger(url: str) -> set[object]:
    rows = sql(
        url,
        "SELECT c.relname FROM pg_catalog.pg_trigger AS t"
        " JOIN pg_catalog.pg_class AS c ON c.oid = t.tgrelid"
        " WHERE c.relnamespace = 'core'::regnamespace AND t.tgname = %s",
        (QUOTE_TRIGGER,),
    )
    return {name for (name,) in rows}


def test_every_table_with_a_quote_column_has_the_quote_trigger(migrated_db: str) -> None:
    quoted = {t.name for t in Base.metadata.tables.values() if "quote" in t.columns}
    assert len(quoted) >= 1
    assert _tables_with_quote_trigger(migrated_db) == quoted


@pytest.mark.parametrize("table", ["meetings", "trade_goods"])
def test_a_table_that_lost_its_quote_trigger_is_found(migrated_db: str, table: str) -> None:
    sql(migrated_db, f"DROP TRIGGER {QUOTE_TRIGGER} ON core.{table}")
    quoted = {t.name for t in Base.metadata.tables.values() if "quote" in t.columns}
    assert quoted - _tables_with_quote_trigger(migrated_db) == {table}


def test_fast_head_constant_matches_alembic() -> None:
    assert migrate.head() == HEAD_REVISION


@pytest.mark.history
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


def test_reporting_view_sql_files_are_each_used_once() -> None:
    path = next((migrations_dir() / "versions").glob("0002_*.py"))
    spec = importlib.util.spec_from_file_location("revision_0002", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = {p.stem for p in (migrations_dir() / "sql" / "0002").glob("*.sql")}
    views = [name for name, _ in module.VIEWS]
    assert files == {"schema", "provenance_comments", *views}
    assert len(views) == len(set(views)) == 10
    for name in views:
        create, *comments = migrate.sql_statements("0002", name)
        assert create.startswith(f"CREATE VIEW reporting.{name} AS\nSELECT ")
        assert comments and all(c.startswith("COMMENT ON ") for c in comments)


def test_sql_templates_fill_every_placeholder() -> None:
    statements = migrate.sql_statements("0002", "provenance_comments", view="trade_goods")
    assert statements == [
        "COMMENT ON COLUMN reporting.trade_goods.source_id IS 'Id of the source.'",
        "COMMENT ON COLUMN reporting.trade_goods.source_file IS"
        " 'Article file the fact comes from.'",
        "COMMENT ON COLUMN reporting.trade_goods.quote IS"
        " 'Verbatim words of the source supporting the fact.'",
    ]


def test_fact_views_document_their_provenance_columns(migrated_db: str) -> None:
    rows = sql(
        migrated_db,
        "SELECT c.relname, a.attname, col_description(c.oid, a.attnum) FROM pg_class c"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
        " WHERE c.relnamespace = 'reporting'::regnamespace"
        " AND a.attname IN ('source_file', 'quote') AND EXISTS (SELECT FROM pg_attribute q"
        " WHERE q.attrelid = c.oid AND q.attname = 'quote') ORDER BY 1, 2",
    )
    assert {view for view, _, _ in rows} == {
        "meetings",
        "meeting_participants",
        "trade_figures",
        "trade_goods",
        "proposals",
        "enterprise_mentions",
        "twinning",
        "quantities",
        "attestations",
        "statements",
        "source_dates",
        "official_mentions",
    }
    assert {(column, comment) for _, column, comment in rows} == {
        ("quote", "Verbatim words of the source supporting the fact."),
        ("source_file", "Article file the fact comes from."),
    }
    # A view's own file may say more than the template: meetings points at reporting.sources.
    meetings = sql(
        migrated_db,
        "SELECT col_description(attrelid, attnum) FROM pg_attribute"
        " WHERE attrelid = 'reporting.meetings'::regclass AND attname = 'source_id'",
    )
    assert meetings == [("Id of the source (reporting.sources).",)]


def _core_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every core table, in the columns the table has now, sorted."""
    tables = sql(
        url,
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'core'::regnamespace"
        " AND c.relkind = 'r' AND c.relname <> 'load_lock' ORDER BY 1",
    )
    rows = {}
    for (table,) in tables:
        columns = sql(
            url,
            "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped"
            " AND attgenerated = ''",
            (f"core.{table}",),
        )[0][0]
        rows[str(table)] = sql(url, f"SELECT {columns} FROM core.{table} ORDER BY {columns}")
    return rows


@pytest.mark.history
def test_upgrading_0005_to_0006_keeps_every_row_and_id(loaded_db: str) -> None:
    """A loaded database taken back to 0005 and upgraded again keeps every row, id and value
    it had at 0005, and its new columns say what v1 meant."""
    # Values only v2 allows are mapped back to what v1 stored for them on the way down.
    sql(
        loaded_db,
        "UPDATE core.meetings SET date_basis = 'external',"
        ' date_citation = \'{"url": "https://example.org", "says": "9 June"}\''
        " WHERE id = (SELECT min(id) FROM core.meetings)",
    )
    sql(loaded_db, "UPDATE core.twinning_agreements SET status = 'renewed'")
    assert run("--database-url", loaded_db, "db", "downgrade", "0005").exit_code == 0
    assert sql(loaded_db, "SELECT DISTINCT status FROM core.twinning_agreements") == [("signed",)]
    first_meeting = "SELECT date_basis, date_note IS NOT NULL FROM core.meetings ORDER BY id"
    assert sql(loaded_db, first_meeting)[0] == ("inferred", True)
    at_0005 = _core_rows(loaded_db)
    assert "attestations" not in at_0005 and at_0005["trade_figures"] and at_0005["proposals"]
    assert run("--database-url", loaded_db, "db", "upgrade", "0006").exit_code == 0
    at_0006 = _core_rows(loaded_db)
    for table, rows in at_0005.items():
        width = len(rows[0]) if rows else 0
        assert sorted(row[:width] for row in at_0006[table]) == rows, table
    assert {name: len(at_0006[name]) for name in ("attestations", "quantities")} == {
        "attestations": 0,
        "quantities": 0,
    }
    figures = sql(
        loaded_db,
        "SELECT value_text, value_best, value_qualifier_words, status, rank, source_error,"
        " period_kind, period_months, period_basis, change_direction, change_best_pct"
        " FROM core.trade_figures ORDER BY value_text",
    )
    assert [row[:6] for row in figures] == [
        ("$205-210 million", Decimal("207500000.00"), None, "actual", "normal", False),
        ("$96.3 million", Decimal("96300000.00"), None, "actual", "normal", False),
        ("approximately $108 million", Decimal("108000000.00"), "approximately", "actual",
         "normal", False),
    ]  # fmt: skip
    kursk = next(row for row in figures if row[0] == "$96.3 million")
    assert kursk[6:] == ("part_year", 9, "stated", "increase", Decimal("40.50"))
    amounts = sql(
        loaded_db,
        "SELECT amount_text, amount_best, amount_qualifier_words, amount_status"
        " FROM core.proposals WHERE amount_text IS NOT NULL",
    )
    assert amounts == [("about $1.5 billion", Decimal("1500000000.00"), "about", "amount")]
    assert (
        sql(loaded_db, "SELECT count(*) FROM core.proposals WHERE amount_status IS NULL")[0][0]
        == sql(loaded_db, "SELECT count(*) FROM core.proposals WHERE amount_text IS NULL")[0][0]
    )
    assert sql(loaded_db, "SELECT DISTINCT acting FROM core.holdings") == [(False,)]


def test_0006_refuses_what_v2_rules_out(loaded_db: str) -> None:
    """The new CHECKs hold: one target per attestation, citations are objects."""
    with pytest.raises(psycopg.errors.CheckViolation, match="ck_attestations_one_target"):
        sql(
            loaded_db,
            "INSERT INTO core.attestations (source_id, quote, quote_start, quote_end)"
            " SELECT id, substr(body, 1, 5), 0, 5 FROM core.sources ORDER BY id LIMIT 1",
        )
    with pytest.raises(psycopg.errors.CheckViolation, match="ck_regions_citation_object"):
        sql(
            loaded_db,
            "INSERT INTO core.regions (key, name, kind, country, citation)"
            " VALUES ('r', 'R', 'oblast', 'RU', '\"a string\"')",
        )


def _view_columns(url: str) -> dict[str, list[str]]:
    rows = sql(
        url,
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'reporting' ORDER BY table_name, ordinal_position",
    )
    columns: dict[str, list[str]] = {}
    for view, column in rows:
        columns.setdefault(str(view), []).append(str(column))
    return columns


@pytest.mark.history
def test_reporting_views_v2_only_append_and_go_back_to_0002(migrated_db: str) -> None:
    """Revision 0007 keeps every view of 0002 with its columns in order (new ones only at the
    end), and its downgrade gives back exactly the views of 0002."""
    folder = migrations_dir() / "sql" / "0007"
    views = {p.stem for p in folder.glob("*.sql")} - {"provenance_comments"}
    assert {p.stem for p in (migrations_dir() / "sql" / "0002").glob("*.sql")} - {
        "schema",
        "provenance_comments",
    } <= views
    for name in views:
        create, *comments = migrate.sql_statements("0007", name)
        assert create.startswith(f"CREATE OR REPLACE VIEW reporting.{name} AS\n")
        assert all(c.startswith("COMMENT ON ") for c in comments)
    at_head = _view_columns(migrated_db)
    assert run("--database-url", migrated_db, "db", "downgrade", "0006").exit_code == 0
    at_0006 = _view_columns(migrated_db)
    assert set(at_0006) == views & set(at_0006) and len(at_0006) == 10
    for view, columns in at_0006.items():
        assert at_head[view][: len(columns)] == columns, view
    assert run("--database-url", migrated_db, "db", "upgrade").exit_code == 0
    assert _view_columns(migrated_db) == at_head
    undocumented = sql(
        migrated_db,
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
        " WHERE c.relnamespace = 'reporting'::regnamespace AND a.attnum > 0"
        " AND c.relkind IN ('r', 'v') AND col_description(c.oid, a.attnum) IS NULL",
    )
    assert undocumented == []
