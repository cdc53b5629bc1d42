"""The reporting relations are tables with keys a tool can read, kept equal to their
definitions by every load, and a region filter on them reads an index."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.ext.automap import automap_base

from conftest import REPOSITORY, run, sql
from test_curation import ARTICLE_000, ARTICLE_001, edit

PRIVATE = "reporting_source"


def tables(url: str, schema: str = "reporting", kind: str = "r") -> list[str]:
    rows = sql(
        url,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relkind = %s ORDER BY 1",
        (schema, kind),
    )
    return [str(r[0]) for r in rows]


def differing(url: str) -> dict[str, tuple[int, int]]:
    """Per reporting table, rows its definition has that it lacks and the other way round,
    compared as multisets (EXCEPT ALL), written here independently of the loader."""
    result = {}
    for name in tables(url):
        query = (
            f"SELECT (SELECT count(*) FROM (TABLE {PRIVATE}.{name} EXCEPT ALL"
            f" TABLE reporting.{name}) a), (SELECT count(*) FROM (TABLE reporting.{name}"
            f" EXCEPT ALL TABLE {PRIVATE}.{name}) b)"
        )
        missing, extra = sql(url, query)[0]
        if missing or extra:
            result[name] = (int(str(missing)), int(str(extra)))
    return result


def load(url: str, folder: Path | None = None, *extra: str) -> None:
    result = run("--database-url", url, "load", *extra, *([str(folder)] if folder else []))
    assert result.exit_code == 0, result.stderr


def reporting_versions(url: str) -> dict[str, set[tuple[object, ...]]]:
    """(ctid, xmin) of every row of every reporting table."""
    return {
        name: set(sql(url, f"SELECT ctid::text, xmin::text FROM reporting.{name}"))
        for name in tables(url)
    }


def test_every_reporting_relation_is_a_table_and_every_definition_is_private(
    read_only_db: str,
) -> None:
    assert tables(read_only_db, kind="v") == []
    assert tables(read_only_db) == tables(read_only_db, PRIVATE, "v")
    assert "meetings" in tables(read_only_db) and "loads" in tables(read_only_db)
    assert differing(read_only_db) == {}
    for name in tables(read_only_db):
        table = sql(
            read_only_db,
            "SELECT attname, format_type(atttypid, atttypmod), col_description(attrelid, attnum)"
            " FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 ORDER BY attnum",
            (f"reporting.{name}",),
        )
        view = sql(
            read_only_db,
            "SELECT attname, format_type(atttypid, atttypmod), col_description(attrelid, attnum)"
            " FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 ORDER BY attnum",
            (f"{PRIVATE}.{name}",),
        )
        assert table == view, name
        assert all(comment for _, _, comment in table), name
        described = sql(
            read_only_db,
            "SELECT obj_description(%s::regclass, 'pg_class')",
            (f"reporting.{name}",),
        )
        assert described[0][0], name


def test_each_load_keeps_every_table_equal_to_its_definition(
    migrated_db: str, seeds_copy: Path
) -> None:
    load(migrated_db, seeds_copy)
    assert differing(migrated_db) == {}
    for name in ("meetings", "attestations", "meeting_regions", "changes"):
        assert sql(migrated_db, f"SELECT count(*) FROM reporting.{name}")[0][0], name

    versions = reporting_versions(migrated_db)
    load(migrated_db, seeds_copy)  # nothing changed: no row version anywhere
    assert reporting_versions(migrated_db) == versions

    edit(seeds_copy, ARTICLE_001, "title: Belarusian agricultural", "title: Agricultural")
    load(migrated_db, seeds_copy)
    assert differing(migrated_db) == {}
    after = reporting_versions(migrated_db)
    assert after["proposals"] != versions["proposals"]
    assert after["regions"] == versions["regions"]  # shared rows untouched: nothing differs
    assert len(after["proposals"] - versions["proposals"]) == 1

    (seeds_copy / ARTICLE_000).unlink()
    (seeds_copy / ARTICLE_000.replace(".yaml", ".txt")).unlink()
    load(migrated_db, seeds_copy)
    assert differing(migrated_db) == {}

    _rename_everywhere(seeds_copy, "vladimir-putin", "vladimir-v-putin")
    _rename_everywhere(seeds_copy, "kursk-oblast", "oblast-of-kursk")
    load(migrated_db, seeds_copy)
    assert differing(migrated_db) == {}

    load(migrated_db, seeds_copy, "--full")
    assert differing(migrated_db) == {}


def _rename_everywhere(folder: Path, old: str, new: str) -> None:
    """A key renamed in the shared files and in every article that uses it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")
    hits = 0
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        renamed, n = pattern.subn(new, text)
        hits += n
        path.write_text(renamed, encoding="utf-8")
    assert hits > 1, f"test setup: {old} is used nowhere"


def test_a_table_out_of_step_is_drift_and_a_full_load_repairs_it(loaded_db: str) -> None:
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn:
        conn.execute(
            "UPDATE reporting.meetings SET place = 'nowhere' WHERE meeting_id ="
            " (SELECT min(meeting_id) FROM reporting.meetings)"
        )
        conn.execute(
            "DELETE FROM reporting.trade_goods WHERE trade_good_id ="
            " (SELECT min(trade_good_id) FROM reporting.trade_goods)"
        )
    assert set(differing(loaded_db)) == {"meetings", "trade_goods"}
    verify = run("--database-url", loaded_db, "db", "verify")
    assert verify.exit_code == 1, verify.output
    assert "reporting.meetings: 1 row(s) missing, 1 row(s) not in its definition" in verify.output
    assert "reporting.trade_goods: 1 row(s) missing, 0 row(s) not in its definition" in (
        verify.output
    )
    load(loaded_db, None, "--full")
    assert differing(loaded_db) == {}
    assert run("--database-url", loaded_db, "db", "verify").exit_code == 0


def test_automap_maps_every_relation_with_its_relationships(read_only_db: str) -> None:
    engine = create_engine(read_only_db)
    try:
        base = automap_base()
        base.prepare(autoload_with=engine, schema="reporting")
        classes = {c.__name__: c for c in base.classes}
    finally:
        engine.dispose()
    assert set(classes) == set(tables(read_only_db))
    participant = classes["meeting_participants"]
    assert participant.meetings.property.mapper.class_ is classes["meetings"]
    assert participant.officials.property.mapper.class_ is classes["officials"]
    meeting = classes["meetings"]
    assert meeting.meeting_participants_collection.property.mapper.class_ is participant
    assert classes["trade_figures"].regions.property.mapper.class_ is classes["regions"]
    assert classes["changes"].loads.property.mapper.class_ is classes["loads"]


METABASE_FKS = """
SELECT fk_tbl.relname, fk_col.attname, pk_tbl.relname, pk_col.attname
FROM pg_constraint c
JOIN pg_class fk_tbl ON fk_tbl.oid = c.conrelid
JOIN pg_namespace ns ON ns.oid = fk_tbl.relnamespace
JOIN pg_class pk_tbl ON pk_tbl.oid = c.confrelid
JOIN pg_attribute fk_col ON fk_col.attrelid = c.conrelid AND fk_col.attnum = c.conkey[1]
JOIN pg_attribute pk_col ON pk_col.attrelid = c.confrelid AND pk_col.attnum = c.confkey[1]
WHERE c.contype = 'f' AND ns.nspname = 'reporting'
  AND EXISTS (SELECT FROM pg_constraint p WHERE p.conrelid = c.confrelid AND p.contype = 'p'
              AND p.conkey = c.confkey)
"""
"""Foreign keys as a Metabase-style sync reads them: each must point at a primary key."""


def test_foreign_keys_point_at_primary_keys(read_only_db: str) -> None:
    found = {(str(a), str(b)): (str(c), str(d)) for a, b, c, d in sql(read_only_db, METABASE_FKS)}
    every = sql(
        read_only_db,
        "SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
        " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'reporting'"
        " AND c.contype = 'f'",
    )[0][0]
    assert len(found) == every
    assert found[("meeting_participants", "meeting_id")] == ("meetings", "meeting_id")
    assert found[("meetings", "source_id")] == ("sources", "source_id")
    assert found[("trade_figures", "russian_region_id")] == ("regions", "region_id")
    assert found[("quantities", "proposal_id")] == ("proposals", "proposal_id")
    speaker = [v for (t, _), v in found.items() if t == "statements" and v[0] == "officials"]
    assert speaker == [("officials", "official_id")]  # one link to officials, by either column
    assert found[("changes", "load_id")] == ("loads", "load_id")
    keyless = sql(
        read_only_db,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'reporting' AND c.relkind = 'r' AND NOT EXISTS"
        " (SELECT FROM pg_constraint p WHERE p.conrelid = c.oid AND p.contype = 'p')",
    )
    assert keyless == []


@pytest.fixture(scope="module")
def corpus_2k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "c"
    subprocess.run(
        [
            sys.executable,
            str(REPOSITORY / "bench" / "make_corpus.py"),
            "--articles",
            "2000",
            "--seed",
            "7",
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


REFERENCE_TABLES = ("regions", "region_names", "sectors", "posts")
"""Tables of a few dozen rows from the shared files, which a plan may rightly read whole."""


def report_statements(url: str, region: str) -> list[str]:
    """What ``coopdb report REGION`` sends, each statement with its parameters inlined."""
    from coopdb.reports import find_region, region_report, snapshot

    log: list[tuple[str, Any]] = []

    class Recording(psycopg.Cursor[Any]):
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            log.append((str(query), params))
            return super().execute(query, params, **kwargs)

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, cursor_factory=Recording) as conn, snapshot(conn):
        region_report(conn, find_region(conn, region))
    with psycopg.connect(conninfo) as conn:
        client = psycopg.ClientCursor(conn)
        return [client.mogrify(query, params) for query, params in log]


def growing_table_scans(url: str, statement: str) -> list[str]:
    """The executed sequential scans of tables that grow with the corpus in the statement's plan."""
    plan = "\n".join(str(r[0]) for r in sql(url, f"EXPLAIN (ANALYZE, TIMING OFF) {statement}"))
    scans = re.findall(r"(Seq Scan on (\w+).*\((?:actual rows=[^)]*|never executed)\))", plan)
    return [line for line, table in scans if table not in REFERENCE_TABLES and "never" not in line]


@pytest.mark.slow  # generating and loading 2,000 articles takes minutes
def test_region_filters_read_an_index_at_2k_articles(migrated_db: str, corpus_2k: Path) -> None:
    load(migrated_db, corpus_2k)
    for statement in report_statements(migrated_db, "kursk"):
        assert growing_table_scans(migrated_db, statement) == [], statement
    assert differing(migrated_db) == {}
    region_tables = sql(
        migrated_db,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid WHERE n.nspname = 'reporting'"
        " AND c.relkind = 'r' AND a.attname = 'russian_region_code' ORDER BY 1",
    )
    assert len(region_tables) >= 6
    for (name,) in region_tables:
        plan = "\n".join(
            str(r[0])
            for r in sql(
                migrated_db,
                f"EXPLAIN SELECT * FROM reporting.{name} WHERE russian_region_code = 'RU-KRS'",
            )
        )
        assert re.search(rf"Index Scan|Bitmap Index Scan on ix_{name}_russian_region_code", plan), (
            name,
            plan,
        )
        assert "Seq Scan" not in plan, (name, plan)


def test_db_check_reports_a_writable_table_and_a_readable_definition(migrated_db: str) -> None:
    clean = run("--database-url", migrated_db, "db", "check")  # a clone: database grants differ
    assert "reporting" not in clean.stderr, clean.stderr
    sql(migrated_db, "GRANT INSERT ON reporting.meetings TO coopdb_reader")
    sql(migrated_db, f"GRANT USAGE ON SCHEMA {PRIVATE} TO coopdb_reporting_reader")
    sql(migrated_db, "ALTER TABLE reporting.trade_goods DROP CONSTRAINT pk_trade_goods CASCADE")
    result = run("--database-url", migrated_db, "db", "check")
    assert result.exit_code == 1
    assert "coopdb_reader has INSERT on reporting.meetings" in result.stderr
    assert f"coopdb_reporting_reader has USAGE on {PRIVATE}" in result.stderr
    assert "reporting.trade_goods has no primary key" in result.stderr
