"""Add the coopdb_reader group role, and core.run_read_only() to run analysts' queries as it.

The role has read-only access to the core and reporting schemas.

Roles belong to the whole PostgreSQL cluster, so the role is created only if missing and, on
downgrade, dropped only when no other database still grants it anything. Logins are made
members with `coopdb reader create NAME`, which also makes each login read-only by default and
gives it a statement timeout (role settings are not inherited from a group).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "coopdb_reader"
SCHEMAS = ("core", "reporting")

# SECURITY DEFINER, owned by the reader: whoever calls it, the query runs with the reader's
# rights, and PostgreSQL forbids changing role (SET ROLE, set_config('role', ...)) inside a
# security-definer function, so even a superuser's session cannot be escalated from the text.
# RETURN QUERY EXECUTE opens a cursor, which admits exactly one query; wrapping it as a
# subquery admits only a SELECT (data-modifying WITH must be at the top level).
RUN_READ_ONLY = f"""
CREATE FUNCTION core.run_read_only(query text) RETURNS SETOF json
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = reporting, core, pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT row_to_json(q) FROM (%s\n) AS q', query);
END
$$;
-- A new owner needs CREATE on the schema (unless a superuser migrates): for a moment only.
GRANT CREATE ON SCHEMA core TO {ROLE};
ALTER FUNCTION core.run_read_only(text) OWNER TO {ROLE};
REVOKE CREATE ON SCHEMA core FROM {ROLE};
REVOKE ALL ON FUNCTION core.run_read_only(text) FROM PUBLIC;
COMMENT ON FUNCTION core.run_read_only(text) IS
    'Runs one SELECT with the rights of {ROLE}; used by coopdb sql. One JSON object per row.';
"""


def upgrade() -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') THEN
                CREATE ROLE {ROLE} NOLOGIN;
            END IF;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO {ROLE}', current_database());
        END
        $$
        """
    )
    op.execute(
        f"COMMENT ON ROLE {ROLE} IS 'Read-only access to coopdb (core and reporting schemas);"
        " logins are made with coopdb reader create NAME.'"
    )
    op.execute(f"ALTER ROLE {ROLE} SET default_transaction_read_only = on")
    op.execute(f"ALTER ROLE {ROLE} SET statement_timeout = '60s'")
    for schema in SCHEMAS:
        op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {ROLE}")
        op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ROLE}")
        # Tables and views created later by the migrations' role are covered too.
        op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {ROLE}")
    op.execute(RUN_READ_ONLY)


def downgrade() -> None:
    op.execute("DROP FUNCTION core.run_read_only(text)")
    for schema in SCHEMAS:
        op.execute(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE SELECT ON TABLES FROM {ROLE}"
        )
        op.execute(f"REVOKE SELECT ON ALL TABLES IN SCHEMA {schema} FROM {ROLE}")
        op.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {ROLE}")
    op.execute(
        f"""
        DO $$
        BEGIN
            EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM {ROLE}', current_database());
            DROP ROLE {ROLE};
        EXCEPTION WHEN dependent_objects_still_exist THEN
            -- Another coopdb database on this server still grants it rights: keep the role.
            NULL;
        END
        $$
        """
    )
