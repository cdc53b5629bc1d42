"""Promises under stress: concurrent loads serialize, hostile arguments stay data, a dead
server gives one line quickly, passwords never reach the server's log."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from conftest import REPOSITORY, ServerInfo, fingerprint, run, sql
from coopdb.locks import LOAD_LOCK

COOPDB = [sys.executable, "-m", "coopdb"]


def _load_summary(url: str, folder: Path) -> str:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _corpus(folder: Path, seed: int, articles: int = 40) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPOSITORY / "bench" / "make_corpus.py"),
            "--articles",
            str(articles),
            "--seed",
            str(seed),
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


HOLDER_WAIT = re.compile(
    r"waiting for the load lock held by \w+ \(pid \d+, lock-holder, since \d\d:\d\d:\d\d\)…"
)


def _lock_holder(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A session holding the load lock (as a load does) until it commits or closes."""
    conn = psycopg.connect(url.replace("+psycopg", ""), application_name="lock-holder")
    conn.execute(f"LOCK TABLE {LOAD_LOCK} IN EXCLUSIVE MODE")
    return conn


@pytest.mark.slow
def test_concurrent_loads_serialize_and_the_last_commit_wins(
    migrated_db: str, tmp_path: Path
) -> None:
    inputs = [_corpus(tmp_path / f"corpus-{seed}", seed) for seed in (11, 12, 13)]
    env = {**os.environ, "COOPDB_DATABASE_URL": migrated_db}
    reported: dict[int, float] = {}

    def watch(index: int, proc: subprocess.Popen[str]) -> None:
        """Note when each load reports (it prints its summary right after its commit)."""
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("loaded "):
                reported[index] = time.monotonic()

    # Hold the load lock so that every process has to wait, then let them race for it.
    with _lock_holder(migrated_db) as holder:
        procs = [
            subprocess.Popen(
                [*COOPDB, "load", str(folder), "--lock-timeout", "120"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for folder in inputs * 2
        ]
        watchers = [threading.Thread(target=watch, args=(i, p)) for i, p in enumerate(procs)]
        for watcher in watchers:
            watcher.start()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            waiting = holder.execute(
                "SELECT count(*) FROM pg_locks WHERE relation = %s::regclass AND NOT granted",
                (LOAD_LOCK,),
            ).fetchone()
            if waiting and waiting[0] == len(procs):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the loads never queued behind the lock")
        holder.commit()
    for watcher in watchers:
        watcher.join(timeout=120)
    for proc in procs:
        err = proc.stderr.read() if proc.stderr else ""
        assert proc.wait() == 0, err
        assert HOLDER_WAIT.search(err), err
        assert "error" not in err.lower() and "Traceback" not in err
    assert len(reported) == len(procs)
    last = inputs[max(reported, key=reported.__getitem__) % len(inputs)]
    # The database mirrors the last input exactly: loading it again writes nothing ...
    assert " 0 added, 0 changed, 0 removed," in _load_summary(migrated_db, last)
    # ... and it is not a mix: each other input would change something.
    for other in inputs:
        if other != last:
            assert " 0 added, 0 changed, 0 removed," not in _load_summary(migrated_db, other)
            _load_summary(migrated_db, last)


def test_waiting_load_gives_up_after_its_timeout(read_only_db: str) -> None:
    before = fingerprint(read_only_db)
    with _lock_holder(read_only_db) as holder:
        pid = holder.info.backend_pid
        started = time.monotonic()
        result = run("--database-url", read_only_db, "load", "--lock-timeout", "1")
        assert time.monotonic() - started < 10
    assert result.exit_code == 1
    waiting, error = result.stderr.splitlines()
    assert HOLDER_WAIT.fullmatch(waiting), waiting
    assert f"(pid {pid}, lock-holder, since " in waiting
    holder_text = waiting.removeprefix("waiting for the load lock held by ").removesuffix("…")
    assert error == (
        f"Error: the load lock is still held by {holder_text} after 1 s; try again later"
        " or give a longer --lock-timeout"
    )
    assert fingerprint(read_only_db) == before


HOSTILE = [
    "'; DROP TABLE core.regions; --",
    "kursk'; DELETE FROM core.meetings WHERE 'a'='a",
    "%",
    "_",
    "\\",
    "Robert'); DROP TABLE students;--",
    "\u202eksruk",  # right-to-left override
    "ک" * 50,
    "x" * 10_000,
    "kursk\x00",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_arguments_are_data(read_only_db: str, text: str) -> None:
    before = fingerprint(read_only_db)
    report = run("--database-url", read_only_db, "report", text)
    assert report.exit_code == 2 and len(report.stderr.splitlines()) == 1
    for command in (["officials", "--region", text], ["trade", "--region", text]):
        assert run("--database-url", read_only_db, *command).exit_code == 2
    search = run("--database-url", read_only_db, "search", text)
    assert search.exit_code in (0, 2), search.stderr
    assert "Traceback" not in search.stderr
    assert fingerprint(read_only_db) == before


def test_like_wildcards_match_nothing_special(read_only_db: str) -> None:
    assert run("--database-url", read_only_db, "report", "%").exit_code == 2
    assert run("--database-url", read_only_db, "report", "kursk%").exit_code == 2
    assert run("--database-url", read_only_db, "search", "kursk%").exit_code == 0


@pytest.mark.slow  # waits out the connect timeout
def test_server_that_does_not_answer_fails_within_seconds() -> None:
    """A port that accepts connections but never speaks: the connect timeout ends it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    try:
        started = time.monotonic()
        result = run(
            "--database-url", f"postgresql://u:hunter2@127.0.0.1:{port}/db", "report", "kursk"
        )
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()
    assert result.exit_code == 1
    assert elapsed < 15
    assert result.stderr.startswith("Error: cannot connect to postgresql+psycopg://u:***@127.0.0.1")
    assert len(result.stderr.splitlines()) == 1
    assert "hunter2" not in result.stderr


def test_passwords_never_reach_the_server_log(read_only_db: str, pg_server: ServerInfo) -> None:
    if pg_server.home is None:
        pytest.skip("the server's log is only readable for the embedded server")
    dbname = read_only_db.split("/")[3].split("?", maxsplit=1)[0]
    sql(read_only_db, f"ALTER DATABASE \"{dbname}\" SET log_statement = 'all'")
    log = pg_server.home / "log" / "postgresql.log"
    start = log.stat().st_size
    secret = "Sup3r-Secret-Passw0rd"
    result = run("--database-url", read_only_db, "reader", "create", "logged_reader", input=secret)
    try:
        assert result.exit_code == 0, result.stderr
        written = log.read_bytes()[start:].decode("utf-8", "replace")
        # coopdb's statements are logged until it turns logging off for the transaction that
        # carries the verifier (which allows an offline guess of the password): no CREATE ROLE.
        assert "pg_settings" in written
        assert "CREATE ROLE" not in written and "SCRAM-SHA-256$" not in written
        assert secret not in written
        assert secret not in result.stdout + result.stderr
    finally:
        run("--database-url", read_only_db, "reader", "drop", "logged_reader")
