"""``coopdb server start|stop|status``: manage the embedded PostgreSQL server by hand.

Other commands start the server on demand (``EmbeddedServer.ensure_running``); these exist to
open a TCP port for outside tools, to stop the server, and to see where it lives.
"""

from __future__ import annotations

import click

from coopdb.server import EmbeddedServer, ServerError, ServerStatus, default_home

EXIT_STOPPED = 3
"""``server status`` exit code when stopped (as in ``pg_ctl status`` / LSB init scripts)."""


def _server() -> EmbeddedServer:
    """The server for the current home (``$COOPDB_HOME`` or the per-user data dir)."""
    return EmbeddedServer(default_home())


def _describe(st: ServerStatus) -> list[str]:
    """Human-readable lines for a status."""
    lines = [
        f"state:      {'running' if st.running else 'stopped'}",
        f"pid:        {st.pid if st.pid is not None else '-'}",
        f"data dir:   {st.pgdata}",
    ]
    if st.running:
        lines.append(f"socket dir: {st.socket_dir}")
        lines.append(
            f"tcp:        127.0.0.1:{st.tcp_port} (password required)"
            if st.tcp_port is not None
            else "tcp:        off (socket only)"
        )
    lines.append(f"postgresql: {st.postgres_version or 'not initialised'}")
    return lines


@click.group()
def server() -> None:
    """Manage coopdb's embedded PostgreSQL server."""


@server.command()
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Also listen on 127.0.0.1:PORT (password authentication only).",
)
def start(port: int | None) -> None:
    """Start the server (creating the database cluster on first use)."""
    srv = _server()
    try:
        outcome = srv.start(port)
        url = srv.url()
    except ServerError as exc:
        raise click.ClickException(str(exc)) from exc
    st = srv.status()
    click.echo(f"PostgreSQL {outcome} (pid {st.pid})")
    for line in _describe(st)[2:]:
        click.echo(line)
    click.echo(f"url:        {url}")


@server.command()
def stop() -> None:
    """Stop the server (fast shutdown: open sessions are disconnected)."""
    try:
        stopped = _server().stop()
    except ServerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("PostgreSQL stopped" if stopped else "PostgreSQL was not running")


@server.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Show whether the server runs and where; exit code 3 when stopped."""
    st = _server().status()
    for line in _describe(st):
        click.echo(line)
    if not st.running:
        ctx.exit(EXIT_STOPPED)
