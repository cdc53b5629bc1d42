"""Add the reporting schema: flat, documented views, one row per fact, for SQL and BI tools.

The names and types here are a stable interface: analysts' queries and dashboards rely on
them, so changing one is a breaking change that needs a new migration and a release note.
Types are the ones BI tools handle well: text, integer/bigint, numeric, date, boolean.

The SQL lives in ``migrations/sql/0002/``, one file per view (its ``CREATE VIEW`` and
comments), frozen with this revision. The provenance columns every fact view ends with are
documented once, in ``provenance_comments.sql``. A later change to a view is a new revision
with new SQL files (``CREATE OR REPLACE VIEW`` up, the previous revision's file down: Alembic's
"Replaceable Objects" recipe); these files stay as they are.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from coopdb.migrate import sql_statements

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (view, is a fact view ending with source_id, source_file and quote), in creation order.
VIEWS: list[tuple[str, bool]] = [
    ("sources", False),
    ("regions", False),
    ("meetings", True),
    ("meeting_participants", True),
    ("officials", False),
    ("trade_figures", True),
    ("trade_goods", True),
    ("proposals", True),
    ("enterprise_mentions", True),
    ("twinning", True),
]


def upgrade() -> None:
    for statement in sql_statements(revision, "schema"):
        op.execute(statement)
    for name, is_fact in VIEWS:
        create, *comments = sql_statements(revision, name)
        if not create.startswith(f"CREATE VIEW reporting.{name} AS"):
            raise RuntimeError(f"sql/{revision}/{name}.sql must begin with its CREATE VIEW")
        op.execute(create)
        if is_fact:
            for statement in sql_statements(revision, "provenance_comments", view=name):
                op.execute(statement)
        for statement in comments:
            op.execute(statement)


def downgrade() -> None:
    op.execute("DROP SCHEMA reporting CASCADE")
