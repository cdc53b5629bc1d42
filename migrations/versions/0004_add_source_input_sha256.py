"""Add Source.input_sha256, so a load can skip articles whose files did not change.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sources",
        sa.Column(
            "input_sha256",
            sa.Text(),
            server_default="",
            nullable=False,
            comment="Hash of the article's files, the shared files and the validator when it was"
            " loaded: a load does not read an article again while this still matches.",
        ),
        schema="core",
    )


def downgrade() -> None:
    op.drop_column("sources", "input_sha256", schema="core")
