"""Where the server lives: the home, the checks its path must pass, and the socket directory
(sun_path is only ~104 bytes, so a long home puts the socket elsewhere)."""

from __future__ import annotations

import os
import pwd
import stat
import warnings
from pathlib import Path

from coopdb.server.common import _LONGEST_SOCKET_NAME, _MAX_SOCKET_PATH, ServerError, not_writable
from coopdb.server.tools import make_traversable


def default_home() -> Path:
    """coopdb's home: ``$COOPDB_HOME`` or the per-user data dir (platformdirs imported lazily)."""
    env = os.environ.get("COOPDB_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("coopdb")


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


def socket_dir(pgdata: Path, user: pwd.struct_passwd | None) -> Path:
    """Directory for the Unix socket: the data dir when its path is short enough, else a
    private per-home directory under the runtime dir (sun_path is only ~104 bytes).

    A comma also sends the socket elsewhere: libpq reads a host with commas as a list.
    """
    fits = len(str(pgdata)) + len(_LONGEST_SOCKET_NAME) <= _MAX_SOCKET_PATH
    if fits and "," not in str(pgdata):
        return pgdata
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
    sock = base / hashlib.sha256(str(pgdata).encode()).hexdigest()[:12]
    if len(str(sock)) + len(_LONGEST_SOCKET_NAME) > _MAX_SOCKET_PATH:
        raise ServerError(
            f"no socket directory short enough for {pgdata}; set TMPDIR or "
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
            make_traversable(base)
            os.chown(sock, user.pw_uid, user.pw_gid)
    except OSError as exc:
        raise not_writable(sock, exc) from exc
    return sock
