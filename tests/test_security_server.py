"""Reads are one snapshot, and the embedded server's lifecycle survives a hostile environment.

Everything runs against real PostgreSQL servers: the session's test server for the snapshot
tests, and embedded servers of their own (in fresh homes, always stopped afterwards) for the
lifecycle tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from click.testing import Result

from conftest import REPOSITORY, MakeServer, fingerprint, run
from coopdb import reports
from coopdb.curation import validate_folder
from coopdb.db import Target, make_engine
from coopdb.load import load_corpus
from coopdb.resources import seeds_dir
from coopdb.server import DATABASE, EmbeddedServer, ServerError, ServerStatus, _read_pidfile

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
    read_only_db: str, probes: list[tuple[Any, ...]], args: list[str], tmp_path: Path
) -> None:
    args = [a.replace("{tmp}", str(tmp_path / "out")) for a in args]
    result = run("--database-url", read_only_db, *args)
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


@pytest.mark.slow
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


def test_region_report_refuses_to_run_outside_a_snapshot(read_only_db: str) -> None:
    with psycopg.connect(read_only_db.replace("+psycopg", "")) as conn:
        region = reports.find_region(conn, "kursk")
        with pytest.raises(RuntimeError, match="snapshot"):
            reports.region_report(conn, region)
    with psycopg.connect(read_only_db.replace("+psycopg", "")) as conn, reports.snapshot(conn):
        report = reports.region_report(conn, reports.find_region(conn, "kursk"))
        assert report.sources


# --------------------------------------------------------------------------- §5 lifecycle


def _socket_conn(st: ServerStatus, dbname: str = DATABASE) -> psycopg.Connection[Any]:
    assert st.socket_dir is not None and st.port is not None
    return psycopg.connect(
        host=str(st.socket_dir), port=st.port, user="postgres", dbname=dbname, autocommit=True
    )


def _answers(st: ServerStatus) -> bool:
    with _socket_conn(st, "postgres") as conn:
        return conn.execute("SELECT 1").fetchone() == (1,)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _kill_and_wait(srv: EmbeddedServer) -> None:
    """SIGKILL the postmaster, as a crash or the OOM killer would."""
    pid = srv.status().pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while srv.status().running:
        assert time.monotonic() < deadline, "killed server still reported running"
        time.sleep(0.02)


def _cli(home: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> Result:
    monkeypatch.setenv("COOPDB_HOME", str(home))
    return run(*args)


def _one_line_error(result: Result) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("forged", ["pid only", "whole file copied"])
def test_a_pidfile_naming_another_clusters_postmaster_is_stale(
    make_server: MakeServer, monkeypatch: pytest.MonkeyPatch, forged: str
) -> None:
    """The pid in postmaster.pid is a live postmaster, but of another cluster (after a
    reboot, pids are reused): not ours to report, to connect to, or to stop."""
    first, other = make_server(), make_server()
    first.start()
    first.stop()
    other.start()
    theirs = other.status()
    assert theirs.pid is not None and theirs.socket_dir is not None
    pidfile = first.pgdata / "postmaster.pid"
    if forged == "pid only":
        pidfile.write_text(
            f"{theirs.pid}\n{first.pgdata}\n{int(time.time())}\n5432\n{first.pgdata}\n\n"
            "  5432001         0\nready   \n"
        )
    else:
        shutil.copy(other.pgdata / "postmaster.pid", pidfile)
    their_lock = theirs.socket_dir / f".s.PGSQL.{theirs.port}.lock"
    assert their_lock.exists()

    st = first.status()
    assert not st.running and st.pid is None and st.stale_pid == theirs.pid
    status = _cli(first.home, "server", "status", monkeypatch=monkeypatch)
    assert status.exit_code == 3 and "stopped" in status.stdout
    assert f"names {theirs.pid}, which does not serve" in status.stdout
    stop = _cli(first.home, "server", "stop", monkeypatch=monkeypatch)
    assert stop.exit_code == 0 and "not running" in stop.stdout
    assert other.status() == theirs and _answers(theirs)

    # a command starts this home's own server instead of failing to connect
    url = first.ensure_running()
    mine = first.status()
    assert mine.running and mine.pid != theirs.pid and url == first.url()
    with _socket_conn(mine, "postgres") as conn:
        row = conn.execute("SHOW data_directory").fetchone()
        assert row is not None and Path(row[0]) == first.pgdata
    assert first.stop() is True
    assert other.status() == theirs and _answers(theirs) and their_lock.exists()


@pytest.mark.slow
def test_without_proc_the_socket_proves_whom_a_pid_serves(make_server: MakeServer) -> None:
    """Where /proc cannot tell (other OSes, no ptrace rights), the server on the socket named
    in postmaster.pid is asked for its data directory."""
    first, other = make_server(), make_server()
    first.start()
    other.start()
    mine = _read_pidfile(first.pgdata)
    theirs = _read_pidfile(other.pgdata)
    assert mine is not None and theirs is not None
    assert first._answers_for_here(mine)
    assert not first._answers_for_here(theirs)
    first.stop()
    assert not first._answers_for_here(mine)  # nobody answers on the socket any more


@pytest.mark.slow
def test_a_restart_after_a_crash_keeps_the_tcp_port(
    make_server: MakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = make_server()
    port = _free_port()
    started = _cli(srv.home, "server", "start", "--port", str(port), monkeypatch=monkeypatch)
    assert started.exit_code == 0, started.stderr
    with _socket_conn(srv.status()) as conn:
        conn.execute("CREATE ROLE bi LOGIN PASSWORD 'bi-secret'")

    _kill_and_wait(srv)
    assert _cli(srv.home, "regions", monkeypatch=monkeypatch).exit_code == 0  # restarts it
    st = srv.status()
    assert st.running and st.tcp_port == port
    with _socket_conn(st) as conn:
        conn.execute(f"GRANT CONNECT ON DATABASE {DATABASE} TO bi")
    with psycopg.connect(
        host="127.0.0.1", port=port, user="bi", password="bi-secret", dbname=DATABASE
    ) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("bi",)
    status = _cli(srv.home, "server", "status", monkeypatch=monkeypatch)
    assert f"127.0.0.1:{port}" in status.stdout

    # a stopped server shows where it will listen, and `server start` listens there again
    srv.stop()
    status = _cli(srv.home, "server", "status", monkeypatch=monkeypatch)
    assert status.exit_code == 3 and f"127.0.0.1:{port} once started" in status.stdout
    assert srv.start() == "started" and srv.status().tcp_port == port

    # --socket-only is remembered too
    assert srv.start(socket_only=True) == "restarted" and srv.status().tcp_port is None
    _kill_and_wait(srv)
    srv.ensure_running()
    assert srv.status().running and srv.status().tcp_port is None
    assert srv.saved_port() is None

    both = _cli(
        srv.home, "server", "start", "--port", "5", "--socket-only", monkeypatch=monkeypatch
    )
    assert both.exit_code == 2 and "exclude each other" in both.stderr


def test_a_saved_port_that_is_taken_is_named(make_server: MakeServer) -> None:
    srv = make_server()
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        (srv.home / "server.json").write_text(json.dumps({"tcp_port": port}))
        with pytest.raises(ServerError) as info:
            srv.ensure_running()
    message = str(info.value)
    assert "\n" not in message and f"--port {port}" in message and "--socket-only" in message
    (srv.home / "server.json").write_text("{not json")
    with pytest.raises(ServerError, match=r"server\.json is not valid"):
        srv.start()


HOSTILE_NAME = "x$(touch {m}1) `touch {m}2` \"q\" 'a' b\\c;d,e&f|g *h? #i %j ~k"


@pytest.mark.slow  # two initdbs and a bootstrap (migrate, load)
def test_hostile_home_paths_run_nothing(
    make_server: MakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pg_ctl ran the server through /bin/sh with the data directory in double quotes: a home
    named x$(cmd) ran cmd as the server's OS user. Now every tool gets an argument vector."""
    base = make_server(fresh=True).home  # removed, with the homes inside, once they are stopped
    marker = base / "pwned"
    short = base / f"x$(touch {marker}0)"  # socket in the data directory
    long = base / HOSTILE_NAME.format(m=marker)  # socket in a private runtime dir
    servers = [make_server(short, fresh=True), make_server(long, fresh=True)]
    for srv in servers:
        result = _cli(srv.home, "server", "start", monkeypatch=monkeypatch)
        assert result.exit_code == 0, result.stderr
        st = srv.status()
        assert st.running and st.socket_dir is not None and _answers(st)
        assert stat.S_IMODE(os.stat(st.socket_dir).st_mode) == 0o700
    assert servers[0].status().socket_dir == servers[0].pgdata
    assert servers[1].status().socket_dir != servers[1].pgdata  # comma, length
    report = _cli(long, "report", "kursk", monkeypatch=monkeypatch)  # migrate, load, read
    assert report.exit_code == 0, report.stderr
    assert "Kursk Oblast" in report.stdout
    for srv in servers:
        assert _cli(srv.home, "server", "stop", monkeypatch=monkeypatch).exit_code == 0
    assert not list(base.glob("pwned*"))


_RECORDINGS: list[list[tuple[str, list[str]]]] = []
"""While one is open: every subprocess.Popen and os.system of this process (audit hook)."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _RECORDINGS:
        return
    if event == "subprocess.Popen":
        _RECORDINGS[-1].append((str(args[0]), [str(a) for a in args[1]]))
    elif event == "os.system":
        _RECORDINGS[-1].append(("os.system", [str(args[0])]))


sys.addaudithook(_audit)


def test_no_tool_runs_through_a_shell(make_server: MakeServer) -> None:
    """initdb, start, restart with a port and stop: only initdb and postgres are run, each by
    path with an argument vector (never /bin/sh, never pg_ctl, which would use one)."""
    outer = make_server(fresh=True).home  # removed, with the home inside, once it is stopped
    srv = make_server(outer / "a'b\"c$d`e", fresh=True)
    launched: list[tuple[str, list[str]]] = []
    _RECORDINGS.append(launched)
    try:
        srv.start()
        srv.start(_free_port())
        srv.stop()
    finally:
        _RECORDINGS.remove(launched)
    tools = [Path(executable).name for executable, _ in launched]
    # (useradd runs once, as root, on a machine that has no pgserver user yet)
    assert [t for t in tools if t != "useradd"] == ["initdb", "postgres", "postgres"], launched
    for executable, argv in launched:
        if executable == "useradd":
            continue
        assert argv[0] == executable and Path(executable).is_absolute()
        assert str(srv.pgdata) in argv  # the path is one argument, not part of a command line


@pytest.mark.parametrize("char", ["\n", "\t", "\x1b"])
def test_a_home_with_control_characters_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, char: str
) -> None:
    home = tmp_path / f"a{char}b"
    try:
        for args in (("server", "start"), ("report", "kursk")):
            message = _one_line_error(_cli(home, *args, monkeypatch=monkeypatch))
            assert "control character" in message and "COOPDB_HOME" in message
        assert not home.exists()
    finally:
        with contextlib.suppress(ServerError):
            EmbeddedServer(home).stop()


def test_only_the_server_user_reaches_the_socket_and_tcp_needs_scram(
    make_server: MakeServer,
) -> None:
    srv = make_server()
    port = _free_port()
    srv.start(port)
    st = srv.status()
    owner = pwd.getpwnam("pgserver").pw_uid if os.geteuid() == 0 else os.geteuid()
    for path in (srv.pgdata, srv.log_dir):
        info = os.stat(path)
        assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == owner
    assert stat.S_IMODE(os.stat(srv.log_file).st_mode) == 0o600
    with _socket_conn(st) as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses',"
                " 'unix_socket_permissions', 'password_encryption', 'hba_file')"
            ).fetchall()
        )
        rules = conn.execute(
            "SELECT type, address, auth_method FROM pg_hba_file_rules ORDER BY rule_number"
        ).fetchall()
        # ALTER SYSTEM (a superuser's, or a compromised one's) cannot widen who may connect
        conn.execute("ALTER SYSTEM SET listen_addresses = '*'")
        conn.execute("ALTER SYSTEM SET hba_file = '/nonexistent/pg_hba.conf'")
    assert settings == {
        "listen_addresses": "127.0.0.1",
        "unix_socket_permissions": "0700",
        "password_encryption": "scram-sha-256",
        "hba_file": str(srv.pgdata / "pg_hba.conf"),
    }
    assert rules == [
        ("local", None, "trust"),
        ("host", "127.0.0.1", "scram-sha-256"),
        ("host", "::1", "scram-sha-256"),
    ]
    srv.stop()
    srv.start()
    with _socket_conn(srv.status()) as conn:
        row = conn.execute("SHOW listen_addresses").fetchone()
        assert row == ("127.0.0.1",)
        assert conn.execute("SHOW hba_file").fetchone() == (str(srv.pgdata / "pg_hba.conf"),)


def test_the_notification_queue_a_reader_could_fill_is_small(make_server: MakeServer) -> None:
    """NOTIFY needs no privilege, so the queue a reader's listening session can grow is capped
    on the command line (8 MB instead of PostgreSQL's 8 GB), where ALTER SYSTEM cannot lift it."""
    srv = make_server()
    srv.start()
    with _socket_conn(srv.status()) as conn:
        row = conn.execute("SHOW server_version_num").fetchone()
        assert row is not None
        if int(str(row[0])) // 10000 < 17:
            pytest.skip("max_notify_queue_pages exists from PostgreSQL 17")
        conn.execute("ALTER SYSTEM SET max_notify_queue_pages = 1048576")
    srv.stop()
    srv.start()
    with _socket_conn(srv.status()) as conn:
        assert conn.execute("SHOW max_notify_queue_pages").fetchone() == ("1024",)


# --------------------------------------------------------------------------- §5 disk full


@pytest.fixture
def small_disk() -> Iterator[Callable[..., Path]]:
    """Mount small tmpfs file systems (root only); servers living there are stopped and the
    mounts removed afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounts: list[Path] = []

    def mount(size_mb: int, **options: int) -> Path:
        point = Path(tempfile.mkdtemp(prefix="pcd", dir="/tmp"))
        extra = "".join(f",{k}={v}" for k, v in options.items())
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0755{extra}", "tmpfs", point],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            point.rmdir()
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
        mounts.append(point)
        return point

    yield mount
    for point in mounts:
        with contextlib.suppress(ServerError):
            EmbeddedServer(point / "home").stop()
    for point in reversed(mounts):
        subprocess.run(["umount", point], check=False)
        shutil.rmtree(point, ignore_errors=True)


def _make_corpus(folder: Path, articles: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPOSITORY / "bench" / "make_corpus.py"),
            "--articles",
            str(articles),
            "--seed",
            "7",
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


def _assert_disk_full_message(result: Result, srv: EmbeddedServer) -> None:
    message = _one_line_error(result)
    assert "disk" in message and "full" in message, message
    assert "No space left on device" in message or "kB left" in message, message
    assert str(srv.log_file) in message
    assert "nothing was changed" in message


def _fill(disk: Path, leave_mb: int) -> Path:
    """A ballast file that leaves only ``leave_mb`` MB free on ``disk``."""
    ballast = disk / "ballast"
    with ballast.open("wb") as fh:
        os.posix_fallocate(fh.fileno(), 0, shutil.disk_usage(disk).free - leave_mb * 2**20)
    return ballast


def test_a_full_temporary_folder_is_named_in_one_line_and_a_load_changes_nothing(
    small_disk: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    loaded_db: str,
    seeds_copy: Path,
) -> None:
    """A load spools the checked articles to the temporary folder: a full one is one line
    naming it, not a traceback, and the load writes nothing. A check only counts, so it needs
    no room there at all."""
    disk = small_disk(1)
    _fill(disk, 0)
    monkeypatch.setattr(tempfile, "tempdir", str(disk))  # what TMPDIR sets
    before = fingerprint(loaded_db)
    loading = run("--database-url", loaded_db, "load", "--full", str(seeds_copy))
    message = _one_line_error(loading)
    assert f"temporary folder {disk}: No space left on device" in message, message
    assert "TMPDIR" in message
    assert fingerprint(loaded_db) == before
    checked = run("check", str(seeds_copy))
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.startswith("ok: 5 articles, 141 facts,"), checked.stdout


@pytest.mark.slow
@pytest.mark.parametrize("full", ["data", "wal"])
def test_a_full_disk_during_a_load_is_named_and_changes_nothing(
    small_disk: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    full: str,
) -> None:
    """'data': relation files cannot grow (ERROR 53100); 'wal': the WAL cannot grow, the
    server PANICs and the load only sees its connection drop. Freeing the space brings the
    database back exactly as it was."""
    disk = small_disk(160)
    srv = EmbeddedServer(disk / "home")
    corpus = _make_corpus(tmp_path / "corpus", 800 if full == "data" else 1200)
    assert _cli(srv.home, "regions", monkeypatch=monkeypatch).exit_code == 0
    before = fingerprint(srv.url())
    if full == "data":
        ballast = _fill(disk, 6)
    else:  # pg_wal on a disk of its own, with 1 MB left: the load needs new WAL segments
        srv.stop()
        user = pwd.getpwnam("pgserver") if os.geteuid() == 0 else None
        wal_disk = small_disk(128, **({"uid": user.pw_uid, "gid": user.pw_gid} if user else {}))
        pg_wal = srv.pgdata / "pg_wal"
        shutil.copytree(pg_wal, wal_disk / "pg_wal")
        shutil.rmtree(pg_wal)
        pg_wal.symlink_to(wal_disk / "pg_wal")
        if user is not None:  # copies belong to us, not to the server user
            for path in (wal_disk / "pg_wal", *(wal_disk / "pg_wal").rglob("*")):
                os.chown(path, user.pw_uid, user.pw_gid)
        srv.start()
        ballast = _fill(wal_disk, 1)

    result = _cli(srv.home, "load", str(corpus), monkeypatch=monkeypatch)
    _assert_disk_full_message(result, srv)
    if full == "wal":  # all the load saw was its connection dropping: the log told why
        assert "the database server stopped: its disk is full (PANIC: " in result.stderr

    ballast.unlink()
    assert _fingerprint_once_recovered(srv) == before


def _fingerprint_once_recovered(srv: EmbeddedServer) -> dict[str, str]:
    """The data, once the server (started again if it gave up) has finished crash recovery
    ('the database system is in recovery mode' until then)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return fingerprint(srv.ensure_running())
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
