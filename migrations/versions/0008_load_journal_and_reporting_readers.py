"""The load journal, and reader logins that see only the reporting schema.

- ``core.loads`` (one row per load that changed anything) and ``core.changes`` (one row per
  row a load inserted, updated or deleted), read as ``reporting.loads`` and
  ``reporting.changes`` (views in ``migrations/sql/0008/``); readers may select, not write.
- ``coopdb_reporting_reader`` (NOLOGIN): USAGE on ``reporting`` and SELECT on its relations
  (now and later), SELECT on ``public.alembic_version`` so the CLI can check the schema, and
  nothing in ``core``: ``coopdb reader create --reporting-only`` makes its logins members of
  it alone. Reporting views run with their owner's rights, so they show what they select.
- PUBLIC loses EXECUTE on the functions of ``core`` (trigger functions fire without it), now
  and for functions made later, so only the owner and the roles granted one may call it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from coopdb.migrate import sql_statements

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORTING_READER = "coopdb_reporting_reader"
VIEWS = ("loads", "changes")


def _stamp(name: str, comment: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, comment=comment)


def _count(name: str, comment: str) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), nullable=False, comment=comment)


def _create_tables() -> None:
    op.create_table(
        "loads",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Load number, increasing: changes since load N.",
        ),
        _stamp("started_at", "When the load's transaction began."),
        _stamp("finished_at", "When the load had written its last row (it commits then)."),
        sa.Column(
            "input_sha256",
            sa.Text(),
            nullable=False,
            comment="SHA-256 over every loaded article's key and input fingerprint, in key order:"
            " equal for two loads of the same files with the same coopdb.",
        ),
        sa.Column(
            "full_load",
            sa.Boolean(),
            nullable=False,
            comment="True for coopdb load --full (every article compared, drift repaired).",
        ),
        _count("added", "Rows inserted, over all core tables."),
        _count("changed", "Rows updated, over all core tables."),
        _count("removed", "Rows deleted, over all core tables."),
        sa.Column(
            "coopdb_version", sa.Text(), nullable=False, comment="Version of coopdb that loaded."
        ),
        sa.CheckConstraint("input_sha256 ~ '^[0-9a-f]{64}$'", name="ck_loads_input_sha256_hex"),
        sa.CheckConstraint("finished_at >= started_at", name="ck_loads_order"),
        sa.CheckConstraint("added >= 0 AND changed >= 0 AND removed >= 0", name="ck_loads_counts"),
        sa.PrimaryKeyConstraint("id", name="pk_loads"),
        schema="core",
        comment="Loads that changed the database, numbered in order; see core.changes.",
    )
    op.create_table(
        "changes",
        sa.Column(
            "load_id",
            sa.BigInteger(),
            nullable=False,
            comment="The load that made the change (core.loads.id).",
        ),
        sa.Column(
            "relation",
            sa.Text(),
            nullable=False,
            comment="The core table changed, e.g. meetings, trade_figures.",
        ),
        sa.Column(
            "row_key",
            JSONB(),
            nullable=False,
            comment="The row's natural key as a JSON object (column → value), e.g."
            ' {"source_id": 3, "key": "m1"}: what identifies a deleted row too.',
        ),
        sa.Column(
            "row_id",
            sa.BigInteger(),
            nullable=True,
            comment="The row's id (the id column of the reporting relation that shows it); NULL"
            " for link tables without one (meeting_regions, proposal_enterprises,"
            " twinning_regions).",
        ),
        sa.Column("operation", sa.Text(), nullable=False, comment="insert, update or delete."),
        sa.CheckConstraint(
            "operation IN ('insert', 'update', 'delete')", name="ck_changes_operation"
        ),
        sa.CheckConstraint("jsonb_typeof(row_key) = 'object'", name="ck_changes_row_key_object"),
        sa.ForeignKeyConstraint(
            ["load_id"],
            ["core.loads.id"],
            name="fk_changes_load_id_loads",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("load_id", "relation", "row_key", name="pk_changes"),
        schema="core",
        comment="Every row each load inserted, updated or deleted, by core table and id.",
    )


def _do(body: str) -> None:
    op.execute(f"DO $coopdb$\nBEGIN\n{body}\nEND\n$coopdb$")


def _create_reporting_reader() -> None:
    """Roles are cluster-wide: create the group only if another coopdb database has not."""
    _do(
        f"IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{REPORTING_READER}')"
        f" THEN CREATE ROLE {REPORTING_READER} NOLOGIN; END IF;"
        f" EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO {REPORTING_READER}',"
        " pg_catalog.current_database());"
    )
    # Its comment needs ADMIN on it: a migrating owner without it (the group came from another
    # database's migration) leaves it as it is.
    _do(
        f"COMMENT ON ROLE {REPORTING_READER} IS 'Read-only access to the reporting schema of"
        " coopdb and nothing in core; logins are made with coopdb reader create NAME"
        " --reporting-only.';"
        " EXCEPTION WHEN insufficient_privilege THEN NULL;"
    )
    op.execute(f"GRANT USAGE ON SCHEMA reporting TO {REPORTING_READER}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO {REPORTING_READER}")
    op.execute(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO {REPORTING_READER}"
    )
    op.execute(f"GRANT SELECT ON public.alembic_version TO {REPORTING_READER}")


def upgrade() -> None:
    _create_tables()
    for name in VIEWS:
        for statement in sql_statements(revision, name):
            op.execute(statement)
    _create_reporting_reader()
    op.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA core FROM PUBLIC")
    op.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA core REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")


def downgrade() -> None:
    op.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA core GRANT EXECUTE ON FUNCTIONS TO PUBLIC")
    op.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA core TO PUBLIC")
    op.execute("REVOKE EXECUTE ON FUNCTION core.run_read_only(text, integer) FROM PUBLIC")
    op.execute(f"REVOKE SELECT ON public.alembic_version FROM {REPORTING_READER}")
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA reporting"
        f" REVOKE SELECT ON TABLES FROM {REPORTING_READER}"
    )
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW reporting.{name}")
    op.execute(f"REVOKE SELECT ON ALL TABLES IN SCHEMA reporting FROM {REPORTING_READER}")
    op.execute(f"REVOKE USAGE ON SCHEMA reporting FROM {REPORTING_READER}")
    _do(
        f"EXECUTE pg_catalog.format('REVOKE CONNECT ON DATABASE %I FROM {REPORTING_READER}',"
        " pg_catalog.current_database());"
        f" DROP ROLE {REPORTING_READER};"
        " EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN"
        " NULL;  -- another coopdb database on this server still uses it: keep the role"
    )
    op.drop_table("changes", schema="core")
    op.drop_table("loads", schema="core")
