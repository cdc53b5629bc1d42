"""What every command shares: the chosen database, and the translation of errors to one line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from coopdb.db import Target, ensure_ready, resolve
from coopdb.errors import EXIT_FAILURE, CoopdbError, ProblemsError, first_line
from coopdb.render import visible

if TYPE_CHECKING:
    from coopdb.curation.corpus import Corpus
    from coopdb.render import Document
    from coopdb.server import EmbeddedServer

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """The database chosen by --database-url / COOPDB_DATABASE_URL, resolved on first use."""

    database_url: str | None
    _target: Target | None = None
    log_mark: int | None = None
    """Size of the embedded server's log when the command resolved it: what the server logs
    after this mark explains a connection it dropped during the command."""

    def target(self) -> Target:
        if self._target is None:
            self._target = resolve(self.database_url)
            if self._target.embedded:
                from coopdb.server import EmbeddedServer, default_home

                self.log_mark = EmbeddedServer(default_home()).log_size()
        return self._target

    def ready_target(self) -> Target:
        """The target, with its schema checked (and, on the embedded server, bootstrapped)."""
        target = self.target()
        ensure_ready(target)
        return target


@contextmanager
def translate_errors() -> Iterator[None]:
    """The one mapping of expected failures to the terminal: a ``CoopdbError`` becomes its
    lines on stderr and its exit code; a database error (raw from psycopg, or wrapped by
    SQLAlchemy in migrations and loads) becomes one line, exit code 1.

    psycopg and SQLAlchemy are imported only when the error is theirs, so commands that never
    touch a database (``coopdb check``) never load them.
    """
    try:
        yield
    except CoopdbError as error:
        raise _fail(error) from None
    except BrokenPipeError:
        # The reader of our output went away (`| head`): nothing more to say, nowhere to say it.
        _silence_stdout()
        raise SystemExit(EXIT_FAILURE) from None
    except MemoryError:
        raise click.ClickException(
            "query failed: a row of its result does not fit in memory"
        ) from None
    except Exception as error:
        database_error = _from_database(error)
        if database_error is None:
            raise
        raise click.ClickException(visible(_database_error(database_error))) from None


def _fail(error: CoopdbError) -> click.exceptions.Exit:
    """Write the error's lines to stderr (control characters spelt out); the exit to raise."""
    for line in error.lines():
        click.echo(visible(line), err=True)
    return click.exceptions.Exit(error.exit_code)


def _from_database(error: BaseException) -> BaseException | None:
    """The psycopg error behind ``error`` (itself, or what SQLAlchemy wrapped), if any."""
    if type(error).__module__.startswith("sqlalchemy"):
        error = getattr(error, "orig", None) or error
    if not type(error).__module__.startswith("psycopg"):
        return None
    import psycopg

    return error if isinstance(error, psycopg.Error) else None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


_UNCHANGED = "nothing was changed (the command's transaction was rolled back)"


def _database_error(error: BaseException) -> str:
    """One line for a database error; a full disk or exhausted server says so, even when
    all we saw is a lost connection (the embedded server's log then tells the cause)."""
    import psycopg

    line = first_line(error)
    sqlstate = getattr(error, "sqlstate", None) or ""
    server = _embedded_server()
    log = f"; log: {server[0].log_file}" if server is not None else ""
    if sqlstate == "53100" or "No space left on device" in str(error):
        return f"the disk holding the database is full ({line}{log}); {_UNCHANGED}"
    if sqlstate.startswith("53"):
        return f"the database server ran out of resources ({line}{log}); {_UNCHANGED}"
    lost = isinstance(error, psycopg.OperationalError) and sqlstate in ("", "57P02")
    if lost and server is not None:
        cause = server[0].disk_full_cause(server[1])
        if cause is not None:
            return f"the database server stopped: its disk is full ({cause}{log}); {_UNCHANGED}"
    return f"database error: {line}"


def _embedded_server() -> tuple[EmbeddedServer, int] | None:
    """The embedded server this command used, with its log's size when the command began."""
    context = click.get_current_context(silent=True)
    app = context.find_object(AppContext) if context is not None else None
    if app is None or app.log_mark is None:
        return None
    from coopdb.server import EmbeddedServer, default_home

    return EmbeddedServer(default_home()), app.log_mark


class CoopdbGroup(click.Group):
    """A command group whose commands' expected failures reach the user through
    ``translate_errors`` (one line, the error's exit code, no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        with translate_errors():
            return super().invoke(ctx)


pass_app = click.make_pass_decorator(AppContext)


def validated(
    folder: Path | None,
    loaded: Mapping[str, str] | None = None,
    *,
    outcome: str | None = "nothing was loaded",
    keep_facts: bool = True,
    jobs: int | None = None,
) -> Corpus:
    """Validate a seeds folder (default: the shipped seeds); its problems become one
    ``ProblemsError``: a line each, then how many and ``outcome`` (with no outcome, as for
    a command that only checks: how many and in how many files)."""
    from coopdb.curation import CurationError, validate_folder
    from coopdb.resources import seeds_dir

    try:
        return validate_folder(folder or seeds_dir(), loaded, keep_facts=keep_facts, jobs=jobs)
    except CurationError as error:
        files = len({problem.file for problem in error.problems}) if outcome is None else None
        raise ProblemsError(error.problems, outcome, files=files) from None


def output_option(default: str = "text") -> Callable[[F], F]:
    """The same --format option on every command that prints data."""
    from coopdb.render import FORMATS

    return click.option(
        "--format",
        "output_format",
        type=click.Choice(FORMATS),
        default=default,
        show_default=True,
        help="text for people (a table on a terminal), markdown, json for scripts, csv.",
    )


def emit(doc: Document, output_format: str) -> None:
    """Render a document to stdout; colour and width only when stdout is a terminal."""
    from coopdb.render import render

    terminal = sys.stdout.isatty()
    click.echo(render(doc, output_format, terminal=terminal), nl=False, color=terminal)
