"""Drift between the files and the database: ``coopdb load --full`` repairs rows changed,
deleted or added by hand, and ``coopdb db verify`` reports them without changing anything."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest
from click.testing import Result

from conftest import TABLES, ServerInfo, fingerprint, row_versions, run, sql
from test_curation import ARTICLE_001, edit

HEX = "repeat('ab', 32)"
MENTION = (
    "SELECT source_id, official_id, post_id, name_as_written, quote, quote_start, quote_end"
    " FROM core.official_mentions WHERE id = %s"
)


def admin(url: str, *statements: str) -> None:
    """What an administrator does by hand in psql, committed."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        for statement in statements:
            conn.execute(statement)


def verify(url: str, *args: str) -> Result:
    return run("--database-url", url, "db", "verify", *args)


def load(url: str, *args: str) -> Result:
    result = run("--database-url", url, "load", *args)
    assert result.exit_code == 0, result.stderr
    return result


def state(url: str) -> tuple[object, ...]:
    """Everything a committed write would change: row versions, contents, sequences, schema
    revision (its row version too)."""
    sequences = sql(
        url,
        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'core' ORDER BY 1",
    )
    version = sql(url, "SELECT ctid::text, xmin::text, version_num FROM public.alembic_version")
    return row_versions(url), fingerprint(url), sequences, version


def scalar(url: str, query: str) -> int:
    return int(str(sql(url, query)[0][0]))


def first_id(url: str, table: str) -> int:
    return scalar(url, f"SELECT min(id) FROM core.{table}")


def ids(url: str, table: str) -> set[int]:
    return {int(str(row[0])) for row in sql(url, f"SELECT id FROM core.{table}")}


def key_ids(url: str, table: str) -> dict[str, int]:
    return {str(key): int(str(i)) for i, key in sql(url, f"SELECT id, key FROM core.{table}")}


Versions = dict[str, set[tuple[object, ...]]]


def without(versions: Versions, table: str, row: tuple[object, ...]) -> Versions:
    """Row versions with one row left out."""
    return {**versions, table: versions[table] - {row}}


def test_a_fact_deleted_by_hand_is_restored_by_a_full_load(loaded_db: str) -> None:
    victim = first_id(loaded_db, "official_mentions")
    original = sql(loaded_db, MENTION, (victim,))
    others = ids(loaded_db, "official_mentions") - {victim}
    admin(loaded_db, f"DELETE FROM core.official_mentions WHERE id = {victim}")
    # A plain load trusts the input fingerprints: the article's files did not change.
    plain = load(loaded_db)
    assert ": 0 added, 0 changed, 0 removed," in plain.stdout

    result = verify(loaded_db)
    assert result.exit_code == 1
    assert "core.official_mentions: 1 missing, 0 differing, 0 not in the files\n" in result.stdout

    versions = row_versions(loaded_db)
    full = load(loaded_db, "--full")
    lines = full.stdout.splitlines()
    assert ": 1 added, 0 changed, 0 removed," in lines[0]
    assert lines[1:] == ["core.official_mentions: 1 added, 0 changed, 0 removed"]
    restored = sql(
        loaded_db,
        "SELECT id FROM core.official_mentions WHERE (source_id, official_id, quote_start)"
        " = (%s, %s, %s)",
        (original[0][0], original[0][1], original[0][5]),
    )
    assert sql(loaded_db, MENTION, (restored[0][0],)) == original
    # The other mentions keep their ids, and no row that was right was written.
    assert ids(loaded_db, "official_mentions") - {restored[0][0]} == others
    after = row_versions(loaded_db)
    new_row = sql(
        loaded_db,
        "SELECT ctid::text, xmin::text FROM core.official_mentions WHERE id = %s",
        (restored[0][0],),
    )[0]
    # reporting.official_mentions trades the deleted mention's row for the restored one's
    shown = "reporting.official_mentions"
    assert len(after[shown] - versions[shown]) == 1 and len(versions[shown] - after[shown]) == 1
    after, versions = {**after, shown: set()}, {**versions, shown: set()}
    assert without(after, "official_mentions", new_row) == versions
    assert verify(loaded_db).exit_code == 0


def test_a_quote_changed_by_hand_is_reported_and_repaired(loaded_db: str) -> None:
    victim = first_id(loaded_db, "proposals")
    quote = sql(loaded_db, "SELECT quote FROM core.proposals WHERE id = %s", (victim,))[0][0]
    # The quote trigger refuses a quote that is not in the article: an admin disables it.
    admin(
        loaded_db,
        "ALTER TABLE core.proposals DISABLE TRIGGER quote_matches_source",
        "UPDATE core.proposals SET quote = 'forged words', quote_end = quote_start + 12"
        f" WHERE id = {victim}",
        "ALTER TABLE core.proposals ENABLE TRIGGER quote_matches_source",
    )
    before = state(loaded_db)
    result = verify(loaded_db)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "core.proposals: 0 missing, 1 differing, 0 not in the files"
    )
    assert state(loaded_db) == before  # the drift is still there, nothing was written

    versions = row_versions(loaded_db)
    full = load(loaded_db, "--full")
    assert full.stdout.splitlines()[1:] == ["core.proposals: 0 added, 1 changed, 0 removed"]
    assert sql(loaded_db, "SELECT quote FROM core.proposals WHERE id = %s", (victim,)) == [(quote,)]
    after = row_versions(loaded_db)
    assert len(after["proposals"] - versions["proposals"]) == 1  # only the repaired row
    assert {t: v for t, v in after.items() if t != "proposals"} == {
        t: v for t, v in versions.items() if t != "proposals"
    }
    assert verify(loaded_db).exit_code == 0


def test_rows_added_by_hand_are_reported_and_removed(loaded_db: str) -> None:
    official = first_id(loaded_db, "officials")
    body = "A forged article that names Roman Starovoit."
    admin(
        loaded_db,
        "INSERT INTO core.official_names (official_id, name, is_preferred)"
        f" VALUES ({official}, 'Forged Spelling', false)",
        "INSERT INTO core.sources (key, file_name, sha256, facts_sha256, input_sha256, body)"
        f" VALUES ('999_forged', '999_forged.txt', {HEX}, {HEX}, '', '{body}')",
        "INSERT INTO core.official_mentions (source_id, official_id, name_as_written, quote,"
        f" quote_start, quote_end) SELECT id, {official}, 'Roman Starovoit', 'Roman Starovoit',"
        " 28, 43 FROM core.sources WHERE key = '999_forged'",
    )
    before = state(loaded_db)
    result = verify(loaded_db)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:3] == [
        "core.official_names: 0 missing, 0 differing, 1 not in the files",
        "core.sources: 0 missing, 0 differing, 1 not in the files",
        "core.official_mentions: 0 missing, 0 differing, 1 not in the files",
    ]
    assert state(loaded_db) == before

    full = load(loaded_db, "--full")
    assert full.stdout.splitlines()[1:] == [
        "core.official_names: 0 added, 0 changed, 1 removed",
        "core.sources: 0 added, 0 changed, 1 removed",
        "core.official_mentions: 0 added, 0 changed, 1 removed",
    ]
    assert sql(loaded_db, "SELECT count(*) FROM core.sources WHERE key = '999_forged'") == [(0,)]
    assert sql(
        loaded_db, "SELECT count(*) FROM core.official_names WHERE name = 'Forged Spelling'"
    ) == [(0,)]
    assert verify(loaded_db).exit_code == 0


def test_verify_on_an_in_sync_database_reports_nothing_and_writes_nothing(
    loaded_db: str,
) -> None:
    before = state(loaded_db)
    result = verify(loaded_db)
    assert result.exit_code == 0, result.stdout + result.stderr
    rows = sum(scalar(loaded_db, f"SELECT count(*) FROM core.{table}") for table in TABLES)
    assert result.stdout.startswith(f"in sync: 5 articles, {rows} rows mirror ")
    assert len(result.stdout.splitlines()) == 1
    assert state(loaded_db) == before


def test_verify_on_a_drifted_database_exits_1_and_leaves_the_drift(loaded_db: str) -> None:
    """Missing rows are rehearsed with temporary ids: not even a sequence moves."""
    admin(
        loaded_db,
        "DELETE FROM core.meetings WHERE id = (SELECT min(id) FROM core.meetings)",
        "UPDATE core.regions SET name = 'Forged Oblast' WHERE key = 'kursk-oblast'",
        "DELETE FROM core.region_names WHERE id = (SELECT min(id) FROM core.region_names)",
    )
    before = state(loaded_db)
    first = verify(loaded_db)
    assert first.exit_code == 1
    lines = first.stdout.splitlines()
    assert "core.regions: 0 missing, 1 differing, 0 not in the files" in lines
    assert "core.region_names: 1 missing, 0 differing, 0 not in the files" in lines
    assert "core.meetings: 1 missing, 0 differing, 0 not in the files" in lines
    assert lines[-1].startswith("drift found between ")
    assert lines[-1].endswith("`coopdb load --full` makes the database mirror the files again")
    assert state(loaded_db) == before
    assert verify(loaded_db).stdout == first.stdout
    assert state(loaded_db) == before


def test_a_full_load_of_an_in_sync_database_writes_nothing(loaded_db: str) -> None:
    before = state(loaded_db)
    result = load(loaded_db, "--full")
    assert ": 0 added, 0 changed, 0 removed," in result.stdout
    # every article was compared
    assert "compared, 0 skipped as unchanged since they were loaded)" in result.stdout
    assert result.stdout.splitlines()[1:] == [
        "every row already mirrored the files: nothing was repaired"
    ]
    assert state(loaded_db) == before


def test_shared_entities_changed_by_hand_are_repaired_with_their_ids(loaded_db: str) -> None:
    regions, sources = key_ids(loaded_db, "regions"), key_ids(loaded_db, "sources")
    admin(
        loaded_db,
        # a key changed by hand: the iso_code still finds the row, which keeps its id
        "UPDATE core.regions SET key = 'forged-key' WHERE key = 'lipetsk-oblast'",
        "UPDATE core.regions SET parent_id = NULL WHERE key = 'kursk-oblast'",
        "UPDATE core.sources SET key = 'forged-source', body = body || ' (edited)'"
        " WHERE key = '001_69ca2f47ea92f77d'",
        "UPDATE core.trade_figures SET partner_country = 'KZ'"
        " WHERE id = (SELECT min(id) FROM core.trade_figures)",
    )
    result = verify(loaded_db)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "core.regions: 0 missing, 2 differing, 0 not in the files" in lines
    assert "core.sources: 0 missing, 1 differing, 0 not in the files" in lines
    assert "core.trade_figures: 0 missing, 1 differing, 0 not in the files" in lines

    full = load(loaded_db, "--full")
    assert full.stdout.splitlines()[1:] == [
        "core.regions: 0 added, 2 changed, 0 removed",
        "core.sources: 0 added, 1 changed, 0 removed",
        "core.trade_figures: 0 added, 1 changed, 0 removed",
    ]
    assert key_ids(loaded_db, "regions") == regions
    assert key_ids(loaded_db, "sources") == sources
    assert verify(loaded_db).exit_code == 0


def test_verify_names_articles_whose_fingerprint_is_stale(loaded_db: str, seeds_copy: Path) -> None:
    # Files edited but not loaded yet: verify shows what the next load will change.
    edit(
        seeds_copy,
        ARTICLE_001,
        "title: Belarusian agricultural equipment",
        "title: Agricultural equipment from Belarus",
    )
    before = state(loaded_db)
    result = verify(loaded_db, str(seeds_copy))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:3] == [
        "core.sources: 0 missing, 1 differing, 0 not in the files",
        "core.proposals: 0 missing, 1 differing, 0 not in the files",
        "core.sources: 1 stored input fingerprint(s) no longer match the files:"
        " 001_69ca2f47ea92f77d",
    ]
    assert state(loaded_db) == before
    load(loaded_db, str(seeds_copy))
    assert verify(loaded_db, str(seeds_copy)).exit_code == 0


def test_verify_of_invalid_files_compares_nothing(loaded_db: str, seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_001, "change_pct: 40.5", "change_pct: 45.5")
    before = state(loaded_db)
    result = verify(loaded_db, str(seeds_copy))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "trade_figures[0].change_pct: the number 45.5 does not appear" in lines[0]
    assert lines[-1] == "1 problem found; nothing was compared."
    assert result.stdout == ""
    assert state(loaded_db) == before


def test_a_region_renamed_in_the_files_keeps_its_id(loaded_db: str, seeds_copy: Path) -> None:
    """Its iso_code is unchanged: the row is renamed instead of colliding with a new one."""
    before = sql(loaded_db, "SELECT id FROM core.regions WHERE key = 'lipetsk-oblast'")
    for path in seeds_copy.glob("*.yaml"):
        path.write_text(
            path.read_text(encoding="utf-8").replace("lipetsk-oblast", "lipetsk-region"),
            encoding="utf-8",
        )
    load(loaded_db, str(seeds_copy))
    assert sql(loaded_db, "SELECT id FROM core.regions WHERE key = 'lipetsk-region'") == before
    assert verify(loaded_db, str(seeds_copy)).exit_code == 0


def test_verify_reads_the_shipped_seeds_on_the_embedded_database(
    pg_server: ServerInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    if pg_server.home is None:
        pytest.skip("the suite runs against a server given by URL, not the embedded one")
    monkeypatch.setenv("COOPDB_HOME", str(pg_server.home))
    result = run("db", "verify")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.startswith("in sync: 5 articles, ")


def test_unique_values_swapped_by_hand_are_one_line_and_change_nothing(loaded_db: str) -> None:
    """Which of the two rows should keep its id cannot be known: say so, in one line."""
    admin(
        loaded_db,
        "UPDATE core.regions SET iso_code = 'XX' WHERE key = 'kursk-oblast'",
        "UPDATE core.regions SET iso_code = 'RU-KRS' WHERE key = 'lipetsk-oblast'",
        "UPDATE core.regions SET iso_code = 'RU-LIP' WHERE key = 'kursk-oblast'",
    )
    before = state(loaded_db)
    expected = re.compile(
        r"Error: the database differs from the files in a way a load cannot repair: duplicate"
        r' key value violates unique constraint "uq_regions_iso_code" \(Key \(iso_code\)='
        r"\(RU-(KRS|LIP)\) already exists\.\); change that row by hand\n"
    )
    for command in (("db", "verify"), ("load", "--full")):
        result = run("--database-url", loaded_db, *command)
        assert result.exit_code == 1, command
        assert expected.fullmatch(result.stderr), result.stderr
        assert state(loaded_db) == before


def test_verify_waits_for_a_running_load_and_gives_up_in_one_line(loaded_db: str) -> None:
    """It takes the load lock like a load: a load never commits under a running comparison."""
    from coopdb.load import acquire_load_lock

    before = state(loaded_db)
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as holder:
        acquire_load_lock(holder, 1, lambda _line: None)  # a load in progress
        result = verify(loaded_db, "--lock-timeout", "0.2")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr  # the line saying who it waits for, then the verdict
    assert lines[-1].startswith("Error: ") and lines[-1].endswith("give a longer --lock-timeout")
    assert result.stdout == ""
    assert state(loaded_db) == before
