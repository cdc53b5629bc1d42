"""Option types shared by commands, and the one-line form of a usage error."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import IO, Any, TypeVar

import click

MIN_SECONDS = 0.001
"""The server counts timeouts in whole milliseconds, and 0 ms would mean "no timeout"."""
MAX_SECONDS = 2_147_483
"""The longest timeout PostgreSQL accepts (statement_timeout and lock_timeout are int ms)."""

F = TypeVar("F", bound=Callable[..., Any])


class OneLineBadParameter(click.BadParameter):
    """A bad option or argument, said in one line (no usage block): exit code 2."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"Error: {self.format_message()}", file=file, err=file is None)


class Seconds(click.ParamType[float, Any]):
    """A finite number of seconds from ``MIN_SECONDS`` to ``MAX_SECONDS``.

    ``nan``, ``inf``, 0 and negative numbers are refused: each would otherwise reach the
    server as a timeout that is invalid, or that silently means "wait forever".
    """

    name = "seconds"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            seconds = math.nan
        if not (math.isfinite(seconds) and MIN_SECONDS <= seconds <= MAX_SECONDS):
            raise OneLineBadParameter(
                f"{value!r} is not a number of seconds from {MIN_SECONDS:g} to {MAX_SECONDS}",
                ctx,
                param,
            )
        return seconds


SECONDS = Seconds()


class Jobs(click.ParamType[int, Any]):
    """A whole number of processes, at least 1 (from --jobs or COOPDB_JOBS)."""

    name = "n"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_JOBS:
            raise OneLineBadParameter(
                f"{value!r} is not a number of processes from 1 to {MAX_JOBS}", ctx, param
            )
        return int(text)


MAX_JOBS = 256


def jobs_option() -> Callable[[F], F]:
    """The same --jobs on every command that validates a folder."""
    return click.option(
        "--jobs",
        type=Jobs(),
        default=None,
        envvar="COOPDB_JOBS",
        show_envvar=True,
        help="Processes that validate the files together (default: one per processor);"
        " the result is the same for any number.",
    )


def lock_timeout_option(waits_for: str) -> Callable[[F], F]:
    """The same --lock-timeout on every command that takes the load lock."""
    return click.option(
        "--lock-timeout",
        type=SECONDS,
        default=600,
        show_default=True,
        metavar="SECONDS",
        help=f"How long to wait for {waits_for} to finish.",
    )


def say_waiting(line: str) -> None:
    """What a command waiting for the load lock says, on stderr so its output stays data."""
    click.echo(line, err=True)
