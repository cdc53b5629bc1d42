"""What every command shares: the chosen database, and the translation of errors to one line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

from coopdb.db import DatabaseError, Target, ensure_ready, resolve

if TYPE_CHECKING:
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
    """Expected failures become ``click.ClickException`` (one line on stderr, exit code 1).

    Database errors may arrive raw from psycopg or wrapped by SQLAlchemy (migrations, loads);
    SQLAlchemy is not imported here, so quick commands stay quick.
    """
    import psycopg

    from coopdb.server import ServerError

    try:
        yield
    except (DatabaseError, ServerError) as error:
        raise click.ClickException(str(error)) from None
    except psycopg.Error as error:
        raise click.ClickException(_database_error(error)) from None
    except Exception as error:
        original = getattr(error, "orig", None)
        if type(error).__module__.startswith("sqlalchemy") and isinstance(original, psycopg.Error):
            raise click.ClickException(_database_error(original)) from None
        raise


_UNCHANGED = "nothing was changed (the command's transaction was rolled back)"


def _database_error(error: BaseException) -> str:
    """One line for a database error; a full disk or exhausted server says so, even when
    all we saw is a lost connection (the embedded server's log then tells the cause)."""
    import psycopg

    line = _first_line(error)
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


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


pass_app = click.make_pass_decorator(AppContext)


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
