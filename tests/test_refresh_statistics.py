"""A load that fills core tables gives them planner statistics before the reporting refresh
reads them: a first load's refresh is otherwise planned over tables with no statistics."""

from __future__ import annotations

from conftest import run, sql


def test_a_first_load_analyzes_the_core_tables_it_filled(migrated_db: str) -> None:
    result = run("--database-url", migrated_db, "load")
    assert result.exit_code == 0, result.stderr
    rows = sql(
        migrated_db,
        "SELECT relname, analyze_count FROM pg_stat_user_tables WHERE schemaname = 'core'"
        " AND relname IN ('sources', 'meetings', 'meeting_regions')",
    )
    counts = {str(name): int(str(count)) for name, count in rows}
    assert counts == {"sources": 1, "meetings": 1, "meeting_regions": 1}


def test_a_reload_that_writes_nothing_analyzes_nothing(loaded_db: str) -> None:
    before = sql(loaded_db, "SELECT sum(analyze_count) FROM pg_stat_user_tables")
    result = run("--database-url", loaded_db, "load")
    assert result.exit_code == 0, result.stderr
    assert sql(loaded_db, "SELECT sum(analyze_count) FROM pg_stat_user_tables") == before
