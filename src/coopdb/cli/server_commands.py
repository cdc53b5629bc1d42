"""``coopdb server start|stop|status``: manage the embedded PostgreSQL server by hand.

Other commands start the server on demand (``EmbeddedServer.ensure_running``); these exist to
open a TCP port for outside tools, to stop the server, and to see where it lives.
"""

from __future__ import annotations

import click

from coopdb.cli.context import CoopdbGroup
from coopdb.errors import EXIT_STOPPED
from coopdb.server import EmbeddedServer, ServerStatus, default_home


def _server() -> EmbeddedServer:
    """The server for the current home (``$COOPDB_HOME`` or the per-user data dir)."""
    return EmbeddedServer(default_home())


def _describe(st: ServerStatus, saved_port: int | None) -> list[str]:
    """Human-readable lines for a status."""
    pid = str(st.pid) if st.pid is not None else "-"
    if st.stale_pid is not None:
        pid += f" (postmaster.pid names {st.stale_pid}, which does not serve this data dir)"
    lines = [
        f"state:      {'running' if st.running else 'stopped'}",
        f"pid:        {pid}",
        f"data dir:   {st.pgdata}",
    ]
    if st.running:
        lines.append(f"socket dir: {st.socket_dir}")
        lines.append(
            f"tcp:        127.0.0.1:{st.tcp_port} (password required)"
            if st.tcp_port is not None
            else "tcp:        off (socket only)"
        )
    elif saved_port is not None:
        lines.append(f"tcp:        127.0.0.1:{saved_port} once started (chosen with --port)")
    lines.append(f"postgresql: {st.postgres_version or 'not initialised'}")
    return lines


@click.group(cls=CoopdbGroup)
def server() -> None:
    """Manage coopdb's embedded PostgreSQL server."""


@server.command()
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Also listen on 127.0.0.1:PORT (password authentication only); kept for later"
    " starts, including the automatic restart of a server that died.",
)
@click.option(
    "--socket-only",
    is_flag=True,
    help="Stop listening on TCP (forget the --port chosen before).",
)
def start(port: int | None, socket_only: bool) -> None:
    """Start the server (creating the database cluster on first use).

    Without --port or --socket-only, the server listens as it was last told to.

    Example:

        coopdb server start --port 5433
    """
    if port is not None and socket_only:
        raise click.UsageError("--port and --socket-only exclude each other")
    srv = _server()
    outcome = srv.start(port, socket_only=socket_only)
    url = srv.url()
    st = srv.status()
    click.echo(f"PostgreSQL {outcome} (pid {st.pid})")
    for line in _describe(st, None)[2:]:
        click.echo(line)
    click.echo(f"url:        {url}")


@server.command()
def stop() -> None:
    """Stop the server (fast shutdown: open sessions are disconnected).

    Example:

        coopdb server stop
    """
    stopped = _server().stop()
    click.echo("PostgreSQL stopped" if stopped else "PostgreSQL was not running")


@server.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Show whether the server runs and where; exit code 3 when stopped.

    Example:

        coopdb server status
    """
    srv = _server()
    st = srv.status()
    saved_port = srv.saved_port()
    for line in _describe(st, saved_port):
        click.echo(line)
    if not st.running:
        ctx.exit(EXIT_STOPPED)
