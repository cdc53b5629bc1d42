"""``EmbeddedServer``: one PostgreSQL cluster in ``<home>/pgdata``, started on demand (initdb
first), left running, stopped only when proven ours."""

from __future__ import annotations

import fcntl
import os
import pwd
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote  # free: pathlib already imports urllib.parse

from coopdb.server import diagnosis, paths, pidfile, settings, tools
from coopdb.server.common import (
    DATABASE,
    NO_SPACE,
    NOTIFY_QUEUE_PAGES,
    NOTIFY_QUEUE_SETTING_SINCE,
    SUPERUSER,
    TIMEOUT_S,
    ServerError,
    ServerStatus,
    StartOutcome,
    not_writable,
    oneline,
)

if TYPE_CHECKING:
    import subprocess


_PG_HBA = (
    "# Written by coopdb; rewritten on every start.\n"
    "# The socket is protected by directory permissions, so trust is safe there;\n"
    "# TCP always needs a password (the postgres superuser has none, so it cannot use TCP).\n"
    "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
    "local   all       all                 trust\n"
    "host    all       all   127.0.0.1/32  scram-sha-256\n"
    "host    all       all   ::1/128       scram-sha-256\n"
)


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
        info = pidfile.read_pidfile(self.pgdata)
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
        info = pidfile.read_pidfile(self.pgdata)
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
        return settings.saved_port(self.home)

    def _save_port(self, port: int | None) -> None:
        """Remember the listening configuration in the home."""
        settings.save_port(self.home, port)

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

    def has_cluster(self) -> bool:
        """Whether initdb has made the data directory (a first start runs it otherwise)."""
        return self._pg_version() is not None

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
                settings.check_port_free(wanted, saved=not explicit)
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
        paths.check_home_path(self.home)
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

    _not_writable = staticmethod(not_writable)

    def _settled_status(self) -> ServerStatus:
        """Status once any start-up or shutdown in progress has finished (holding the lock)."""
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            info = pidfile.read_pidfile(self.pgdata)
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
        return tools.os_user()

    def _bin_path(self) -> tuple[int, Path]:
        """(major, bin dir) matching the data directory's version (new clusters: the default)."""
        utils = tools.pgserver_utils()
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
            return tools.run_pg_tool(bin_path, tool, args, user)
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
        tools.make_traversable(self.pgdata.parent)
        for d in (self.pgdata, self.log_dir):
            st = d.stat()
            if st.st_uid != user.pw_uid:
                tools.chown_tree(d, user)
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
            ensure_folder_permissions = tools.pgserver_utils().ensure_folder_permissions
            tools.make_traversable(install)
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
        args.append(f"--locale={tools.os_locale()}")
        if major >= 17:
            # builtin provider: Unicode-aware lower()/regex (Cyrillic!) on every platform
            args += ["--locale-provider=builtin", "--builtin-locale=C.UTF-8"]
        args += ["-U", SUPERUSER, "-D", str(self.pgdata)]
        code, out = self._run(bin_path, "initdb", args, user)
        if code != 0:
            raise ServerError(
                f"initdb failed for {self.pgdata}: {oneline(diagnosis.last_line(out))}"
            )

    def _socket_dir(self, user: pwd.struct_passwd | None) -> Path:
        """Directory for the Unix socket (see ``paths.socket_dir``)."""
        return paths.socket_dir(self.pgdata, user)

    def _serves_here(self, info: pidfile.PidFile) -> bool:
        """True only when ``info.pid`` is proven to be a postgres serving this data directory."""
        return pidfile.serves_here(self.pgdata, info)

    def _answers_for_here(self, info: pidfile.PidFile) -> bool:
        """Whether the server on the socket in postmaster.pid serves this data directory."""
        return pidfile.answers_for_here(self.pgdata, info)

    def _clear_stale_locks(self, socket_dir: Path) -> None:
        """Remove lock files left by a server that is gone (see ``pidfile.clear_stale_locks``)."""
        pidfile.clear_stale_locks(self.pgdata, socket_dir)

    def _server_argv(
        self, bin_path: Path, socket_dir: Path, port: int | None, major: int = 0
    ) -> list[str]:
        """The postmaster's command line; everything that decides who can reach the server is
        set here, where ALTER SYSTEM (postgresql.auto.conf) cannot override it."""
        options = {
            "listen_addresses": "127.0.0.1" if port is not None else "",  # '' = no TCP
            "unix_socket_directories": tools.list_element(str(socket_dir)),
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
            tools.reap()
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
            detail = (
                diagnosis.last_line(log)
                if log.strip()
                else f"postgres exited with code {exit_code}"
            )
            if NO_SPACE in detail:
                raise ServerError(
                    f"PostgreSQL cannot start: the disk holding {self.pgdata} is full"
                    f" ({oneline(detail)}); free some space and try again (log: {self.log_file})"
                )
            raise ServerError(
                f"PostgreSQL failed to start: {oneline(detail)} (log: {self.log_file})"
            )

    def _spawn(self, argv: list[str], user: pwd.struct_passwd | None) -> subprocess.Popen[bytes]:
        """Start ``postgres`` detached, its output appended to this server's log."""
        return tools.spawn(argv, user, self.log_file)

    def _wait_ready(self, proc: subprocess.Popen[bytes]) -> int | Literal["timeout"] | None:
        """None once postmaster.pid shows ``proc`` ready; its exit code if it exited first."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            code = proc.poll()
            if code is not None:
                return code
            info = pidfile.read_pidfile(self.pgdata)
            if info is not None and info.pid == proc.pid and info.status == "ready":
                return None
            time.sleep(0.02)
        return "timeout"

    def log_size(self) -> int:
        """Current size of the server log (0 if none): a mark for ``disk_full_cause``."""
        return diagnosis.log_size(self.log_file)

    def disk_full_cause(self, since: int) -> str | None:
        """Why the server dropped connections since log offset ``since``, if a full disk."""
        return diagnosis.disk_full_cause(self.log_file, self.pgdata, since)

    def _read_log(self, offset: int) -> str:
        """Server log written since ``offset`` (the start attempt)."""
        return diagnosis.read_log(self.log_file, offset)

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
            tools.reap()
            if not pidfile.is_live_postgres(pid) or pidfile.cwd_is(pid, self.pgdata) is False:
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
            with pidfile.connect_superuser(
                st.socket_dir, st.port, timeout=TIMEOUT_S, autocommit=True
            ) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)
                ).fetchone()
                if exists is None:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
        except psycopg.Error as exc:
            raise ServerError(
                f"PostgreSQL started but creating database {DATABASE!r} failed: "
                f"{oneline(str(exc))} (log: {self.log_file})"
            ) from exc
