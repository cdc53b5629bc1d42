"""Locks only the owner can take: loads and migrations serialize on table locks.

Any login that can connect may take any advisory lock, so a read-only login could make every
load or migration wait. ``LOCK TABLE ... IN EXCLUSIVE MODE`` needs UPDATE, DELETE, TRUNCATE or
MAINTAIN on the table, which no reader has; the one mode a reader may take (ACCESS SHARE, on a
table it can SELECT) does not conflict with EXCLUSIVE. When the owner has to wait, the message
names who holds the lock, read from pg_locks and pg_stat_activity before waiting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from coopdb.db import DatabaseError
from coopdb.errors import CoopdbError

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import Connection, Engine

LOAD_LOCK = "core.load_lock"
"""Loads lock this empty table (migration 0005); readers have no privilege on it at all."""
MIGRATION_LOCK = "public.alembic_version"
"""Migrations and the embedded bootstrap lock Alembic's version table, which exists (or is
created first) before any coopdb schema does; readers may only SELECT it."""
READER_GROUP = "coopdb_reader"
MIGRATION_WAIT_SECONDS = 120.0
VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS public.alembic_version (version_num VARCHAR(32) NOT NULL,"
    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)

Waiting = Callable[[str], None]


class LockTimeoutError(CoopdbError):
    """The lock was still held when the caller stopped waiting; the message names the holder."""


def take_lock(
    conn: psycopg.Connection[Any],
    table: str,
    *,
    what: str,
    action: str,
    timeout_seconds: float,
    on_wait: Waiting,
) -> None:
    """Lock ``table`` in EXCLUSIVE mode until the end of the caller's transaction.

    ``what`` names the lock in messages ("the load lock"), ``action`` the command that needs
    it ("coopdb load"). A login without the privilege gets one line saying the command needs
    the database owner; a wait longer than ``timeout_seconds`` raises LockTimeoutError.
    """
    import psycopg
    from psycopg import sql

    cur = conn.cursor()
    name = sql.SQL(table)
    cur.execute("SAVEPOINT coopdb_lock")
    try:
        cur.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE NOWAIT").format(name))
    except psycopg.errors.InsufficientPrivilege:
        cur.execute("ROLLBACK TO SAVEPOINT coopdb_lock")
        raise DatabaseError(owner_needed(conn, action)) from None
    except psycopg.errors.ReadOnlySqlTransaction:
        # A standby refuses the lock before it would refuse the first write: say why.
        raise DatabaseError(
            f"{action} cannot write here: the database is a read-only standby (in recovery)"
            " or the session is read-only; point coopdb at the primary"
        ) from None
    except psycopg.errors.LockNotAvailable:
        cur.execute("ROLLBACK TO SAVEPOINT coopdb_lock")
    else:
        cur.execute("RELEASE SAVEPOINT coopdb_lock")
        return
    holder = holders(conn, table)
    on_wait(f"waiting for {what} held by {holder}…" if holder else f"waiting for {what}…")
    row = cur.execute("SELECT current_setting('lock_timeout')").fetchone()
    saved = str(row[0]) if row else "0"
    cur.execute(
        "SELECT set_config('lock_timeout', %s, true)", (f"{max(1, int(timeout_seconds * 1000))}ms",)
    )
    try:
        cur.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(name))
    except psycopg.errors.LockNotAvailable:
        cur.execute("ROLLBACK TO SAVEPOINT coopdb_lock")
        holder = holders(conn, table) or "another session"
        raise LockTimeoutError(
            f"{what} is still held by {holder} after {timeout_seconds:g} s"
        ) from None
    cur.execute("SELECT set_config('lock_timeout', %s, true)", (saved,))
    cur.execute("RELEASE SAVEPOINT coopdb_lock")


def holders(conn: psycopg.Connection[Any], table: str) -> str:
    """Who holds a lock on ``table`` that conflicts with EXCLUSIVE, e.g.
    "alice (pid 4242, coopdb, since 21:30:05)"; empty when nobody does any more."""
    rows = conn.execute(
        "SELECT coalesce(a.usename, 'an unknown role'), l.pid, a.application_name, a.xact_start"
        " FROM pg_catalog.pg_locks AS l"
        " LEFT JOIN pg_catalog.pg_stat_activity AS a ON a.pid = l.pid"
        " WHERE l.locktype = 'relation' AND l.granted AND l.mode <> 'AccessShareLock'"
        "   AND l.relation = to_regclass(%s)"
        "   AND l.database = (SELECT oid FROM pg_catalog.pg_database"
        "                     WHERE datname = current_database())"
        "   AND l.pid IS DISTINCT FROM pg_backend_pid()"
        " ORDER BY a.xact_start NULLS LAST, l.pid",
        (table,),
    ).fetchall()
    described = []
    for user, pid, application, since in rows:
        details = [f"pid {pid}" if pid is not None else "a prepared transaction"]
        if application:
            details.append(str(application))
        if isinstance(since, dt.datetime):
            details.append(f"since {_clock(since)}")
        described.append(f"{user} ({', '.join(details)})")
    return "; ".join(dict.fromkeys(described))


def _clock(moment: dt.datetime) -> str:
    """Local wall-clock time, with the date only when it is not today."""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return f"{local:%H:%M:%S}"
    return f"{local:%Y-%m-%d %H:%M:%S}"


IS_READER = (
    "SELECT (coalesce(pg_has_role(current_user, to_regrole(%s), 'MEMBER'), false)"
    " OR coalesce(pg_has_role(current_user, to_regrole('coopdb_reporting_reader'), 'MEMBER'),"
    " false))"
    " AND NOT (r.rolsuper OR r.rolcreaterole OR pg_has_role(current_user, d.datdba, 'MEMBER'))"
    " FROM pg_catalog.pg_roles AS r, pg_catalog.pg_database AS d"
    " WHERE r.rolname = current_user AND d.datname = current_database()"
)
"""A member of coopdb_reader or coopdb_reporting_reader that is neither superuser, nor
CREATEROLE, nor the database's owner: a reader login (an owner may be a member too, to
manage the group)."""


def owner_needed(conn: psycopg.Connection[Any], action: str) -> str:
    """The one line for a login that may not run ``action``: who it is and who may."""
    row = conn.execute(
        "SELECT current_user::text, (" + IS_READER + "),"
        " coalesce((SELECT pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace"
        "           WHERE nspname = 'core'),"
        "          (SELECT pg_get_userbyid(datdba) FROM pg_catalog.pg_database"
        "           WHERE datname = current_database()))",
        (READER_GROUP,),
    ).fetchone()
    assert row is not None
    user, is_reader, owner = row
    who = f"{user} is a read-only coopdb reader" if is_reader else f"{user} lacks the privilege"
    return f"{action} needs the database owner ({owner}); {who}"


def refuse_reader(conn: psycopg.Connection[Any], action: str) -> None:
    """Raise the one-line DatabaseError when the login is a coopdb reader login."""
    row = conn.execute(IS_READER, (READER_GROUP,)).fetchone()
    if row and row[0]:
        raise DatabaseError(owner_needed(conn, action))


def lock_migrations(connection: Connection, on_wait: Waiting, action: str) -> str | None:
    """Take the migration lock in the connection's transaction; return the revision under it.

    The version table is created first, in its own committed transaction, when the database
    has none: two first migrations then queue on its lock instead of failing on a duplicate
    table. A reader is told in one line that migrating needs the owner.
    """
    import psycopg

    from coopdb.db import schema_revision

    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    refuse_reader(driver, action)
    exists = driver.execute("SELECT to_regclass(%s) IS NOT NULL", (MIGRATION_LOCK,)).fetchone()
    if not (exists and exists[0]):
        _create_version_table(connection)
    try:
        take_lock(
            driver,
            MIGRATION_LOCK,
            what="the migration lock",
            action=action,
            timeout_seconds=MIGRATION_WAIT_SECONDS,
            on_wait=on_wait,
        )
    except LockTimeoutError as error:
        raise DatabaseError(f"{error}; try again later") from None
    return schema_revision(driver)


def _create_version_table(connection: Connection) -> None:
    """CREATE TABLE IF NOT EXISTS, committed at once; losing a race to another creator is fine.

    IF NOT EXISTS does not cover a creator that committed while this one waited: PostgreSQL
    then reports the clash on the table's row type (duplicate_object) or on a catalog index
    (unique_violation) instead of skipping."""
    import psycopg
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with connection.engine.connect() as other:
        try:
            other.execute(text(VERSION_TABLE))
            other.commit()
        except DBAPIError as error:
            if not isinstance(
                error.orig,
                psycopg.errors.UniqueViolation
                | psycopg.errors.DuplicateTable
                | psycopg.errors.DuplicateObject,
            ):
                raise


SCHEMA_LOCK_HOLDERS = """
SELECT coalesce(a.usename, 'an unknown role'), l.pid, a.application_name, a.xact_start,
       string_agg(DISTINCT l.relation::regclass::text, ', ')
FROM pg_catalog.pg_locks AS l
LEFT JOIN pg_catalog.pg_stat_activity AS a ON a.pid = l.pid
WHERE l.locktype = 'relation' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.relation IN (SELECT c.oid FROM pg_catalog.pg_class AS c
                     JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                     WHERE n.nspname IN ('core', 'reporting')
                       AND c.relkind IN ('r', 'p', 'v', 'm'))
  AND l.pid IS DISTINCT FROM pg_backend_pid()
GROUP BY 1, 2, 3, 4 ORDER BY a.xact_start NULLS LAST, l.pid
"""


@contextlib.contextmanager
def naming_lock_holders(engine: Engine) -> Iterator[None]:
    """A migration that gave up waiting for a table (its lock_timeout) says who holds locks
    on coopdb's tables: a reader's open transaction is enough to hold up DDL, and PostgreSQL's
    own message names nobody."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except (DBAPIError, psycopg.errors.LockNotAvailable) as error:
        # steps on the raw psycopg connection (the reporting tables') raise psycopg's own
        cause = error.orig if isinstance(error, DBAPIError) else error
        if not isinstance(cause, psycopg.errors.LockNotAvailable):
            raise
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert isinstance(driver, psycopg.Connection)
            rows = driver.execute(SCHEMA_LOCK_HOLDERS).fetchall()
        described = [
            f"{user} (pid {pid}{f', {app}' if app else ''}"
            f"{f', since {_clock(since)}' if isinstance(since, dt.datetime) else ''}: {tables})"
            for user, pid, app, since, tables in rows
        ]
        holders = "; ".join(described) if described else "a session that has ended since"
        raise DatabaseError(
            f"the migration gave up waiting for a table lock held by {holders}; nothing was"
            " changed: try again when they are done, or end them with pg_terminate_backend(pid)"
        ) from None
