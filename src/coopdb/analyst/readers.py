"""Read-only logins for analysts and BI tools: members of the coopdb_reader group role, or
(``--reporting-only``) of coopdb_reporting_reader, which has nothing in ``core``.

A reader login owns nothing and is a member of nothing but its group, which owns nothing
either: the query runner belongs to coopdb_sandbox, a role no login is a member of. Each login
is marked with a comment, so ``reader drop``, ``password`` and ``list`` touch only logins
``reader create`` made. Its search_path is ``reporting``, so a BI tool sees the reporting
relations unqualified without any setting of its own.

The password never travels in clear text: libpq turns it into a SCRAM-SHA-256 verifier on
this machine (as psql's \\password does). The verifier is secret too (it allows an offline
guess of the password), and a server that logs DDL (``log_statement``), slow statements, or
failed ones (``log_min_error_statement``, on by default) would write it to its log: the
statement carrying it runs in a transaction with that logging turned off, which needs a
superuser (or SET granted on those settings); otherwise the caller is warned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from coopdb.db import DatabaseError
from coopdb.errors import CoopdbError, first_line
from coopdb.locks import refuse_reader

READER_GROUP = "coopdb_reader"
REPORTING_GROUP = "coopdb_reporting_reader"
"""Group of --reporting-only logins (migration 0008): USAGE and SELECT on reporting only."""
SANDBOX_ROLE = "coopdb_sandbox"
MARKER = "coopdb reader login: read-only, made by coopdb reader create"
"""COMMENT ON ROLE of every login ``create_reader`` makes (migration 0005 marks older ones)."""
NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DEFAULT_CONNECTION_LIMIT = 5
SETTINGS = {
    "search_path": "reporting",
    "default_transaction_read_only": "on",
    "statement_timeout": "60s",
    "idle_in_transaction_session_timeout": "5min",
    "client_connection_check_interval": "10s",
}
"""Role settings of every login; a login may change these for itself (PostgreSQL allows it).
Without a connection check, a query whose client went away (a BI tool that gave up, a killed
psql) runs on until it ends or times out, holding a connection and a CPU."""
SUPERUSER_SETTINGS = {"temp_file_limit": "1GB"}
"""Settings only a superuser (or a role granted SET on them) may set, and a reader cannot lift."""
QUIET_LOGGING = {
    "log_statement": "none",
    "log_min_duration_statement": "-1",
    "log_min_duration_sample": "-1",
    "log_transaction_sample_rate": "0",
    "log_min_error_statement": "panic",
    "pg_stat_statements.track_utility": "off",
}
"""Settings under which no statement text of the transaction reaches the server log (or
pg_stat_statements, when loaded); all are superuser-only, so a reader cannot turn them on."""
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
    reporting_only: bool = False,
) -> list[str]:
    """Create login ``name`` in the reader group (or the reporting-only one): marked,
    limited, read-only by default, its search_path ``reporting``. Returns warnings: the
    server may log the password's verifier, the login may reach other databases."""
    if not NAME.match(name):
        raise ReaderError(
            f"{name!r} is not a valid login name (lowercase letters, digits and _, up to 63)"
        )
    _refuse_readers(conn, "coopdb reader create")
    verifier = _verifier(conn, name, password)
    role = sql.Identifier(name)
    group = REPORTING_GROUP if reporting_only else READER_GROUP
    try:
        with conn.transaction():
            warning = _quiet_logging(conn)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if exists:
                raise ReaderError(
                    f"a role named {name!r} already exists"
                    f" (to give it a new password: coopdb reader password {name})"
                )
            if conn.execute("SELECT to_regrole(%s)", (group,)).fetchone() == (None,):
                raise ReaderError(f"role {group} is missing: run `coopdb db upgrade` first")
            conn.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    " NOBYPASSRLS INHERIT CONNECTION LIMIT {} PASSWORD {} IN ROLE {}"
                ).format(
                    role,
                    sql.Literal(connection_limit),
                    sql.Literal(verifier),
                    sql.Identifier(group),
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
            elsewhere = _other_databases(conn, name)
    except psycopg.Error as error:
        raise ReaderError(f"cannot create {name!r}: {first_line(error, 'failed')}") from None
    return [line for line in (warning, elsewhere) if line]


OTHER_DATABASES = """
SELECT d.datname::text, has_database_privilege(%(role)s, d.oid, 'TEMPORARY')
FROM pg_catalog.pg_database AS d
WHERE d.datallowconn AND d.datname <> current_database()
  AND has_database_privilege(%(role)s, d.oid, 'CONNECT')
ORDER BY 2 DESC, 1
"""


def _other_databases(conn: psycopg.Connection[Any], name: str) -> str | None:
    """Roles belong to the whole server: the databases besides this one the new login may
    connect to (another coopdb database grants its groups CONNECT; PostgreSQL's default
    grants PUBLIC CONNECT and TEMPORARY, and temporary tables are bounded by no limit)."""
    rows = conn.execute(OTHER_DATABASES, {"role": name}).fetchall()
    if not rows:
        return None
    names = [str(db) for db, _ in rows]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    temporary = [str(db) for db, temp in rows if temp]
    line = f"{name} may also connect to database(s) {shown} (roles are server-wide)"
    if temporary:
        line += (
            f"; in {temporary[0]}{' and others' if len(temporary) > 1 else ''} it may create"
            " temporary tables, which no limit bounds: its owner can run REVOKE CONNECT,"
            f" TEMPORARY ON DATABASE {temporary[0]} FROM PUBLIC"
        )
    return line


def _quiet_logging(conn: psycopg.Connection[Any]) -> str | None:
    """Turn off, for the rest of the transaction, every log that could quote its statements;
    a warning naming the settings that stay on and would log them (None when none would)."""
    rows = conn.execute(
        "SELECT name, setting, has_parameter_privilege(name, 'SET')"
        " FROM pg_catalog.pg_settings WHERE name = ANY(%s)",
        (list(QUIET_LOGGING),),
    ).fetchall()
    kept = []
    for parameter, setting, may_set in rows:
        if may_set:
            conn.execute(
                "SELECT pg_catalog.set_config(%s, %s, true)",
                (parameter, QUIET_LOGGING[parameter]),
            )
        elif _logs_statements(str(parameter), str(setting)):
            kept.append(f"{parameter}={setting}")
    if not kept:
        return None
    return (
        f"the server may log the password's SCRAM verifier ({', '.join(kept)}; only a"
        " superuser can turn that off for one transaction): keep its log private or rotate it"
    )


def _logs_statements(parameter: str, setting: str) -> bool:
    """Whether ``parameter`` at ``setting`` may write a DDL statement's text somewhere."""
    if parameter == "log_statement":
        return setting in ("ddl", "all")
    if parameter in ("log_min_duration_statement", "log_min_duration_sample"):
        return setting != "-1"
    if parameter == "log_transaction_sample_rate":
        return float(setting) > 0
    if parameter == "log_min_error_statement":
        return False  # only a statement that fails is logged: not worth a warning each time
    return setting == "on"


def _verifier(conn: psycopg.Connection[Any], name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here: the password never reaches
    the server, so it cannot appear in its statement log."""
    if not password:
        raise ReaderError("the password is empty")
    return conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def set_password(conn: psycopg.Connection[Any], name: str, password: str) -> str | None:
    """Give login ``name`` (made by ``create_reader``) a new password; the old one stops
    working at once, for new sessions (open ones stay open). Returns a warning when the
    server may log the password's verifier."""
    _refuse_readers(conn, "coopdb reader password")
    verifier = _verifier(conn, name, password)
    try:
        with conn.transaction():
            warning = _quiet_logging(conn)
            _droppable(conn, name, "set its password")
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(verifier)
                )
            )
    except psycopg.Error as error:
        raise ReaderError(
            f"cannot set the password of {name!r}: {first_line(error, 'failed')}"
        ) from None
    return warning


@dataclass(frozen=True)
class ReaderLogin:
    """What ``coopdb reader list`` shows of one login."""

    name: str
    reporting_only: bool
    connection_limit: int | None
    """None when unlimited."""
    valid_until: dt.datetime | None
    password_set: bool | None
    """None when the connected role may not read pg_authid (only a superuser may)."""


LIST = """
SELECT r.rolname, pg_has_role(r.oid, to_regrole(%(reporting)s), 'MEMBER')
       AND NOT pg_has_role(r.oid, to_regrole(%(reader)s), 'MEMBER'),
       r.rolconnlimit, r.rolvaliduntil
FROM pg_catalog.pg_roles AS r
WHERE r.rolcanlogin AND shobj_description(r.oid, 'pg_authid') = %(marker)s
  AND EXISTS (SELECT FROM pg_catalog.pg_auth_members AS m WHERE m.member = r.oid
              AND m.roleid IN (to_regrole(%(reader)s), to_regrole(%(reporting)s)))
ORDER BY r.rolname
"""


def list_readers(conn: psycopg.Connection[Any]) -> list[ReaderLogin]:
    """Logins ``create_reader`` made (marked, members of a reader group), by name."""
    params = {"reader": READER_GROUP, "reporting": REPORTING_GROUP, "marker": MARKER}
    rows = conn.execute(LIST, params).fetchall()
    passwords: dict[str, bool] = {}
    check = conn.execute("SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT')")
    readable = check.fetchone() == (True,)
    if readable:
        names = [row[0] for row in rows]
        passwords = dict(
            conn.execute(
                "SELECT rolname, rolpassword IS NOT NULL FROM pg_catalog.pg_authid"
                " WHERE rolname = ANY(%s)",
                (names,),
            ).fetchall()
        )
    return [
        ReaderLogin(
            str(name),
            bool(reporting),
            None if limit == -1 else int(limit),
            until,
            passwords.get(name, False) if readable else None,
        )
        for name, reporting, limit, until in rows
    ]


def bi_uri(name: str, host: str | None, port: int | None, dbname: str) -> str:
    """The URI a BI tool takes: plain ``postgresql://`` (the SQLAlchemy 1.4 of Superset has
    no ``+psycopg`` dialect), no password (the tool asks for it), TCP on 127.0.0.1 when the
    owner connects over a socket."""
    where = host if host and not host.startswith("/") else "127.0.0.1"
    if ":" in where:
        where = f"[{where}]"
    return f"postgresql://{name}@{where}:{port or 5432}/{dbname}"


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


def _droppable(conn: psycopg.Connection[Any], name: str, what: str = "drop it") -> int:
    """The oid of ``name`` if it is a login ``create_reader`` made; else a one-line refusal."""
    row = conn.execute(
        "SELECT r.oid, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication,"
        " r.rolbypassrls, r.rolcanlogin, shobj_description(r.oid, 'pg_authid'),"
        " EXISTS (SELECT FROM pg_auth_members AS m"
        "         WHERE m.member = r.oid AND m.roleid IN (to_regrole(%s), to_regrole(%s)))"
        " FROM pg_roles AS r WHERE r.rolname = %s",
        (READER_GROUP, REPORTING_GROUP, name),
    ).fetchone()
    if row is None:
        raise ReaderError(f"no role named {name!r}")
    oid, *powers, can_login, comment, member = row
    if name in (READER_GROUP, REPORTING_GROUP, SANDBOX_ROLE):
        raise ReaderError(f"{name!r} is one of coopdb's own roles, not a reader login")
    held = [
        power.removeprefix("rol").upper() for power, has in zip(POWERS, powers, strict=True) if has
    ]
    if held:
        raise ReaderError(
            f"{name!r} is not a coopdb reader login (it has {', '.join(held)}): refusing to {what}"
        )
    if not (can_login and member and comment == MARKER):
        raise ReaderError(f"{name!r} was not made by `coopdb reader create`: refusing to {what}")
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
