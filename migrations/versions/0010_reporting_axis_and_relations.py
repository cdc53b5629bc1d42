"""Reporting v3: a time axis on every fact, trade by year, and the missing relations.

Every file of ``migrations/sql/0010/`` holds one relation of ``reporting``:
``CREATE OR REPLACE VIEW reporting.<name>``, then its comments. A view that revision 0007
made keeps its columns in their order and gains new ones at the end (``CREATE OR REPLACE
VIEW`` only appends); a file for a new name adds that view. As in 0007, a fact view (its select
list has ``... AS source_file, <alias>.quote``) gets the provenance comments of
``sql/0007/provenance_comments.sql`` before its own.

- Time axis: every fact relation gains ``date_for_axis`` (a ``date``: the date when known, else
  the first day of its interval), ``date_precision`` (day, month, quarter, half, year or
  none) and ``date_source`` (own, meeting, source or none: where the date comes from).
- ``reporting.trade_by_year``: calendar-year trade history per Russian region and flow.
- New relations: ``enterprises``, ``holdings``, ``proposal_enterprises``,
  ``meeting_regions``, ``twinning_regions``, ``official_mentions`` and one relation per
  ``'; '``-joined list column, each keyed by its first column.

The downgrade drops the views this revision made and recreates those it replaced from
``sql/0007/`` (Alembic's replaceable-objects recipe).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import re
from collections.abc import Sequence

from alembic import op

from coopdb.migrate import sql_statements
from coopdb.resources import migrations_dir

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PREVIOUS = "0007"
TEMPLATE = "provenance_comments"
NOT_VIEWS = {TEMPLATE, "schema"}
FACT_VIEW = re.compile(r"\bAS source_file,\s+\w+\.quote\b")


def view_names(folder: str) -> list[str]:
    """The views a folder of SQL files defines, in name order."""
    paths = (migrations_dir() / "sql" / folder).glob("*.sql")
    return sorted(p.stem for p in paths if p.stem not in NOT_VIEWS)


def create_view(folder: str, name: str) -> None:
    """Run ``sql/<folder>/<name>.sql``: its create statement, the provenance comments for a
    fact view, then its own comments."""
    create, *comments = sql_statements(folder, name)
    if not create.startswith(f"CREATE OR REPLACE VIEW reporting.{name} AS"):
        raise RuntimeError(f"sql/{folder}/{name}.sql must begin with its CREATE OR REPLACE VIEW")
    op.execute(create)
    if FACT_VIEW.search(create):
        for statement in sql_statements(PREVIOUS, TEMPLATE, view=name):
            op.execute(statement)
    for statement in comments:
        op.execute(statement)


def upgrade() -> None:
    for name in view_names(revision):
        create_view(revision, name)


def downgrade() -> None:
    replaced = set(view_names(PREVIOUS))
    for name in reversed(view_names(revision)):
        op.execute(f"DROP VIEW IF EXISTS reporting.{name}")
    for name in view_names(revision):
        if name in replaced:
            create_view(PREVIOUS, name)
