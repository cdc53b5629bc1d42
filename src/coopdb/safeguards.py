"""What keeps readers readers and facts honest, as installed by the migrations, and its drift.

``coopdb db check`` compares the database with these expectations: the sandbox function
``core.run_read_only(text, integer)`` (owner, SECURITY DEFINER, pinned search_path, body,
who may execute it), the quote trigger on every table with a ``quote`` column, what coopdb's
roles own, and the database-level privileges that keep readers from creating anything.
Migration 0005 carries its own frozen copy of the function; a test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import Connection

READER_GROUP = "coopdb_reader"
REPORTING_GROUP = "coopdb_reporting_reader"
SANDBOX_ROLE = "coopdb_sandbox"
SANDBOX_FUNCTION = "core.run_read_only(text, integer)"
SANDBOX_CONFIG = ["search_path=pg_catalog, reporting, core, pg_temp"]
SANDBOX_BODY = """
DECLARE
    alias_list text := '';
BEGIN
    IF column_count IS NULL OR column_count < 0 OR column_count > 1664 THEN
        RAISE EXCEPTION 'column_count must be between 0 and 1664, not %', column_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Whatever the caller's transaction allows, from here on it only reads.
    PERFORM pg_catalog.set_config('transaction_read_only', 'on', true);
    IF column_count > 0 THEN
        SELECT pg_catalog.format('(%s)',
                   pg_catalog.string_agg(pg_catalog.format('c%s', i), ', ' ORDER BY i))
          INTO alias_list
          FROM pg_catalog.generate_series(1, column_count) AS i;
    END IF;
    RETURN QUERY EXECUTE pg_catalog.format(
        E'SELECT pg_catalog.row_to_json(coopdb_r) FROM (%s\\n) AS coopdb_r%s',
        query, alias_list);
END
"""
QUOTE_TRIGGER = "quote_matches_source"
QUOTE_FUNCTION = "core.check_quote()"
QUOTE_TRIGGER_TYPE = 1 | 2 | 4 | 16
"""pg_trigger.tgtype of FOR EACH ROW, BEFORE, INSERT, UPDATE."""
QUOTE_TRIGGER_COLUMNS = ["quote", "quote_end", "quote_start", "source_id"]
QUOTE_BODY = """
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM core.sources AS s
        WHERE s.id = NEW.source_id
          AND substr(s.body, NEW.quote_start + 1, NEW.quote_end - NEW.quote_start) = NEW.quote
    ) THEN
        RAISE EXCEPTION 'core.%: quote is not the text at offsets %..% of source %',
            TG_TABLE_NAME, NEW.quote_start, NEW.quote_end, NEW.source_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
"""

DATABASE_PRIVILEGES = f"""
DO $$
DECLARE
    db text := pg_catalog.current_database();
BEGIN
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
       OR pg_catalog.pg_has_role(current_user,
              (SELECT datdba FROM pg_catalog.pg_database WHERE datname = db), 'USAGE') THEN
        EXECUTE pg_catalog.format(
            'REVOKE CREATE, TEMPORARY, CONNECT ON DATABASE %I FROM PUBLIC', db);
        -- The owner keeps what a load needs (temporary stage tables), readers may connect.
        EXECUTE pg_catalog.format(
            'GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, current_user);
        EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO {READER_GROUP}', db);
        IF pg_catalog.to_regrole('{REPORTING_GROUP}') IS NOT NULL THEN  -- from 0008
            EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO {REPORTING_GROUP}', db);
        END IF;
    ELSE
        RAISE NOTICE 'coopdb: % neither owns database % nor is a superuser, so PUBLIC keeps'
            ' CONNECT and TEMPORARY on it: readers can create temporary tables; ask its owner'
            ' to run REVOKE TEMPORARY, CONNECT ON DATABASE % FROM PUBLIC', current_user, db, db;
    END IF;
END
$$
"""


def secure_database(connection: Connection) -> None:
    """Apply the database-level privileges again once the schema is at 0005 or later.

    They live in pg_database, outside the database: a copy made with ``CREATE DATABASE ...
    TEMPLATE`` or restored from ``pg_dump`` without ``--create`` starts with PostgreSQL's
    defaults (PUBLIC may connect and create temporary tables) and ``db upgrade`` mends it.
    """
    from sqlalchemy import text

    revision = connection.execute(
        text("SELECT max(version_num) FROM public.alembic_version")
    ).scalar()
    if isinstance(revision, str) and revision.isdigit() and int(revision) >= 5:
        connection.execute(text(DATABASE_PRIVILEGES))


def drift(conn: psycopg.Connection[Any]) -> list[str]:
    """One line per way the safeguards differ from what the migrations installed."""
    from coopdb.reader_drift import reader_drift
    from coopdb.reporting_schema import structure_drift

    checks = (_sandbox_drift, _ownership_drift, _trigger_drift, _database_drift, reader_drift)
    return [problem for check in checks for problem in check(conn)] + structure_drift(conn)


def _sandbox_drift(conn: psycopg.Connection[Any]) -> Iterator[str]:
    row = conn.execute(
        "SELECT p.proowner::regrole::text, p.prosecdef, p.proconfig, p.prosrc,"
        " p.prorettype = 'json'::regtype AND p.proretset, l.lanname,"
        " coalesce(p.proacl, acldefault('f', p.proowner))::text[]"
        " FROM pg_catalog.pg_proc AS p JOIN pg_catalog.pg_language AS l ON l.oid = p.prolang"
        " WHERE p.oid = to_regprocedure(%s)",
        (SANDBOX_FUNCTION,),
    ).fetchone()
    name = SANDBOX_FUNCTION
    if row is None:
        yield f"{name} is missing: coopdb sql cannot run (reinstall it with migration 0005)"
        return
    owner, definer, config, body, returns, language, acl = row
    if owner != SANDBOX_ROLE:
        yield f"{name} is owned by {owner}, not {SANDBOX_ROLE}"
    if not definer:
        yield f"{name} is SECURITY INVOKER: queries would run with the caller's rights"
    if list(config or []) != SANDBOX_CONFIG:
        yield f"{name} has settings {config}, not {SANDBOX_CONFIG}"
    if body != SANDBOX_BODY or not returns or language != "plpgsql":
        yield f"{name} has a changed definition"
    yield from _acl_drift(conn, name, acl)
    others = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc AS p"
        " WHERE p.pronamespace = 'core'::regnamespace AND p.proname = 'run_read_only'"
        " AND p.oid <> to_regprocedure(%s) ORDER BY 1",
        (SANDBOX_FUNCTION,),
    ).fetchall()
    for (other,) in others:
        yield f"{other} should not exist"


def _acl_drift(conn: psycopg.Connection[Any], name: str, acl: list[str]) -> Iterator[str]:
    """EXECUTE belongs to the sandbox role (owner), coopdb_reader and the schema's owner."""
    rows = conn.execute(
        "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
        " FROM aclexplode(%s::aclitem[]) AS a WHERE a.privilege_type = 'EXECUTE'",
        (acl,),
    ).fetchall()
    expected = {SANDBOX_ROLE, READER_GROUP, _core_owner(conn) or SANDBOX_ROLE}
    granted = {str(grantee) for (grantee,) in rows}
    for who in sorted(granted - expected):
        yield f"{name} may be executed by {who}"
    if READER_GROUP not in granted:
        yield f"{READER_GROUP} may not execute {name}: readers cannot use coopdb sql"


def _ownership_drift(conn: psycopg.Connection[Any]) -> Iterator[str]:
    """No reader role (of either group) owns anything here; no login is a member of the
    sandbox role."""
    from coopdb.reader_drift import READERS

    owners = conn.execute(
        READERS + "SELECT rd.name, count(*) FROM pg_catalog.pg_shdepend AS d"
        " JOIN readers AS rd ON rd.oid = d.refobjid"
        " JOIN pg_catalog.pg_database AS db ON db.oid = d.dbid"
        " WHERE d.refclassid = 'pg_authid'::regclass AND d.deptype = 'o'"
        " AND db.datname = current_database() GROUP BY rd.name ORDER BY rd.name",
        {"reader": READER_GROUP, "reporting": REPORTING_GROUP},
    ).fetchall()
    for role, count in owners:
        yield f"{role} (a coopdb reader) owns {count} object(s) in this database"
    members = conn.execute(
        "SELECT r.rolname FROM pg_catalog.pg_roles AS r"
        " WHERE r.rolcanlogin AND pg_has_role(r.oid, to_regrole(%s), 'MEMBER')"
        " AND NOT r.rolsuper ORDER BY 1",
        (SANDBOX_ROLE,),
    ).fetchall()
    # The owner of the core schema owns everything anyway; its membership adds nothing.
    owner = _core_owner(conn) if members else None
    for (member,) in members:
        if member != owner:
            yield f"login {member} is a member of {SANDBOX_ROLE}, which owns the sandbox function"


def _core_owner(conn: psycopg.Connection[Any]) -> str | None:
    """The role that owns the core schema (and so everything in it), or None without one."""
    row = conn.execute(
        "SELECT nspowner::regrole::text FROM pg_catalog.pg_namespace WHERE nspname = 'core'"
    ).fetchone()
    return str(row[0]) if row else None


def _trigger_drift(conn: psycopg.Connection[Any]) -> Iterator[str]:
    """Every core table with a quote column has the enabled quote trigger."""
    rows = conn.execute(
        "SELECT c.relname, t.tgenabled, t.tgfoid = to_regprocedure(%s), t.tgtype,"
        " ARRAY(SELECT a.attname::text FROM unnest(t.tgattr::int2[]) AS k(n)"
        "       JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attnum = k.n"
        "       ORDER BY 1)"
        " FROM pg_catalog.pg_class AS c"
        " LEFT JOIN pg_catalog.pg_trigger AS t ON t.tgrelid = c.oid AND t.tgname = %s"
        " WHERE c.relnamespace = 'core'::regnamespace AND c.relkind = 'r'"
        " AND EXISTS (SELECT FROM pg_catalog.pg_attribute AS q WHERE q.attrelid = c.oid"
        "             AND q.attname = 'quote' AND NOT q.attisdropped)"
        " ORDER BY 1",
        (QUOTE_FUNCTION, QUOTE_TRIGGER),
    ).fetchall()
    for table, enabled, calls, kind, columns in rows:
        where = f"core.{table}"
        if enabled is None:
            yield f"{where} has no {QUOTE_TRIGGER} trigger: quotes are not verified"
        elif enabled not in ("O", "A"):
            yield f"{where}: trigger {QUOTE_TRIGGER} is disabled"
        elif not calls or kind != QUOTE_TRIGGER_TYPE or columns != QUOTE_TRIGGER_COLUMNS:
            yield f"{where}: trigger {QUOTE_TRIGGER} has a changed definition"
    body = conn.execute(
        "SELECT prosrc, prosecdef FROM pg_catalog.pg_proc WHERE oid = to_regprocedure(%s)",
        (QUOTE_FUNCTION,),
    ).fetchone()
    if body is None:
        yield f"{QUOTE_FUNCTION} is missing"
    elif body[0] != QUOTE_BODY or body[1]:
        yield f"{QUOTE_FUNCTION} has a changed definition"


def _database_drift(conn: psycopg.Connection[Any]) -> Iterator[str]:
    """PUBLIC may neither connect to the database, nor create in it or in any schema."""
    row = conn.execute(
        "SELECT array_agg(a.privilege_type ORDER BY a.privilege_type)"
        " FROM pg_catalog.pg_database AS d,"
        " aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) AS a"
        " WHERE d.datname = current_database() AND a.grantee = 0"
    ).fetchone()
    if row and row[0]:
        yield (
            f"PUBLIC has {', '.join(row[0])} on this database (a copy made from a template or"
            " a dump does not keep coopdb's privileges): run `coopdb db upgrade` as its owner"
        )
    schemas = conn.execute(
        "SELECT n.nspname FROM pg_catalog.pg_namespace AS n,"
        " aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS a"
        " WHERE a.grantee = 0 AND a.privilege_type = 'CREATE' ORDER BY 1"
    ).fetchall()
    for (name,) in schemas:
        yield f"PUBLIC may create objects in schema {name}"
