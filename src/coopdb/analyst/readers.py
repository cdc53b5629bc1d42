"""Read-only logins for analysts and BI tools: members of the coopdb_reader group role.

A reader login owns nothing and is a member of nothing but coopdb_reader, which owns nothing
either: the query runner belongs to coopdb_sandbox, a role no login is a member of. Each login
is marked with a comment, so ``reader drop`` touches only logins ``reader create`` made.

The password never travels in clear text: libpq turns it into a SCRAM-SHA-256 verifier on
this machine (as psql's \\password does), so it cannot appear in the server's statement log.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

from coopdb.db import DatabaseError
from coopdb.errors import CoopdbError, first_line
from coopdb.locks import refuse_reader

READER_GROUP = "coopdb_reader"
SANDBOX_ROLE = "coopdb_sandbox"
MARKER = "coopdb reader login: read-only, made by coopdb reader create"
"""COMMENT ON ROLE of every login ``create_reader`` makes (migration 0005 marks older ones)."""
NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DEFAULT_CONNECTION_LIMIT = 5
SETTINGS = {
    "default_transaction_read_only": "on",
    "statement_timeout": "60s",
    "idle_in_transaction_session_timeout": "5min",
}
"""Role settings of every login; a login may change these for itself (PostgreSQL allows it)."""
SUPERUSER_SETTINGS = {"temp_file_limit": "1GB"}
"""Settings only a superuser (or a role granted SET on them) may set, and a reader cannot lift."""
POWERS = ("SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS")
"""Role attributes beyond LOGIN, in the order _droppable reads them; a reader has none."""


class ReaderError(CoopdbError):
    """The login could not be created or dropped; one line, never containing the password."""


def create_reader(
    conn: psycopg.Connection[Any],
    name: str,
    password: str,
    *,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
) -> None:
    """Create login ``name`` in the reader group: marked, limited, read-only by default."""
    if not NAME.match(name):
        raise ReaderError(
            f"{name!r} is not a valid login name (lowercase letters, digits and _, up to 63)"
        )
    if not password:
        raise ReaderError("the password is empty")
    _refuse_readers(conn, "coopdb reader create")
    verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    role = sql.Identifier(name)
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if exists:
                raise ReaderError(f"a role named {name!r} already exists")
            conn.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    " NOBYPASSRLS INHERIT CONNECTION LIMIT {} PASSWORD {} IN ROLE {}"
                ).format(
                    role,
                    sql.Literal(connection_limit),
                    sql.Literal(verifier.decode()),
                    sql.Identifier(READER_GROUP),
                )
            )
            conn.execute(sql.SQL("COMMENT ON ROLE {} IS {}").format(role, sql.Literal(MARKER)))
            # Settings of a group are not inherited by its members: set them on the login.
            settings = dict(SETTINGS)
            for parameter, value in SUPERUSER_SETTINGS.items():
                row = conn.execute(
                    "SELECT has_parameter_privilege(%s, 'SET')", (parameter,)
                ).fetchone()
                if row and row[0]:
                    settings[parameter] = value
            for parameter, value in settings.items():
                conn.execute(
                    sql.SQL("ALTER ROLE {} SET {} = {}").format(
                        role, sql.Identifier(parameter), sql.Literal(value)
                    )
                )
    except psycopg.Error as error:
        raise ReaderError(f"cannot create {name!r}: {first_line(error, 'failed')}") from None


def drop_reader(conn: psycopg.Connection[Any], name: str) -> None:
    """Drop a login made by ``create_reader``, with whatever it left in this database.

    Anything else is refused: superusers, roles with powers beyond LOGIN, coopdb's own group
    roles, and roles not marked as made by ``reader create``. The login's sessions are ended.
    """
    _refuse_readers(conn, "coopdb reader drop")
    try:
        with conn.transaction():
            oid = _droppable(conn, name)
            role = sql.Identifier(name)
            if not _has_privileges_of(conn, oid):
                # DROP OWNED needs the role's privileges; its creator holds ADMIN on it.
                conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(role))
            # Objects it owns here (large objects, default privileges...) and its grants.
            conn.execute(sql.SQL("DROP OWNED BY {}").format(role))
            _refuse_if_used_elsewhere(conn, oid, name)
            sessions = [
                pid
                for (pid,) in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usesysid = %s", (oid,)
                )
            ]
            conn.execute(sql.SQL("DROP ROLE {}").format(role))
    except psycopg.Error as error:
        raise ReaderError(f"cannot drop {name!r}: {first_line(error, 'failed')}") from None
    for pid in sessions:
        try:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        except psycopg.Error:
            conn.rollback()  # not allowed to end it: it ends when the client disconnects


def _refuse_readers(conn: psycopg.Connection[Any], action: str) -> None:
    try:
        refuse_reader(conn, action)
    except DatabaseError as error:
        raise ReaderError(str(error)) from None
    if not conn.autocommit:
        conn.rollback()


def _droppable(conn: psycopg.Connection[Any], name: str) -> int:
    """The oid of ``name`` if it is a login ``create_reader`` made; else a one-line refusal."""
    row = conn.execute(
        "SELECT r.oid, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication,"
        " r.rolbypassrls, r.rolcanlogin, shobj_description(r.oid, 'pg_authid'),"
        " EXISTS (SELECT FROM pg_auth_members AS m"
        "         WHERE m.member = r.oid AND m.roleid = to_regrole(%s))"
        " FROM pg_roles AS r WHERE r.rolname = %s",
        (READER_GROUP, name),
    ).fetchone()
    if row is None:
        raise ReaderError(f"no role named {name!r}")
    oid, *powers, can_login, comment, member = row
    if name in (READER_GROUP, SANDBOX_ROLE):
        raise ReaderError(f"{name!r} is one of coopdb's own roles, not a reader login")
    held = [
        power.removeprefix("rol").upper() for power, has in zip(POWERS, powers, strict=True) if has
    ]
    if held:
        raise ReaderError(
            f"{name!r} is not a coopdb reader login (it has {', '.join(held)}): refusing to drop it"
        )
    if not (can_login and member and comment == MARKER):
        raise ReaderError(f"{name!r} was not made by `coopdb reader create`: refusing to drop it")
    return int(oid)


def _has_privileges_of(conn: psycopg.Connection[Any], oid: int) -> bool:
    row = conn.execute("SELECT pg_has_role(current_user, %s::oid, 'USAGE')", (oid,)).fetchone()
    return bool(row and row[0])


def _refuse_if_used_elsewhere(conn: psycopg.Connection[Any], oid: int, name: str) -> None:
    """Objects or grants in other databases would make DROP ROLE fail with a long detail."""
    rows = conn.execute(
        "SELECT d.datname, count(*) FROM pg_shdepend AS s"
        " JOIN pg_database AS d ON d.oid = s.dbid"
        " WHERE s.refclassid = 'pg_authid'::regclass AND s.refobjid = %s"
        " AND d.datname <> current_database() GROUP BY d.datname ORDER BY d.datname",
        (oid,),
    ).fetchall()
    if rows:
        where = ", ".join(f"{db} ({count})" for db, count in rows)
        raise ReaderError(
            f"{name!r} still owns objects or holds privileges in other databases: {where};"
            f" run DROP OWNED BY {name} in each of them, then drop it again"
        )
