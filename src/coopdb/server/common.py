"""Names and types every part of the embedded server shares: the database, the
superuser, time limits, the error and the status it reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from coopdb.errors import CoopdbError

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


def oneline(text: str) -> str:
    """Collapse whitespace so a ServerError message is always a single line."""
    return " ".join(text.split())


def not_writable(path: Path, exc: OSError) -> ServerError:
    """The ServerError for a home/data directory we cannot create or write."""
    reason = exc.strerror or type(exc).__name__
    return ServerError(
        f"coopdb data directory {path} is not writable ({reason}); "
        "fix its permissions or set COOPDB_HOME to a writable directory"
    )
