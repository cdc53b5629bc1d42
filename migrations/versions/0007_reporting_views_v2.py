"""Reporting views v2: every view (re)created from ``migrations/sql/0007/``, in name order.

Each file there holds one view: ``CREATE OR REPLACE VIEW reporting.<name>``, then its comments.
A view of 0002 keeps its columns in their order and gains new ones at the end (``CREATE OR
REPLACE VIEW`` only appends); a file for a new view adds that view. A fact view (its select
list has ``... AS source_file, <alias>.quote``, as every fact view of 0002 ends) gets the provenance comments of ``provenance_comments.sql`` right
after it is created, before its own. The downgrade drops every view this revision made and
recreates the views of 0002 from their frozen files (Alembic's replaceable-objects recipe).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import re
from collections.abc import Sequence

from alembic import op

from coopdb.migrate import sql_statements
from coopdb.resources import migrations_dir

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEMPLATE = "provenance_comments"
NOT_VIEWS = {TEMPLATE, "schema"}
FACT_VIEW = re.compile(r"\bAS source_file,\s+\w+\.quote\b")


def view_names(folder: str) -> list[str]:
    """The views a folder of SQL files defines, in name order."""
    paths = (migrations_dir() / "sql" / folder).glob("*.sql")
    return sorted(p.stem for p in paths if p.stem not in NOT_VIEWS)


def create_views(folder: str, verb: str) -> None:
    """Run each view file of ``sql/<folder>/``: its create statement, the provenance comments
    for a fact view, then its own comments."""
    for name in view_names(folder):
        create, *comments = sql_statements(folder, name)
        if not create.startswith(f"{verb} reporting.{name} AS"):
            raise RuntimeError(f"sql/{folder}/{name}.sql must begin with its {verb}")
        op.execute(create)
        if FACT_VIEW.search(create):
            for statement in sql_statements(folder, TEMPLATE, view=name):
                op.execute(statement)
        for statement in comments:
            op.execute(statement)


def upgrade() -> None:
    create_views(revision, "CREATE OR REPLACE VIEW")


def downgrade() -> None:
    for name in reversed(view_names(revision)):
        op.execute(f"DROP VIEW IF EXISTS reporting.{name}")
    create_views("0002", "CREATE VIEW")
