"""Reporting tables: every reporting relation becomes a table with keys, kept by the loader.

PostgreSQL puts no primary or foreign key on a view (nor on a materialized view), so neither
SQLAlchemy's automap nor a BI tool's join detection (Metabase points a foreign key only at a
primary key) could relate the reporting views; and a view aggregates every row before a
filter applies. Each view of ``reporting`` present now (whatever earlier revisions made) is:

- moved unchanged to the private schema ``reporting_source``, as the table's definition
  (no reader has USAGE on it); ``attestations`` gains ``attestation_key`` there, its key;
- replaced by the table ``reporting.<name>``: the same columns in the same order and types,
  the same comments, a primary key, foreign keys (DEFERRABLE INITIALLY DEFERRED) and indexes
  on region, date and source columns, by the naming rules of ``coopdb.reporting_schema``;
- filled from its definition. From now on every load keeps it equal to its definition in the
  load's own transaction (``coopdb.load.reporting``).

A later revision changes a relation with ``coopdb.migrate.define_reporting_relation``, which
changes the definition and the table together. The downgrade drops the tables and makes the
definitions the views of ``reporting`` again.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from coopdb.migrate import reporting_tables_from_views, reporting_views_from_tables

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reporting_tables_from_views(op.get_bind())


def downgrade() -> None:
    reporting_views_from_tables(op.get_bind(), str(down_revision))
