"""Reads are one snapshot, and the embedded server's lifecycle survives a hostile environment.

Everything runs against real PostgreSQL servers: the session's test server for the snapshot
tests, and embedded servers of their own (in fresh homes, always stopped afterwards) for the
lifecycle tests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from conftest import run
from coopdb import reports
from coopdb.curation import validate_folder
from coopdb.db import Target, make_engine
from coopdb.load import load_corpus
from coopdb.resources import seeds_dir

# --------------------------------------------------------------------------- §4 snapshots

KURSK_ARTICLE = "000_c822827a76efb0a0"
"""A seeds article whose facts concern Kursk Oblast."""


def _renamed_corpus(seeds_copy: Path) -> Path:
    """The seeds with Kursk's article under another name: loading it gives that article (and
    every fact quoting it) new ids, which is what broke reports read at READ COMMITTED."""
    text = seeds_copy / f"{KURSK_ARTICLE}.txt"
    facts = seeds_copy / f"{KURSK_ARTICLE}.yaml"
    text.rename(seeds_copy / "000_renamed.txt")
    yaml = facts.read_text(encoding="utf-8").replace(f"{KURSK_ARTICLE}.txt", "000_renamed.txt")
    (seeds_copy / "000_renamed.yaml").write_text(yaml, encoding="utf-8")
    facts.unlink()
    return seeds_copy


def _load(url: str, folder: Path) -> None:
    """Load a folder in one transaction through the library (no CLI: usable from a thread)."""
    engine = make_engine(Target(url, embedded=False))
    try:
        with engine.begin() as connection:
            load_corpus(connection, validate_folder(folder))
    finally:
        engine.dispose()


PROBE = (
    "SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only'),"
    " transaction_timestamp(), pg_backend_pid()"
)


def _reads_data(cursor: psycopg.Cursor[Any], query: Any) -> bool:
    text = query if isinstance(query, str) else query.as_string(cursor.connection)
    return any(name in text for name in ("core.", "reporting.", "pg_class", '"reporting"'))


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[Any, ...]]]:
    """Before every query a command sends that reads data, ask the server, on the same
    connection, which transaction the query is about to run in."""
    seen: list[tuple[Any, ...]] = []
    execute, copy = psycopg.Cursor.execute, psycopg.Cursor.copy
    busy = threading.local()

    def probe(cursor: psycopg.Cursor[Any], query: Any) -> None:
        if getattr(busy, "on", False) or not _reads_data(cursor, query):
            return
        busy.on = True
        try:
            if cursor.connection.autocommit:
                seen.append(("autocommit",))  # each statement its own transaction
            else:
                row = execute(cursor.connection.cursor(), PROBE).fetchone()
                assert row is not None
                seen.append(tuple(row))
        finally:
            busy.on = False

    def spy_execute(self: psycopg.Cursor[Any], query: Any, *args: Any, **kwargs: Any) -> Any:
        probe(self, query)
        return execute(self, query, *args, **kwargs)

    def spy_copy(self: psycopg.Cursor[Any], statement: Any, *args: Any, **kwargs: Any) -> Any:
        probe(self, statement)
        return copy(self, statement, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", spy_execute)
    monkeypatch.setattr(psycopg.Cursor, "copy", spy_copy)
    yield seen


READ_COMMANDS = [
    ["report", "kursk"],
    ["report", "kursk", "--format", "json"],
    ["report", "kursk", "--format", "markdown"],
    ["report", "kursk", "--format", "csv"],
    ["regions"],
    ["officials", "--region", "kursk"],
    ["enterprises", "--region", "kursk"],
    ["trade", "--region", "kursk"],
    ["search", "Kursk"],
    ["docs"],
    ["export", "{tmp}"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=" ".join)
def test_every_read_command_is_one_read_only_repeatable_read_snapshot(
    loaded_db: str, probes: list[tuple[Any, ...]], args: list[str], tmp_path: Path
) -> None:
    args = [a.replace("{tmp}", str(tmp_path / "out")) for a in args]
    result = run("--database-url", loaded_db, *args)
    assert result.exit_code == 0, result.stderr
    several = args[0] in ("report", "officials", "enterprises", "trade", "export")
    assert len(probes) >= (2 if several else 1)
    assert ("autocommit",) not in probes
    assert {p[:2] for p in probes} == {("repeatable read", "on")}
    # one transaction on one connection: the same start time and backend for every query
    assert len({p[2:] for p in probes}) == 1, probes


def test_a_load_committing_between_a_reports_queries_is_not_seen(
    loaded_db: str, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic: just before the report's last query (its sources, by the ids the earlier
    queries returned) another connection commits a load that gives those sources new ids.
    At READ COMMITTED the sources query then misses them and the report dies with KeyError."""
    before = run("--database-url", loaded_db, "report", "kursk", "--format", "json")
    assert before.exit_code == 0, before.stderr
    renamed = _renamed_corpus(seeds_copy)
    execute = psycopg.Cursor.execute
    committed: list[bool] = []

    def load_then_execute(self: psycopg.Cursor[Any], query: Any, *args: Any, **kwargs: Any) -> Any:
        if query is reports.SOURCES_SQL and not committed:
            committed.append(True)
            monkeypatch.setattr(psycopg.Cursor, "execute", execute)  # the load's own queries
            _load(loaded_db, renamed)
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", load_then_execute)
    during = run("--database-url", loaded_db, "report", "kursk", "--format", "json")
    assert committed
    assert during.exit_code == 0, during.stderr
    assert during.stdout == before.stdout  # the state as of the report's first query
    after = run("--database-url", loaded_db, "report", "kursk", "--format", "json")
    assert "000_renamed.txt" in after.stdout and "000_renamed.txt" not in before.stdout


def test_reports_stay_whole_while_loads_alternate(loaded_db: str, seeds_copy: Path) -> None:
    """Reports in a loop while another thread keeps committing loads of two corpora that give
    Kursk's article different ids (before the fix, about one report in ten died)."""
    corpora = [seeds_dir(), _renamed_corpus(seeds_copy)]
    stop = threading.Event()
    loads: list[float] = []
    errors: list[BaseException] = []

    def keep_loading() -> None:
        try:
            while not stop.is_set():
                _load(loaded_db, corpora[len(loads) % 2])
                loads.append(time.monotonic())
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    loader = threading.Thread(target=keep_loading)
    loader.start()
    reports_run = 0
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (len(loads) < 12 or reports_run < 60):
            result = run("--database-url", loaded_db, "report", "kursk", "--format", "csv")
            assert result.exit_code == 0, result.stderr
            assert "000_" in result.stdout
            reports_run += 1
    finally:
        stop.set()
        loader.join(timeout=60)
    assert not errors, errors
    assert len(loads) >= 4 and reports_run >= 20, (len(loads), reports_run)


def test_region_report_refuses_to_run_outside_a_snapshot(loaded_db: str) -> None:
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn:
        region = reports.find_region(conn, "kursk")
        with pytest.raises(RuntimeError, match="snapshot"):
            reports.region_report(conn, region)
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn, reports.snapshot(conn):
        report = reports.region_report(conn, reports.find_region(conn, "kursk"))
        assert report.sources
