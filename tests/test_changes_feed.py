"""The load journal: every load that changed anything is numbered, with every row it
inserted, updated or deleted, so a consumer asks "what changed since load N" in one query."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import psycopg
import pytest

from conftest import TABLES, ServerInfo, run, sql
from test_curation import ARTICLE_001, edit
from test_security_readers import make_reader

DEALER = "kursk-belarusian-dealer-network"
EQUIPMENT = "kursk-2017-agricultural-equipment-turnkey-complexes"
NEW_KEY = "kursk-dealer-network-organised"
QUOTE = (
    "A broad dealer network for the sale of Belarusian machine-building, food, light industry"
    " products and consumer goods has been organized"
)
NEW_PROPOSAL = f"""  - key: {NEW_KEY}
    title: A broad Belarusian dealer network organised in Kursk Oblast
    sector: trade
    status: ongoing
    proposed_by: null
    proposed_by_side: null
    region: kursk-oblast
    enterprises: []
    amount: null
    quote: "{QUOTE}"

"""


def changes(url: str, load_id: int) -> set[tuple[object, ...]]:
    rows = sql(
        url,
        "SELECT relation, row_id, operation FROM reporting.changes WHERE load_id = %s",
        (load_id,),
    )
    return set(rows)


def one(url: str, query: str, params: tuple[object, ...] = ()) -> int:
    """The single integer a query returns."""
    return int(str(sql(url, query, params)[0][0]))


def proposal_id(url: str, key: str) -> int:
    return one(url, "SELECT id FROM core.proposals WHERE key = %s", (key,))


def load(url: str, folder: Path) -> None:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.stderr


def _edit_article(folder: Path) -> None:
    """One value changed (a proposal's title), one fact deleted, one added."""
    edit(
        folder,
        ARTICLE_001,
        "title: Belarusian agricultural equipment",
        "title: Agricultural equipment from Belarus",
    )
    path = folder / ARTICLE_001
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - key: {DEALER}\n")
    end = text.index("trade_figures:\n")
    path.write_text(text[:start] + NEW_PROPOSAL + text[end:], encoding="utf-8")


def test_the_first_load_records_every_row_it_inserted(loaded_db: str) -> None:
    loads = sql(
        loaded_db,
        "SELECT load_id, added, changed, removed, full_load, input_sha256 ~ '^[0-9a-f]{64}$',"
        " finished_at >= started_at FROM reporting.loads",
    )
    total = sum(one(loaded_db, f"SELECT count(*) FROM core.{t}") for t in TABLES)
    assert loads == [(1, total, 0, 0, False, True, True)]
    counted = sql(loaded_db, "SELECT relation, count(*) FROM reporting.changes GROUP BY relation")
    by_table = {str(relation): n for relation, n in counted}
    for table in TABLES:
        assert by_table.get(table, 0) == sql(loaded_db, f"SELECT count(*) FROM core.{table}")[0][0]
    assert sql(loaded_db, "SELECT DISTINCT operation FROM reporting.changes") == [("insert",)]
    # Every row id is the id of a row there now; link tables have none, and their key instead.
    missing = sql(
        loaded_db,
        "SELECT c.relation, c.row_id FROM reporting.changes c WHERE c.row_id IS NOT NULL"
        " AND c.relation = 'proposals' AND NOT EXISTS"
        " (SELECT FROM core.proposals p WHERE p.id = c.row_id)",
    )
    assert missing == []
    assert (
        sql(
            loaded_db,
            "SELECT count(*) FROM reporting.changes WHERE relation = 'meeting_regions'"
            " AND row_id IS NULL AND row_key::jsonb ?& ARRAY['meeting_id', 'region_id']",
        )[0][0]
        == sql(loaded_db, "SELECT count(*) FROM core.meeting_regions")[0][0]
    )


def test_an_edited_article_lists_exactly_its_changes(loaded_db: str, seeds_copy: Path) -> None:
    equipment, dealer = proposal_id(loaded_db, EQUIPMENT), proposal_id(loaded_db, DEALER)
    source = sql(loaded_db, "SELECT id FROM core.sources WHERE key = '001_69ca2f47ea92f77d'")
    _edit_article(seeds_copy)
    load(loaded_db, seeds_copy)
    added = proposal_id(loaded_db, NEW_KEY)
    assert added not in (equipment, dealer)
    assert changes(loaded_db, 2) == {
        ("proposals", equipment, "update"),
        ("proposals", dealer, "delete"),
        ("proposals", added, "insert"),
        ("sources", source[0][0], "update"),  # its facts' fingerprint
    }
    assert sql(loaded_db, "SELECT added, changed, removed FROM reporting.loads WHERE load_id = 2")[
        0
    ] == (1, 2, 1)
    deleted = sql(
        loaded_db,
        "SELECT row_key::jsonb FROM reporting.changes WHERE load_id = 2 AND operation = 'delete'",
    )
    assert deleted == [({"source_id": source[0][0], "key": DEALER},)]
    assert proposal_id(loaded_db, EQUIPMENT) == equipment  # ids stay


def test_a_load_that_changes_nothing_records_nothing(loaded_db: str, seeds_copy: Path) -> None:
    load(loaded_db, seeds_copy)
    result = run("--database-url", loaded_db, "load", "--full", str(seeds_copy))
    assert result.exit_code == 0, result.stderr
    assert sql(loaded_db, "SELECT load_id FROM reporting.loads") == [(1,)]


def test_a_full_load_that_repairs_drift_is_recorded_as_full(loaded_db: str) -> None:
    sql(loaded_db, f"UPDATE core.proposals SET title = 'edited by hand' WHERE key = '{DEALER}'")
    result = run("--database-url", loaded_db, "load", "--full")
    assert result.exit_code == 0, result.stderr
    assert sql(loaded_db, "SELECT load_id, changed, full_load FROM reporting.loads") == [
        (1, 0, False),
        (2, 1, True),
    ]
    assert changes(loaded_db, 2) == {("proposals", proposal_id(loaded_db, DEALER), "update")}


def test_changes_since_prints_them_in_every_format(loaded_db: str, seeds_copy: Path) -> None:
    _edit_article(seeds_copy)
    load(loaded_db, seeds_copy)
    text = run("--database-url", loaded_db, "changes", "--since", "1")
    assert text.exit_code == 0, text.stderr
    assert "load 2 at " in text.stdout and ": 1 added, 2 changed, 1 removed" in text.stdout
    unwrapped = "".join(text.stdout.split())  # a narrow table wraps long keys
    assert f'"key":"{DEALER}"' in unwrapped and "proposalsdelete" not in unwrapped
    assert "delete" in text.stdout and "insert" in text.stdout
    assert "coopdb changes --since 2" in text.stdout
    as_json = run("--database-url", loaded_db, "changes", "--since", "1", "--format", "json")
    data = json.loads(as_json.stdout)
    assert data["since"] == 1 and data["last_load"] == 2
    assert [load["load_id"] for load in data["loads"]] == [2]
    assert {(c["relation"], c["operation"]) for c in data["changes"]} == {
        ("proposals", "update"),
        ("proposals", "delete"),
        ("proposals", "insert"),
        ("sources", "update"),
    }
    assert {"source_id", "key"} == set(data["changes"][0]["row_key"])
    out = run("--database-url", loaded_db, "changes", "--since", "1", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and {r["load_id"] for r in rows} == {"2"}
    nothing = run("--database-url", loaded_db, "changes", "--since", "2")
    assert nothing.exit_code == 0 and "no load after load 2" in nothing.stdout
    everything = run("--database-url", loaded_db, "changes", "--format", "json").stdout
    assert [load["load_id"] for load in json.loads(everything)["loads"]] == [1, 2]


@pytest.mark.parametrize("options", [(), ("--reporting-only",)])
def test_readers_read_the_journal_and_cannot_write_it(
    loaded_db: str, pg_server: ServerInfo, options: tuple[str, ...]
) -> None:
    reader = make_reader(loaded_db, pg_server, *options)
    with reader.connect(autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM reporting.loads").fetchone() == (1,)
        row = conn.execute("SELECT count(*) FROM changes").fetchone()  # search_path: reporting
        assert row is not None and int(str(row[0])) > 100
        # Not only read-only by default: without the privilege, even when it asks to write.
        conn.execute("SET default_transaction_read_only = off")
        for statement in (
            "INSERT INTO core.loads (started_at, finished_at, input_sha256, full_load, added,"
            " changed, removed, coopdb_version) VALUES (now(), now(), repeat('0', 64), false,"
            " 0, 0, 0, 'x')",
            "DELETE FROM core.changes",
            "UPDATE core.loads SET added = 0",
            "TRUNCATE core.loads CASCADE",
            "UPDATE reporting.loads SET added = 0",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        granted = conn.execute(
            "SELECT c.oid::regclass::text, p FROM pg_class c,"
            " unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p"
            " WHERE c.relnamespace IN ('core'::regnamespace, 'reporting'::regnamespace)"
            " AND c.relname IN ('loads', 'changes') AND has_table_privilege(c.oid, p)"
        ).fetchall()
        assert granted == []
    assert sql(loaded_db, "SELECT count(*) FROM core.loads") == [(1,)]
