"""Read-only logins for analysts and BI tools: members of the coopdb_reader group role.

The password never travels in clear text: libpq turns it into a SCRAM-SHA-256 verifier on
this machine (as psql's \\password does), so it cannot appear in the server's statement log.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

READER_GROUP = "coopdb_reader"
NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
STATEMENT_TIMEOUT = "60s"


class ReaderError(Exception):
    """The login could not be created; one line, never containing the password."""


def create_reader(conn: psycopg.Connection[Any], name: str, password: str) -> None:
    """Create login ``name`` in the reader group, read-only by default, with a timeout."""
    if not NAME.match(name):
        raise ReaderError(
            f"{name!r} is not a valid login name (lowercase letters, digits and _, up to 63)"
        )
    if not password:
        raise ReaderError("the password is empty")
    verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    role = sql.Identifier(name)
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if exists:
                raise ReaderError(f"a role named {name!r} already exists")
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    role, sql.Literal(verifier.decode()), sql.Identifier(READER_GROUP)
                )
            )
            # Settings of a group are not inherited by its members: set them on the login.
            conn.execute(
                sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(role)
            )
            conn.execute(
                sql.SQL("ALTER ROLE {} SET statement_timeout = {}").format(
                    role, sql.Literal(STATEMENT_TIMEOUT)
                )
            )
    except psycopg.Error as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "failed"
        raise ReaderError(f"cannot create {name!r}: {first}") from None


def drop_reader(conn: psycopg.Connection[Any], name: str) -> None:
    """Drop a login created by ``create_reader`` (only members of the reader group)."""
    with conn.transaction():
        row = conn.execute(
            "SELECT pg_has_role(%s, %s, 'member') FROM pg_roles WHERE rolname = %s",
            (name, READER_GROUP, name),
        ).fetchone()
        if row is None:
            raise ReaderError(f"no role named {name!r}")
        if not row[0] or name == READER_GROUP:
            raise ReaderError(f"{name!r} is not a coopdb reader login")
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
