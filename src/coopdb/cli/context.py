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

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """The database chosen by --database-url / COOPDB_DATABASE_URL, resolved on first use."""

    database_url: str | None
    _target: Target | None = None

    def target(self) -> Target:
        if self._target is None:
            self._target = resolve(self.database_url)
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
        raise click.ClickException(f"database error: {_first_line(error)}") from None
    except Exception as error:
        original = getattr(error, "orig", None)
        if type(error).__module__.startswith("sqlalchemy") and isinstance(original, psycopg.Error):
            raise click.ClickException(f"database error: {_first_line(original)}") from None
        raise


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
