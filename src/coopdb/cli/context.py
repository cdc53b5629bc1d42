"""What every command shares: the chosen database, and the translation of errors to one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import click

from coopdb.db import DatabaseError, Target, ensure_ready, resolve


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
    """Expected failures become ``click.ClickException`` (one line on stderr, exit code 1)."""
    import psycopg

    from coopdb.server import ServerError

    try:
        yield
    except (DatabaseError, ServerError) as error:
        raise click.ClickException(str(error)) from None
    except psycopg.OperationalError as error:
        raise click.ClickException(f"database error: {_first_line(error)}") from None
    except psycopg.Error as error:
        raise click.ClickException(f"database error: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


pass_app = click.make_pass_decorator(AppContext)
