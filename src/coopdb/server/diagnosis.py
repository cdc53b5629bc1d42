"""Reading the server log: the line that says why PostgreSQL failed, and whether a full disk
dropped the connections."""

from __future__ import annotations

import os
from pathlib import Path

from coopdb.server.common import NO_SPACE, oneline


def last_line(text: str) -> str:
    """Most telling line of tool/log output: the last FATAL/PANIC/ERROR one, else the last one.

    PostgreSQL often ends with a generic FATAL ('configuration file ... contains errors',
    'could not create any TCP/IP sockets') after logging the actual cause, so the first
    non-routine LOG/WARNING/ERROR line before it is put in front.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    routine = ("starting PostgreSQL", "listening on", "database system", "redirecting log")
    for i in range(len(lines) - 1, -1, -1):
        fatal = from_marker(lines[i], ("FATAL:", "PANIC:", "ERROR:"))
        if fatal is None:
            continue
        for earlier in lines[:i]:
            cause = from_marker(earlier, ("LOG:", "WARNING:", "ERROR:"))
            if cause is not None and not any(r in cause for r in routine):
                return f"{cause} -> {fatal}"
        return fatal
    return lines[-1] if lines else "no output"


def from_marker(line: str, markers: tuple[str, ...]) -> str | None:
    """``line`` from the first of ``markers`` on (drops the timestamp/pid prefix), or None."""
    for marker in markers:
        if marker in line:
            return line[line.index(marker) :]
    return None


def log_size(log_file: Path) -> int:
    """Current size of the server log (0 if none): a mark for ``disk_full_cause``."""
    try:
        return log_file.stat().st_size
    except OSError:
        return 0


def disk_full_cause(log_file: Path, pgdata: Path, since: int) -> str | None:
    """Why the server dropped connections since log offset ``since``, if a full disk: the
    log's last 'No space left on device' line, or (when even the log could not be
    written) how little space is left."""
    size = log_size(log_file)
    lines = read_log(log_file, max(since, size - 1_000_000)).splitlines()
    for line in reversed(lines):
        if NO_SPACE in line:
            return oneline(from_marker(line, ("PANIC:", "FATAL:", "ERROR:")) or line)
    try:
        fs = os.statvfs(pgdata)
    except OSError:
        return None
    free = fs.f_bavail * fs.f_frsize
    if free < 16 * 1024 * 1024:  # less than one WAL segment
        return f"only {free // 1024} kB left on the disk holding {pgdata}"
    return None


def read_log(log_file: Path, offset: int) -> str:
    """Server log written since ``offset`` (the start attempt)."""
    try:
        with open(log_file, encoding="utf-8", errors="replace") as fh:
            fh.seek(offset)
            return fh.read()
    except OSError:
        return ""
