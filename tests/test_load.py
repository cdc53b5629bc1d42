"""The loader mirrors the curated files: idempotent, removes what was removed, keeps ids,
and leaves the database exactly as it was when the input is invalid."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

from conftest import fingerprint, row_versions, run, sql
from test_curation import ARTICLE_000, ARTICLE_001, edit

SUMMARY = re.compile(
    r"loaded (\d+) articles into .*: (\d+) added, (\d+) changed, (\d+) removed,"
    r" (\d+) unchanged of the rows compared \(\d+ article\(s\) read and compared,"
    r" (\d+) skipped as unchanged since they were loaded\)"
)


def load(url: str, folder: Path | None = None) -> tuple[int, ...]:
    args = ["--database-url", url, "load"] + ([str(folder)] if folder else [])
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    match = SUMMARY.fullmatch(result.stdout.strip())
    assert match, result.stdout
    return tuple(int(group) for group in match.groups())


def ids(url: str, table: str) -> dict[str, int]:
    return {str(key): int(i) for i, key in sql(url, f"SELECT id, key FROM core.{table}")}  # type: ignore[call-overload]


def test_first_load_adds_everything(migrated_db: str) -> None:
    articles, added, changed, removed, unchanged, skipped = load(migrated_db)
    assert (articles, changed, removed, unchanged, skipped) == (5, 0, 0, 0, 0)
    total = sum(int(n) for (n,) in [row[:1] for row in _counts(migrated_db)])  # type: ignore[call-overload]
    assert added == total


def _counts(url: str) -> list[tuple[object, ...]]:
    from conftest import TABLES

    return [sql(url, f"SELECT count(*) FROM core.{table}")[0] for table in TABLES]


def test_second_load_writes_no_rows_and_keeps_ids(loaded_db: str) -> None:
    before_versions = row_versions(loaded_db)
    before_ids = ids(loaded_db, "proposals")
    _, added, changed, removed, unchanged, skipped = load(loaded_db)
    assert (added, changed, removed, skipped) == (0, 0, 0, 5)
    assert unchanged > 100  # the shared entities; unchanged articles are not even read
    assert row_versions(loaded_db) == before_versions
    assert ids(loaded_db, "proposals") == before_ids


def test_removed_fact_disappears_and_other_ids_stay(loaded_db: str, seeds_copy: Path) -> None:
    before = ids(loaded_db, "proposals")
    text = (seeds_copy / ARTICLE_001).read_text(encoding="utf-8")
    block = re.search(r"  - key: kursk-belarusian-dealer-network\n(    .*\n)+", text)
    assert block is not None
    (seeds_copy / ARTICLE_001).write_text(text.replace(block[0], ""), encoding="utf-8")
    _, added, changed, removed, _, skipped = load(loaded_db, seeds_copy)
    # changed: the article's row, whose fingerprint of its facts is updated
    assert (added, changed, removed, skipped) == (0, 1, 1, 4)
    after = ids(loaded_db, "proposals")
    del before["kursk-belarusian-dealer-network"]
    assert after == before


def test_changed_fact_keeps_its_id(loaded_db: str, seeds_copy: Path) -> None:
    before = ids(loaded_db, "proposals")
    edit(
        seeds_copy,
        ARTICLE_001,
        "title: Belarusian agricultural equipment",
        "title: Agricultural equipment from Belarus",
    )
    _, added, changed, removed, _, _ = load(loaded_db, seeds_copy)
    assert (added, changed, removed) == (0, 2, 0)  # the proposal and its article's fingerprint
    assert ids(loaded_db, "proposals") == before
    title = sql(
        loaded_db,
        "SELECT title FROM core.proposals WHERE key = 'kursk-2017-agricultural-equipment-"
        "turnkey-complexes'",
    )
    assert str(title[0][0]).startswith("Agricultural equipment from Belarus")


def test_removed_article_removes_its_facts(loaded_db: str, seeds_copy: Path) -> None:
    (seeds_copy / ARTICLE_000).unlink()
    (seeds_copy / "000_c822827a76efb0a0.txt").unlink()
    _, added, _, removed, _, skipped = load(loaded_db, seeds_copy)
    assert added == 0 and removed > 10 and skipped == 4
    assert sql(loaded_db, "SELECT count(*) FROM core.sources")[0][0] == 4
    assert (
        sql(
            loaded_db,
            "SELECT count(*) FROM core.twinning_agreements t JOIN core.sources s"
            " ON s.id = t.source_id WHERE s.key = '000_c822827a76efb0a0'",
        )[0][0]
        == 0
    )


def test_invalid_input_changes_nothing(loaded_db: str, seeds_copy: Path) -> None:
    before = fingerprint(loaded_db)
    versions = row_versions(loaded_db)
    edit(seeds_copy, ARTICLE_001, "change_pct: 40.5", "change_pct: 45.5")
    result = run("--database-url", loaded_db, "load", str(seeds_copy))
    assert result.exit_code == 1
    assert "trade_figures[0].change_pct: the number 45.5 does not appear" in result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(loaded_db) == before
    assert row_versions(loaded_db) == versions


def test_load_into_unmigrated_database_says_what_to_run(empty_db: str) -> None:
    result = run("--database-url", empty_db, "load")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "has no coopdb schema: run `coopdb db upgrade` and then `coopdb load`"
    )
    assert len(result.stderr.strip().splitlines()) == 1


def test_database_refuses_a_quote_at_wrong_offsets(loaded_db: str) -> None:
    """The trigger is the last line of defence: offsets must point at the quote."""
    with (
        psycopg.connect(loaded_db.replace("+psycopg", "")) as conn,
        pytest.raises(psycopg.errors.CheckViolation, match="quote is not the text at offsets"),
    ):
        conn.execute(
            "UPDATE core.meetings SET quote_start = quote_start + 1,"
            " quote_end = quote_end + 1 WHERE id = (SELECT min(id) FROM core.meetings)"
        )


def test_database_enforces_partial_date_rules(loaded_db: str) -> None:
    with (
        psycopg.connect(loaded_db.replace("+psycopg", "")) as conn,
        pytest.raises(psycopg.errors.CheckViolation, match="date_inferred_note"),
    ):
        conn.execute("UPDATE core.meetings SET date_note = NULL WHERE date_basis = 'inferred'")


def test_unchanged_articles_are_revalidated_when_shared_files_change(
    loaded_db: str, seeds_copy: Path
) -> None:
    """Skipping unchanged articles must never hide a problem a shared file introduces."""
    load(loaded_db, seeds_copy)
    edit(seeds_copy, "regions.yaml", "key: lipetsk-oblast", "key: lipetsk-region")
    result = run("--database-url", loaded_db, "load", str(seeds_copy))
    assert result.exit_code == 1
    assert "unknown region 'lipetsk-oblast'" in result.stderr
    assert "003_d2bb3794f3b56ddb.yaml" in result.stderr


def test_a_facts_file_is_named_after_its_article(seeds_copy: Path) -> None:
    (seeds_copy / ARTICLE_001).rename(seeds_copy / "001_renamed.yaml")
    result = run("check", str(seeds_copy))
    assert result.exit_code == 1
    assert (
        "001_renamed.yaml:2: article: must be '001_renamed.txt': a facts file is named after"
        " its article" in result.stderr
    )


def test_new_rows_take_ids_in_the_files_order_whatever_join_the_planner_picks(
    migrated_db: str,
) -> None:
    """Two loads of the same files give the same ids: new rows are numbered in the order the
    files list them, even when PostgreSQL (16 and later) answers the "not yet in the table"
    test with a hash right anti join, which returns the new rows in hash order."""
    from coopdb.load.engine import Syncer, Table
    from coopdb.load.result import LoadResult

    keys = [f"sector-{n:04d}" for n in range(200)]
    with psycopg.connect(migrated_db.replace("+psycopg", "")) as conn:
        # A small stage against a large table: the plan that hashes the stage.
        conn.execute(
            "INSERT INTO core.sectors (key, name)"
            " SELECT 'old-' || g, 'Old' FROM generate_series(1, 5000) g"
        )
        conn.execute("ANALYZE core.sectors")
        Syncer(conn, LoadResult()).upsert(
            Table("sectors", ("key",), ("name",)), ((k, k.title()) for k in keys)
        )
        rows = conn.execute(
            "SELECT key FROM core.sectors WHERE key LIKE 'sector-%' ORDER BY id"
        ).fetchall()
        conn.rollback()
    assert [key for (key,) in rows] == keys


def test_a_loaded_empty_article_whose_text_is_deleted_is_reported_missing(
    loaded_db: str, seeds_copy: Path
) -> None:
    """An empty article and a missing one must not share a fingerprint: a load would skip the
    article as unchanged and never say that its text is gone."""
    (seeds_copy / "900_empty.txt").write_bytes(b"")
    (seeds_copy / "900_empty.yaml").write_text(
        "article: 900_empty.txt\nregion: kursk-oblast\n", encoding="utf-8"
    )
    load(loaded_db, seeds_copy)
    (seeds_copy / "900_empty.txt").unlink()
    before = fingerprint(loaded_db)
    result = run("--database-url", loaded_db, "load", str(seeds_copy))
    assert result.exit_code == 1, result.stdout
    assert "900_empty.yaml:1: article: '900_empty.txt' does not exist" in result.stderr
    assert fingerprint(loaded_db) == before
