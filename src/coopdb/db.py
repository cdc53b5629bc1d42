"""Which database coopdb talks to, and whether its schema is ready.

Resolution order: ``--database-url``, then ``COOPDB_DATABASE_URL``, then the embedded server.
This module stays light (psycopg only): every command passes through it, and the report path
must not pay for importing SQLAlchemy or Alembic.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coopdb import masking
from coopdb.errors import CoopdbError
from coopdb.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import Connection, Engine

    from coopdb.server import EmbeddedServer

CONNECT_TIMEOUT_SECONDS = 5
ENV_URL = "COOPDB_DATABASE_URL"


class DatabaseError(CoopdbError):
    """A problem with the database a user can act on; the message is one line."""


@dataclass(frozen=True)
class Target:
    """A resolved database: its SQLAlchemy URL and whether it is our embedded server."""

    url: str
    embedded: bool

    @property
    def conninfo(self) -> str:
        """The URL in the form libpq (psycopg) accepts."""
        return re.sub(r"^postgresql\+psycopg://", "postgresql://", self.url)

    @property
    def masked(self) -> str:
        return mask_password(self.url)


def normalize_url(url: str) -> str:
    """Accept postgresql://, postgres:// and postgresql+psycopg:// alike."""
    url = url.strip()
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return masking.escape_userinfo("postgresql+psycopg://" + url[len(prefix) :])
    raise DatabaseError(
        f"not a PostgreSQL URL: {mask_password(url)!r} (expected postgresql://user@host/db)"
    )


def mask_password(url: str) -> str:
    """Hide every password of a URL or conninfo string (user:secret@host → user:***@host)."""
    return masking.mask_password(url)


def resolve(url_option: str | None) -> Target:
    """The database named by the option or the environment, else the embedded server."""
    url = url_option or os.environ.get(ENV_URL)
    if url:
        return Target(normalize_url(url), embedded=False)
    from coopdb.server import EmbeddedServer, ServerError, default_home

    server = EmbeddedServer(default_home())
    try:
        if server.has_cluster():
            return Target(server.ensure_running(), embedded=True)
        return Target(_first_start(server), embedded=True)
    except ServerError as error:
        raise DatabaseError(str(error)) from None


def _first_start(server: EmbeddedServer) -> str:
    """Start a server that has no cluster yet, importing meanwhile the loader the first run
    needs next: initdb and the server's start-up are other processes (a second or more),
    and so is the work of this one's imports (about a second) that would follow them."""
    import importlib
    from concurrent.futures import ThreadPoolExecutor

    import psycopg  # noqa: F401  (the start's own imports are done before the thread runs)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="coopdb-start") as pool:
        started = pool.submit(server.ensure_running)
        importlib.import_module("coopdb.load")
        return started.result()


def connect(target: Target, **kwargs: object) -> psycopg.Connection[tuple[object, ...]]:
    """A psycopg connection with a short connect timeout and a one-line error."""
    import psycopg

    try:
        return psycopg.connect(
            target.conninfo,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name="coopdb",
            **kwargs,  # type: ignore[arg-type]
        )
    except psycopg.Error as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else "no answer"
        # libpq quotes back parts of a URL it cannot parse: never the password.
        reason = masking.scrub(reason, target.url)
        raise DatabaseError(f"cannot connect to {target.masked}: {reason}") from None


def schema_revision(conn: psycopg.Connection[Any]) -> str | None:
    """The Alembic revision of the database, or None when it has no coopdb schema."""
    row = conn.execute(
        "SELECT to_regclass('public.alembic_version') IS NOT NULL,"
        " has_table_privilege(to_regclass('public.alembic_version'), 'SELECT')"
    ).fetchone()
    if not row or not row[0]:
        return None
    if not row[1]:
        # Readers may read it from revision 0005 on; before that only the owner can.
        user = conn.execute("SELECT current_user").fetchone()
        raise DatabaseError(
            f"{user[0] if user else 'this login'} may not read the schema revision: the"
            " database predates reader access; ask its owner to run `coopdb db upgrade`"
        )
    version = conn.execute("SELECT version_num FROM public.alembic_version").fetchone()
    return str(version[0]) if version else None


def make_engine(target: Target) -> Engine:
    """A SQLAlchemy engine for commands that need the ORM or Alembic."""
    from sqlalchemy import create_engine

    return create_engine(
        target.url,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "coopdb"},
        pool_pre_ping=False,
    )


def ensure_ready(
    target: Target, *, seed: bool = True, table_lock_timeout: float | None = None
) -> None:
    """Make sure the schema is current before a command reads or writes data.

    The embedded database is ours: an empty one is migrated and (unless ``seed`` is false,
    as for ``coopdb load`` of other files) loaded with the shipped seeds; an older one upgraded.
    A database given by URL is never changed silently: the user is told what to run.
    """
    with connect(target, autocommit=True) as conn:
        revision = schema_revision(conn)
        if revision == HEAD_REVISION:
            return
        if not target.embedded:
            if revision is None:
                raise DatabaseError(
                    f"{target.masked} has no coopdb schema: run `coopdb db upgrade`"
                    " and then `coopdb load`"
                )
            raise DatabaseError(
                f"{target.masked} is at schema revision {revision}, this coopdb needs"
                f" {HEAD_REVISION}: run `coopdb db upgrade`"
            )
    _bootstrap_embedded(target, seed=seed, table_lock_timeout=table_lock_timeout)


def _bootstrap_embedded(target: Target, *, seed: bool, table_lock_timeout: float | None) -> None:
    """Migrate the embedded database and, on first use, load the seeds: one transaction.

    An empty database gets the schema at head from one script (coopdb.schema_snapshot) when
    it fits, which is most of a first run's time saved; otherwise the migrations run. The
    migration lock (a table lock no reader can take) makes a second first command wait and
    then find the work done; a reader's advisory lock cannot hold either of them up.
    """
    from coopdb.locks import lock_migrations, naming_lock_holders

    engine = make_engine(target)
    try:
        with naming_lock_holders(engine), engine.begin() as connection:
            revision = lock_migrations(connection, say_on_stderr, "coopdb db upgrade")
            if revision == HEAD_REVISION:
                return
            if revision is not None or not _install_head_schema(connection):
                _migrate(connection, table_lock_timeout)
            _close_other_databases(connection)
            if seed and revision is None:
                from coopdb.load import load_folder
                from coopdb.resources import seeds_dir

                load_folder(connection, seeds_dir(), on_wait=say_on_stderr)
    finally:
        engine.dispose()


def _install_head_schema(connection: Connection) -> bool:
    """The head schema from its script, with the database-level privileges a migration run
    ends with; False when the script does not fit and the migrations must run."""
    import psycopg

    from coopdb import schema_snapshot
    from coopdb.safeguards import secure_database

    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    if not schema_snapshot.install(driver):
        return False
    secure_database(connection)
    return True


def _migrate(connection: Connection, table_lock_timeout: float | None) -> None:
    from alembic import command

    from coopdb import migrate

    timeout = table_lock_timeout or migrate.TABLE_LOCK_TIMEOUT_SECONDS
    command.upgrade(migrate.config(connection, table_lock_timeout=timeout), "head")


def say_on_stderr(line: str) -> None:
    """Tell the user why a command is waiting (library code has no click)."""
    import sys

    print(line, file=sys.stderr, flush=True)


def _close_other_databases(connection: Connection) -> None:
    """On our own server only coopdb's database admits readers: in ``postgres`` and
    ``template1`` (which PUBLIC may connect to by default) a reader could create temporary
    tables and large objects that coopdb's revokes do not reach."""
    from sqlalchemy import text

    for name in ("postgres", "template1"):
        connection.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {name} FROM PUBLIC"))
