"""Readers stay readers: a sandbox role owns the query runner, readers can create nothing.

- ``coopdb_sandbox`` (NOLOGIN, no login is a member) owns the new
  ``core.run_read_only(query text, column_count integer)``: SECURITY DEFINER, search_path
  pinned with pg_catalog first and pg_temp last, every call schema-qualified. Each row comes
  back as a JSON object keyed c1..cN by position. The old one-argument function, owned by
  ``coopdb_reader`` (so every reader login could alter or drop it), is dropped: the reader
  group owns nothing.
- PUBLIC loses CONNECT and TEMPORARY on the database and CREATE on every schema; with a
  superuser migrating, also EXECUTE on the functions that create or write large objects and
  on pg_notify (otherwise a NOTICE says so: PostgreSQL lets only superusers change them).
- ``core.load_lock``: an empty table loads lock in EXCLUSIVE mode; readers have no privilege
  on it, so unlike an advisory lock they cannot take or block it.
- Readers may read ``public.alembic_version``, so the CLI works with a reader login.
- Reader logins made before this revision are marked as such and get a connection limit, an
  idle-in-transaction timeout and (with a superuser migrating) a temp_file_limit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READER = "coopdb_reader"
SANDBOX = "coopdb_sandbox"
SCHEMAS = ("core", "reporting")
MARKER = "coopdb reader login: read-only, made by coopdb reader create"
FUNCTION = "core.run_read_only(text, integer)"
LO_WRITERS = (
    "lo_creat(integer)",
    "lo_create(oid)",
    "lo_from_bytea(oid, bytea)",
    "lo_put(oid, bigint, bytea)",
    "lowrite(integer, bytea)",
    "lo_truncate(integer, integer)",
    "lo_truncate64(integer, bigint)",
    "pg_notify(text, text)",
)
# Superuser-only already in PostgreSQL's defaults: revoked again, never granted back.
LO_IMPORTS = ("lo_import(text)", "lo_import(text, oid)")

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

SANDBOX_FUNCTION = f"""
CREATE FUNCTION core.run_read_only(query text, column_count integer) RETURNS SETOF json
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, reporting, core, pg_temp
AS $coopdb${SANDBOX_BODY}$coopdb$
"""

# The one-argument function of revision 0003, restored by the downgrade.
OLD_FUNCTION = f"""
CREATE FUNCTION core.run_read_only(query text) RETURNS SETOF json
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = reporting, core, pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT row_to_json(q) FROM (%s\n) AS q', query);
END
$$;
GRANT CREATE ON SCHEMA core TO {READER};
ALTER FUNCTION core.run_read_only(text) OWNER TO {READER};
REVOKE CREATE ON SCHEMA core FROM {READER};
REVOKE ALL ON FUNCTION core.run_read_only(text) FROM PUBLIC;
COMMENT ON FUNCTION core.run_read_only(text) IS
    'Runs one SELECT with the rights of {READER}; used by coopdb sql. One JSON object per row.';
"""

IS_SUPERUSER = "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)"
# May the migrating role SET ROLE to the sandbox role, as giving it the function needs? (From
# PostgreSQL 16 a role's creator holds only ADMIN on it unless it grants itself SET.)
CAN_BE_SANDBOX = (
    f"pg_catalog.pg_has_role(current_user, '{SANDBOX}',"
    " CASE WHEN pg_catalog.current_setting('server_version_num')::int >= 160000"
    " THEN 'SET' ELSE 'MEMBER' END)"
)


def _do(body: str, declare: str = "") -> None:
    """Run a PL/pgSQL block (roles and database names need dynamic SQL)."""
    op.execute(f"DO $coopdb$\n{declare}BEGIN\n{body}\nEND\n$coopdb$")


def upgrade() -> None:
    _create_sandbox_role()
    op.execute("CREATE TABLE core.load_lock ()")  # holds no rows: its lock is the point
    op.execute(
        "COMMENT ON TABLE core.load_lock IS 'Holds no rows. coopdb load locks it in EXCLUSIVE"
        " mode so loads run one at a time; readers have no privilege on it, so no reader can"
        " take or block that lock.'"
    )
    for schema in SCHEMAS:
        op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {SANDBOX}")
        op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {SANDBOX}")
        op.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {SANDBOX}"
        )
    # The default privileges gave readers and the sandbox SELECT on it: none at all.
    op.execute(f"REVOKE ALL ON core.load_lock FROM PUBLIC, {READER}, {SANDBOX}")
    op.execute("DROP FUNCTION core.run_read_only(text)")
    op.execute(SANDBOX_FUNCTION)
    # A new owner needs CREATE on the schema (unless a superuser migrates): for a moment only.
    op.execute(f"GRANT CREATE ON SCHEMA core TO {SANDBOX}")
    op.execute(f"ALTER FUNCTION {FUNCTION} OWNER TO {SANDBOX}")
    op.execute(f"REVOKE CREATE ON SCHEMA core FROM {SANDBOX}")
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {READER}, CURRENT_USER")
    op.execute(
        f"COMMENT ON FUNCTION {FUNCTION} IS 'Runs one SELECT with the rights of {SANDBOX}"
        " (SELECT on core and reporting, nothing else) and makes the rest of the transaction"
        " read-only; used by coopdb sql. One JSON object per row, keyed c1..cN by position.'"
    )
    op.execute(f"GRANT SELECT ON public.alembic_version TO {READER}")
    _revoke_public_rights()
    _harden_existing_readers()
    _give_back_sandbox_membership()


def _give_back_sandbox_membership() -> None:
    """Revoke the membership this migration granted to move the function (none otherwise)."""
    _do(
        "IF pg_catalog.current_setting('coopdb.granted_sandbox', true) = 'on' THEN"
        f" EXECUTE 'REVOKE {SANDBOX} FROM ' || pg_catalog.quote_ident(current_user);"
        " END IF;"
    )


def _create_sandbox_role() -> None:
    """Roles are cluster-wide: create it only if missing. A migrating role that is no
    superuser must be a member for a moment, to give it the function (revoked at the end)."""
    _do(
        f"""
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{SANDBOX}') THEN
        CREATE ROLE {SANDBOX} NOLOGIN NOINHERIT;
    END IF;
    IF NOT {IS_SUPERUSER} AND NOT {CAN_BE_SANDBOX} THEN
        EXECUTE 'GRANT {SANDBOX} TO ' || pg_catalog.quote_ident(current_user);
        PERFORM pg_catalog.set_config('coopdb.granted_sandbox', 'on', true);
    END IF;"""
    )
    op.execute(
        f"COMMENT ON ROLE {SANDBOX} IS 'Owns core.run_read_only(text, integer), which coopdb sql"
        " runs queries through: SELECT on core and reporting, nothing else; no login is a member.'"
    )


def _revoke_public_rights() -> None:
    """PUBLIC may create nothing: no temporary tables, objects in schemas, large objects."""
    _do(
        """
    FOR schema_name IN
        SELECT nspname FROM pg_catalog.pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
          AND (pg_catalog.pg_has_role(current_user, nspowner, 'USAGE') OR su)
    LOOP
        EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', schema_name);
    END LOOP;
    IF su OR pg_catalog.pg_has_role(current_user, (SELECT datdba FROM pg_catalog.pg_database
                                          WHERE datname = pg_catalog.current_database()), 'USAGE')
    THEN
        EXECUTE pg_catalog.format('REVOKE CREATE, TEMPORARY, CONNECT ON DATABASE %I FROM PUBLIC',
                                  pg_catalog.current_database());
        -- The owner keeps what a load needs (temporary stage tables); readers may connect.
        EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I',
                                  pg_catalog.current_database(), current_user);
        EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO {reader}',
                                  pg_catalog.current_database());
    ELSE
        RAISE NOTICE 'coopdb: % neither owns database % nor is a superuser: PUBLIC keeps'
            ' CONNECT and TEMPORARY there, so readers can create temporary tables',
            current_user, pg_catalog.current_database();
    END IF;
    IF su THEN
        FOREACH fn IN ARRAY ARRAY[{functions}] LOOP
            EXECUTE 'REVOKE EXECUTE ON FUNCTION pg_catalog.' || fn || ' FROM PUBLIC';
        END LOOP;
    ELSE
        RAISE NOTICE 'coopdb: % is no superuser, so PUBLIC keeps EXECUTE on lo_create,'
            ' lo_from_bytea and pg_notify: readers can store large objects', current_user;
    END IF;""".replace("{reader}", READER).replace(
            "{functions}", ", ".join(f"'{f}'" for f in (*LO_WRITERS, *LO_IMPORTS))
        ),
        declare=f"DECLARE\n    schema_name text;\n    fn text;\n    su boolean := {IS_SUPERUSER};\n",
    )


def _harden_existing_readers() -> None:
    """Logins made by an earlier ``coopdb reader create``: direct members of the reader group,
    read-only by default, with no attribute beyond LOGIN."""
    _do(
        f"""
    FOR login IN
        SELECT r.rolname, r.rolconnlimit FROM pg_catalog.pg_roles AS r
        JOIN pg_catalog.pg_auth_members AS m ON m.member = r.oid AND m.roleid = '{READER}'::regrole
        WHERE r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb
                                     OR r.rolreplication OR r.rolbypassrls)
          AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER WITH ADMIN OPTION')
          AND EXISTS (SELECT FROM pg_catalog.pg_db_role_setting AS s
                      WHERE s.setrole = r.oid AND s.setdatabase = 0
                        AND 'default_transaction_read_only=on' = ANY (s.setconfig))
    LOOP
        BEGIN
            EXECUTE pg_catalog.format('COMMENT ON ROLE %I IS %L', login.rolname, '{MARKER}');
            IF login.rolconnlimit = -1 THEN
                EXECUTE pg_catalog.format('ALTER ROLE %I CONNECTION LIMIT 5', login.rolname);
            END IF;
            EXECUTE pg_catalog.format(
                'ALTER ROLE %I SET idle_in_transaction_session_timeout = ''5min''', login.rolname);
            IF {IS_SUPERUSER} THEN
                EXECUTE pg_catalog.format('ALTER ROLE %I SET temp_file_limit = ''1GB''',
                                          login.rolname);
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'coopdb: cannot set the limits of reader login %', login.rolname;
        END;
    END LOOP;""",
        declare="DECLARE\n    login record;\n",
    )


def downgrade() -> None:
    _do(
        f"IF NOT {IS_SUPERUSER} AND NOT {CAN_BE_SANDBOX}"
        f" THEN EXECUTE 'GRANT {SANDBOX} TO ' || pg_catalog.quote_ident(current_user);"
        " PERFORM pg_catalog.set_config('coopdb.granted_sandbox', 'on', true);"
        " END IF;"
    )
    op.execute(f"REVOKE SELECT ON public.alembic_version FROM {READER}")
    op.execute(f"DROP FUNCTION {FUNCTION}")
    op.execute(OLD_FUNCTION)
    op.execute("DROP TABLE core.load_lock")
    for schema in SCHEMAS:
        op.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE SELECT ON TABLES FROM {SANDBOX}"
        )
        op.execute(f"REVOKE SELECT ON ALL TABLES IN SCHEMA {schema} FROM {SANDBOX}")
        op.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {SANDBOX}")
    # PostgreSQL's defaults come back: PUBLIC may connect and create temporary tables.
    _do(
        f"""
    IF {IS_SUPERUSER} OR pg_catalog.pg_has_role(current_user, (SELECT datdba
            FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()), 'USAGE')
    THEN
        EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC',
                                  pg_catalog.current_database());
    END IF;
    IF {IS_SUPERUSER} THEN
        FOREACH fn IN ARRAY ARRAY[{", ".join(f"'{f}'" for f in LO_WRITERS)}] LOOP
            EXECUTE 'GRANT EXECUTE ON FUNCTION pg_catalog.' || fn || ' TO PUBLIC';
        END LOOP;
    END IF;""",
        declare="DECLARE\n    fn text;\n",
    )
    _give_back_sandbox_membership()
    _do(
        f"""
    DROP ROLE {SANDBOX};
EXCEPTION
    WHEN dependent_objects_still_exist THEN
        NULL;  -- another coopdb database on this server still uses it: keep the role
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'coopdb: % may not drop role {SANDBOX}; it owns nothing here now',
            current_user;"""
    )
