"""postmaster.pid: reading it, and proving the pid it names is a postgres serving this data
directory (a stale file may name a dead pid, a recycled one, or another cluster's postmaster)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdb.server.common import SUPERUSER

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class PidFile:
    """What we use of ``postmaster.pid`` (pid, datadir, start time, port, socket dir,
    listen address, shmem key, status)."""

    pid: int
    port: int | None
    socket_dir: Path | None
    listen: str
    status: str


def read_pidfile(pgdata: Path) -> PidFile | None:
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
    return PidFile(
        pid=pid,
        port=int(port_s) if port_s.isdigit() else None,
        socket_dir=Path(sock) if sock else None,
        listen=lines[5].strip(),
        status=lines[7].strip(),
    )


def is_live_postgres(pid: int) -> bool:
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


def cwd_is(pid: int, directory: Path) -> bool | None:
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


def serves_here(pgdata: Path, info: PidFile) -> bool:
    """True only when ``info.pid`` is proven to be a postgres serving this data directory.

    A live pid is not enough: after a reboot, or when a postmaster.pid is copied, it may
    be an unrelated program or another cluster's postmaster.  The process's working
    directory settles it on Linux; elsewhere (or when we may not look) we ask the server
    on the socket postmaster.pid names which data directory it serves.
    """
    if not is_live_postgres(info.pid):
        return False
    known = cwd_is(info.pid, pgdata)
    return known if known is not None else answers_for_here(pgdata, info)


def connect_superuser(
    socket_dir: Path, port: int, *, timeout: int, autocommit: bool = False
) -> psycopg.Connection[tuple[Any, ...]]:
    """A connection to the maintenance database as the superuser, over the server's socket
    (the superuser has no password, so the socket is its only way in)."""
    import psycopg

    return psycopg.connect(
        host=str(socket_dir),
        port=port,
        user=SUPERUSER,
        dbname="postgres",
        autocommit=autocommit,
        connect_timeout=timeout,
    )


def answers_for_here(pgdata: Path, info: PidFile) -> bool:
    """Whether the server on the socket in postmaster.pid serves this data directory."""
    if info.socket_dir is None or info.port is None:
        return False
    import psycopg

    try:
        with connect_superuser(info.socket_dir, info.port, timeout=5) as conn:
            row = conn.execute("SHOW data_directory").fetchone()
    except psycopg.Error:
        return False
    try:
        return row is not None and os.path.samefile(str(row[0]), pgdata)
    except OSError:
        return False


def clear_stale_locks(pgdata: Path, socket_dir: Path) -> None:
    """Remove postmaster.pid and socket lock files left by a server that is gone.

    postgres treats them as stale only when kill(pid, 0) fails, which never happens while
    the dead postmaster is an unreaped zombie, or when the pid has been reused (another
    cluster's postmaster, after a reboot); start-up then fails with 'lock file ... already
    exists'.  We hold our lock, and no postmaster is proven to serve this data directory,
    so every lock file of ours is stale: our socket directories are private to this home.
    """
    info = read_pidfile(pgdata)
    if info is not None and serves_here(pgdata, info):
        return
    dirs = {socket_dir}
    if info is not None:
        if info.socket_dir is not None and info.socket_dir in (pgdata, socket_dir):
            dirs.add(info.socket_dir)
        (pgdata / "postmaster.pid").unlink(missing_ok=True)
    for d in dirs:
        try:
            locks = list(d.glob(".s.PGSQL.*.lock"))
        except OSError:
            continue
        for lock in locks:
            lock.unlink(missing_ok=True)
            lock.with_suffix("").unlink(missing_ok=True)
