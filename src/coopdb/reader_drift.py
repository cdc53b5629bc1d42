"""What a reader may do beyond reading, found by asking PostgreSQL for effective privileges.

The other checks of ``coopdb db check`` compare coopdb's own grants with what the migrations
made; these ask, for every reader role (the two groups and each login in them), what it can
actually do, whoever granted it: a membership in another role (``pg_write_all_data``,
``pg_maintain``, an application role), a privilege granted to the group or a login directly
(CREATE or TEMPORARY on the database, CREATE on a schema, a write or MAINTAIN on a relation),
a function of ``core`` or ``reporting`` that PUBLIC may execute (a schema's default privileges
cannot take back PostgreSQL's global EXECUTE for PUBLIC, so each new one must be revoked by
name), a SECURITY DEFINER function a reader may call, a reader group that may not connect
(a copy of the database keeps none of its database-level grants), and a login whose limits are
gone: PostgreSQL lets any role change its own defaults (``ALTER ROLE self SET
statement_timeout = 0``, also ``IN DATABASE``, which pg_roles does not show), so the owner
cannot prevent it, only see it here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

READER_GROUP = "coopdb_reader"
REPORTING_GROUP = "coopdb_reporting_reader"
SANDBOX_ROLE = "coopdb_sandbox"
SANDBOX_FUNCTION = "core.run_read_only(text, integer)"
GROUPS = (READER_GROUP, REPORTING_GROUP)
LIMITS = (
    "default_transaction_read_only",
    "statement_timeout",
    "idle_in_transaction_session_timeout",
)
"""Role settings ``coopdb reader create`` gives every login, which the login may lift itself."""
LIFTED = re.compile(r"^(?:0[a-z]*|off|false|no)$")
"""A value that switches the limit off (0, 0s, 0ms ... or off)."""

READERS = """
WITH readers AS (
    SELECT r.oid, r.rolname::text AS name, r.rolcanlogin AS login
    FROM pg_catalog.pg_roles AS r, pg_catalog.pg_database AS db
    WHERE db.datname = pg_catalog.current_database()
      AND (coalesce(pg_catalog.pg_has_role(r.oid, pg_catalog.to_regrole(%(reader)s), 'MEMBER'),
                    false)
           OR coalesce(pg_catalog.pg_has_role(r.oid, pg_catalog.to_regrole(%(reporting)s),
                                              'MEMBER'), false))
      -- An owner may be a member too (to manage the groups): it is no reader.
      AND NOT (r.rolsuper OR r.rolcreaterole OR pg_catalog.pg_has_role(r.oid, db.datdba, 'MEMBER'))
)
"""
"""The reader roles: members of either group (the groups included), owners excepted."""


def _own(predicate: str) -> str:
    """``predicate`` (on ``{role}``) holds for reader ``rd`` but for none of the reader roles
    it inherits from: a grant to a group is one line, not one per login."""
    return (
        f"{predicate.format(role='rd.oid')} AND NOT EXISTS (SELECT FROM readers AS up"
        " WHERE up.oid <> rd.oid AND pg_catalog.pg_has_role(rd.oid, up.oid, 'USAGE')"
        f" AND {predicate.format(role='up.oid')})"
    )


PUBLIC_HAS = (
    "EXISTS (SELECT FROM pg_catalog.aclexplode(coalesce({acl}, pg_catalog.acldefault({kind},"
    " {owner}))) AS a WHERE a.grantee = 0 AND a.privilege_type = {privilege})"
)


def reader_drift(conn: psycopg.Connection[Any]) -> Iterator[str]:
    """One line per thing some reader role may do beyond reading."""
    params = {"reader": READER_GROUP, "reporting": REPORTING_GROUP, "sandbox": SANDBOX_ROLE}
    for check in (_memberships, _database, _schemas, _relations, _functions, _limits):
        yield from check(conn, params)


def _memberships(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    rows = conn.execute(
        READERS + "SELECT rd.name, g.rolname::text FROM readers AS rd, pg_catalog.pg_roles AS g"
        " WHERE g.oid <> rd.oid AND g.rolname NOT IN (%(reader)s, %(reporting)s)"
        " AND g.oid NOT IN (SELECT oid FROM readers)"
        # A login in the sandbox role has its own line (safeguards).
        " AND NOT (rd.login AND g.rolname = %(sandbox)s)"
        " AND pg_catalog.pg_has_role(rd.oid, g.oid, 'MEMBER') ORDER BY 1, 2",
        params,
    ).fetchall()
    for reader, role in rows:
        yield f"{reader} (a coopdb reader) is a member of {role}, so it has that role's privileges"


def _database(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    public = PUBLIC_HAS.format(
        acl="d.datacl", kind="'d'", owner="d.datdba", privilege="p.privilege"
    )
    rows = conn.execute(
        READERS + "SELECT rd.name, p.privilege FROM readers AS rd,"
        " unnest(ARRAY['CREATE', 'TEMPORARY']) AS p(privilege), pg_catalog.pg_database AS d"
        " WHERE d.datname = pg_catalog.current_database()"
        " AND "
        + _own("pg_catalog.has_database_privilege({role}, d.oid, p.privilege)")
        + f" AND NOT {public} ORDER BY 1, 2",  # PUBLIC's own line is in safeguards
        params,
    ).fetchall()
    for reader, privilege in rows:
        yield f"{reader} (a coopdb reader) has {privilege} on this database"
    for group in GROUPS:
        row = conn.execute(
            "SELECT pg_catalog.has_database_privilege(%s, pg_catalog.current_database(),"
            " 'CONNECT') FROM pg_catalog.pg_roles WHERE rolname = %s",
            (group, group),
        ).fetchone()
        if row is not None and not row[0]:
            yield (
                f"{group} may not connect to this database, so its logins cannot log in"
                " (a copy made from a template or a dump does not keep coopdb's privileges):"
                " run `coopdb db upgrade` as its owner"
            )


def _schemas(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    public = PUBLIC_HAS.format(acl="n.nspacl", kind="'n'", owner="n.nspowner", privilege="'CREATE'")
    rows = conn.execute(
        READERS + "SELECT rd.name, n.nspname::text FROM readers AS rd, pg_catalog.pg_namespace AS n"
        " WHERE "
        + _own("pg_catalog.has_schema_privilege({role}, n.oid, 'CREATE')")
        + f" AND NOT {public} ORDER BY 1, 2",
        params,
    ).fetchall()
    for reader, schema in rows:
        yield f"{reader} (a coopdb reader) may create objects in schema {schema}"


WRITES = (
    "CASE WHEN c.relkind = 'S'"
    " THEN pg_catalog.has_sequence_privilege({role}, c.oid, 'USAGE, UPDATE')"
    " WHEN c.relkind IN ('r', 'p', 'v', 'm', 'f')"
    " THEN pg_catalog.has_table_privilege({role}, c.oid, %(writes)s) ELSE false END"
)


def _relations(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    """Writes, TRUNCATE, TRIGGER, MAINTAIN (which lets LOCK TABLE take any mode, from
    PostgreSQL 17), and changing a sequence."""
    version = conn.execute("SELECT current_setting('server_version_num')::int").fetchone()
    writes = "INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER"
    if version and int(version[0]) >= 170000:
        writes += ", MAINTAIN"
    rows = conn.execute(
        READERS + "SELECT rd.name, count(*), min(c.oid::regclass::text)"
        " FROM readers AS rd, pg_catalog.pg_class AS c"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace"
        " WHERE n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'"
        " AND " + _own(WRITES) + " GROUP BY rd.name ORDER BY 1",
        {**params, "writes": writes},
    ).fetchall()
    for reader, count, first in rows:
        yield f"{reader} (a coopdb reader) may write or lock {count} relation(s), such as {first}"


def _functions(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    public = PUBLIC_HAS.format(
        acl="p.proacl", kind="'f'", owner="p.proowner", privilege="'EXECUTE'"
    )
    rows = conn.execute(
        READERS + "SELECT p.oid::regprocedure::text, p.prosecdef, p.proowner::regrole::text,"
        f" {public}, EXISTS (SELECT FROM readers AS rd"
        "   WHERE pg_catalog.has_function_privilege(rd.oid, p.oid, 'EXECUTE'))"
        " FROM pg_catalog.pg_proc AS p"
        " WHERE p.pronamespace IN (SELECT oid FROM pg_catalog.pg_namespace"
        "                          WHERE nspname IN ('core', 'reporting'))"
        " AND p.oid IS DISTINCT FROM pg_catalog.to_regprocedure(%(function)s) ORDER BY 1",
        {**params, "function": SANDBOX_FUNCTION},
    ).fetchall()
    for function, definer, owner, by_public, by_readers in rows:
        if by_public:
            yield (
                f"PUBLIC may execute {function}:"
                f" run REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC"
            )
        if definer and by_readers:
            yield f"{function} is SECURITY DEFINER and readers may call it: it runs as {owner}"


def _limits(conn: psycopg.Connection[Any], params: dict[str, str]) -> Iterator[str]:
    """Reader logins whose effective role defaults no longer carry the limits (the setting
    for this database overrides the one for all), or with no connection limit."""
    rows = conn.execute(
        READERS + "SELECT rd.name, r.rolconnlimit, s.setdatabase <> 0, s.setconfig"
        " FROM readers AS rd JOIN pg_catalog.pg_roles AS r ON r.oid = rd.oid"
        " LEFT JOIN pg_catalog.pg_db_role_setting AS s ON s.setrole = rd.oid"
        "  AND s.setdatabase IN (0, (SELECT oid FROM pg_catalog.pg_database"
        "                            WHERE datname = pg_catalog.current_database()))"
        " WHERE rd.login ORDER BY 1, 3 NULLS FIRST",
        params,
    ).fetchall()
    logins: dict[str, tuple[int, dict[str, tuple[str, bool]]]] = {}
    for name, limit, here, config in rows:
        _, settings = logins.setdefault(name, (int(limit), {}))
        for item in config or []:
            key, _, value = str(item).partition("=")
            settings[key] = (value, bool(here))  # this database's setting comes last: it wins
    for name, (limit, settings) in logins.items():
        lifted = []
        for key in LIMITS:
            value, here = settings.get(key, ("", False))
            if not value:
                lifted.append(f"no {key}")
            elif LIFTED.match(value.strip("'\"").lower()):
                lifted.append(f"{key}={value}" + (" in this database" if here else ""))
        if limit == -1:
            lifted.append("no connection limit")
        if lifted:
            yield (
                f"reader login {name} has lost its limits ({', '.join(lifted)}): set them again"
                f" with ALTER ROLE {name} [IN DATABASE ...] SET, or drop and re-create it"
            )
