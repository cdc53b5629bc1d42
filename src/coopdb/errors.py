"""The one footing of coopdb's expected failures: ``CoopdbError`` and its exit code.

Library modules raise subclasses of ``CoopdbError`` (the database, the server, a query, a
lock, a reader login, a name that matches nothing...); the command line maps them once, in
``coopdb.cli.context.translate_errors``, to lines on stderr and the exit code below. This
module imports nothing heavy, so any module may import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

EXIT_FAILURE = 1
"""Invalid curated files, database unreachable or not migrated, server problem, drift."""
EXIT_USAGE = 2
"""A usage error, or a name (region ...) that matches nothing or more than one thing."""
EXIT_STOPPED = 3
"""``coopdb server status`` when the server is stopped (as in ``pg_ctl status``)."""


def first_line(error: BaseException | str, default: str | None = None) -> str:
    """The first line of an error's text: what a one-line message quotes of it. An empty
    text gives ``default``, or the error's class name."""
    text = str(error).strip()
    if text:
        return text.splitlines()[0]
    if default is not None or isinstance(error, str):
        return default or ""
    return type(error).__name__


class CoopdbError(Exception):
    """A failure the user can act on; its message is one line, ``exit_code`` its kind."""

    exit_code: ClassVar[int] = EXIT_FAILURE
    prefix: ClassVar[str] = ""
    """Put before the message on the terminal (the command's view of what failed)."""

    def headline(self) -> str:
        """The message as the terminal shows it after ``Error:``."""
        return self.prefix + first_line(self)

    def lines(self) -> list[str]:
        """What the command line writes to stderr, one entry a line."""
        return [f"Error: {self.headline()}"]


class NotFoundError(CoopdbError):
    """A name that matches nothing, or several things; ``candidates`` are the closest."""

    exit_code: ClassVar[int] = EXIT_USAGE
    listed_by: ClassVar[str] = ""
    """The command that lists every name, mentioned after the candidates."""
    candidates: Sequence[str] = ()

    def headline(self) -> str:
        hint = f"; closest: {', '.join(self.candidates)}" if self.candidates else ""
        listing = f" ({self.listed_by} lists them all)" if self.listed_by else ""
        return f"{first_line(self)}{hint}{listing}"


class ProblemsError(CoopdbError):
    """Every problem found in the curated files, a line each, then how many and what that
    means for the command (``nothing was loaded``)."""

    def __init__(
        self, problems: Sequence[object], outcome: str | None, *, files: int | None = None
    ) -> None:
        count = len(problems)
        found = f"{count} problem{'s' if count != 1 else ''} found"
        if files is not None:
            found += f" in {files} file{'s' if files != 1 else ''}"
        super().__init__(f"{found}; {outcome}." if outcome else f"{found}.")
        self.problems = [str(problem) for problem in problems]

    def lines(self) -> list[str]:
        return [*self.problems, str(self)]
