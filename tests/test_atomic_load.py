"""A load killed with SIGKILL at any moment leaves exactly the state before or the state after.

A generated corpus (bench/make_corpus.py) replaces another one, so the load rewrites most
rows. Each trial clones a database holding the first corpus, starts ``coopdb load`` on the
second, kills it after a delay, and compares a content fingerprint of every table with the
two possible states. Delays are spread evenly over the whole run of an unkilled load.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from conftest import REPOSITORY, ServerInfo, fingerprint, migrate_and_load

TRIALS = int(os.environ.get("COOPDB_KILL_TRIALS", "30"))
ARTICLES = int(os.environ.get("COOPDB_KILL_ARTICLES", "150"))


def make_corpus(folder: Path, seed: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPOSITORY / "bench" / "make_corpus.py"),
            "--articles",
            str(ARTICLES),
            "--seed",
            str(seed),
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("corpora")
    return make_corpus(base / "before", 1), make_corpus(base / "after", 2)


@pytest.fixture(scope="module")
def before_template(pg_server: ServerInfo, corpora: tuple[Path, Path]) -> Iterator[str]:
    """A database holding the first corpus, cloned for every trial."""
    from coopdb import migrate
    from coopdb.db import Target, make_engine
    from coopdb.load import load_folder

    name = f"coopdb_kill_tpl_{os.getpid()}"
    with pg_server.janitor(name):
        url = pg_server.url(name)
        migrate_and_load(url, load=False)
        engine = make_engine(Target(url, embedded=False))
        try:
            migrate.upgrade(engine, "head")
            with engine.begin() as connection:
                load_folder(connection, corpora[0])
        finally:
            engine.dispose()
        yield name


def _load(url: str, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COOPDB_DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "coopdb", "load", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for_load_transaction(url: str, proc: subprocess.Popen[bytes]) -> float:
    """Block until the load holds its lock (its transaction has begun); return the time."""
    dbname = url.split("/")[3].split("?", maxsplit=1)[0]
    query = (
        "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
        " WHERE l.relation = to_regclass('core.load_lock') AND l.mode = 'ExclusiveLock'"
        " AND l.granted AND d.datname = %s"
    )
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        while proc.poll() is None:
            row = conn.execute(query, (dbname,)).fetchone()
            if row and row[0]:
                break
            time.sleep(0.002)
    return time.monotonic()


@pytest.mark.slow
def test_sigkill_never_leaves_a_partial_load(
    pg_server: ServerInfo, before_template: str, corpora: tuple[Path, Path]
) -> None:
    # One unkilled run gives the state after, and how long a load and its transaction take.
    with pg_server.janitor(f"coopdb_kill_ref_{os.getpid()}", template=before_template) as ref:
        url = pg_server.url(ref.dbname)
        before = fingerprint(url)
        started = time.monotonic()
        proc = _load(url, corpora[1])
        began = _wait_for_load_transaction(url, proc)
        assert proc.wait() == 0, proc.stderr.read() if proc.stderr else ""
        ended = time.monotonic()
        after = fingerprint(url)
    assert before != after
    whole, transaction = ended - started, ended - began

    def kill_trial(name: str, fraction: float, in_transaction: bool) -> str:
        """One load killed ``fraction`` of the reference run's time (of its transaction's,
        counted from when it begins, if ``in_transaction``) after it started: its outcome."""
        with pg_server.janitor(name, template=before_template):
            url = pg_server.url(name)
            proc = _load(url, corpora[1])
            if in_transaction:
                _wait_for_load_transaction(url, proc)
                time.sleep(fraction * transaction)
            else:
                time.sleep(fraction * whole)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            state = fingerprint(url)
            assert state in (before, after), f"{name}: neither before nor after"
            return "before" if state == before else "after"

    outcomes: Counter[str] = Counter()
    for trial in range(TRIALS):
        # Even trials: spread over the whole process (start-up, validation, writing);
        # odd trials: spread over the transaction alone, where a partial write could happen.
        # Up to 1.4 times the reference run, so that some trials still end "after" when the
        # trials run slower than the reference run did (a busy machine).
        fraction = 1.4 * (trial // 2 + 0.5) / ((TRIALS + 1) // 2)
        name = f"coopdb_kill_{os.getpid()}_{trial}"
        outcomes[kill_trial(name, fraction, in_transaction=bool(trial % 2))] += 1
    # On a machine that slowed down after the reference run, every kill may land before the
    # commit: later kills, still real trials, until one lands after it (or three have not).
    for extra in range(1, 4):
        if outcomes["after"]:
            break
        name = f"coopdb_kill_{os.getpid()}_late_{extra}"
        outcomes[kill_trial(name, 1.4 + extra, in_transaction=True)] += 1
    print(
        f"\n{TRIALS} kill trials; load {whole:.2f} s, of which transaction {transaction:.2f} s:"
        f" {dict(outcomes)}"
    )
    assert outcomes["before"] and outcomes["after"]
