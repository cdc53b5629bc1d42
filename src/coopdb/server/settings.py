"""server.json in the home: the listening choice of ``server start --port`` (a port, or socket
only), kept so that any later start listens where BI tools expect it."""

from __future__ import annotations

import os
from pathlib import Path

from coopdb.server.common import SETTINGS_FILE, ServerError, not_writable


def saved_port(home: Path) -> int | None:
    """The TCP port ``server start --port`` chose (None: socket only), from the home."""
    import json

    path = home / SETTINGS_FILE
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


def save_port(home: Path, port: int | None) -> None:
    """Remember the listening configuration (atomically: a crash leaves old or new)."""
    import json

    path = home / SETTINGS_FILE
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"tcp_port": port}) + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        raise not_writable(home, exc) from exc


def check_port_free(port: int, *, saved: bool = False) -> None:
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
