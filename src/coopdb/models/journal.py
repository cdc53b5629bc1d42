"""The load journal: one row per load that changed anything, and one per row it changed.

A consumer that syncs asks "what changed since load N" in one query instead of comparing
whole downloads; the loader writes both tables in the transaction of the load itself, so a
load that rolls back leaves no entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Boolean, CheckConstraint, DateTime, Integer, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from coopdb.models.base import Base, Id, fk

OPERATIONS = ("insert", "update", "delete")


class Load(Base):
    """A load that wrote at least one row (a load that changed nothing records nothing)."""

    __tablename__ = "loads"
    __table_args__ = (
        CheckConstraint("input_sha256 ~ '^[0-9a-f]{64}$'", name="input_sha256_hex"),
        CheckConstraint("finished_at >= started_at", name="order"),
        CheckConstraint("added >= 0 AND changed >= 0 AND removed >= 0", name="counts"),
        {"comment": "Loads that changed the database, numbered in order; see core.changes."},
    )

    id: Mapped[Id] = mapped_column(comment="Load number, increasing: changes since load N.")
    started_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), comment="When the load's transaction began."
    )
    finished_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), comment="When the load had written its last row (it commits then)."
    )
    input_sha256: Mapped[str] = mapped_column(
        Text,
        comment="SHA-256 over every loaded article's key and input fingerprint, in key order:"
        " equal for two loads of the same files with the same coopdb.",
    )
    full_load: Mapped[bool] = mapped_column(
        Boolean, comment="True for coopdb load --full (every article compared, drift repaired)."
    )
    added: Mapped[int] = mapped_column(Integer, comment="Rows inserted, over all core tables.")
    changed: Mapped[int] = mapped_column(Integer, comment="Rows updated, over all core tables.")
    removed: Mapped[int] = mapped_column(Integer, comment="Rows deleted, over all core tables.")
    coopdb_version: Mapped[str] = mapped_column(Text, comment="Version of coopdb that loaded.")


class Change(Base):
    """One row a load inserted, updated or deleted."""

    __tablename__ = "changes"
    __table_args__ = (
        CheckConstraint(
            "operation IN (" + ", ".join(f"'{o}'" for o in OPERATIONS) + ")", name="operation"
        ),
        CheckConstraint("jsonb_typeof(row_key) = 'object'", name="row_key_object"),
        {"comment": "Every row each load inserted, updated or deleted, by core table and id."},
    )

    load_id: Mapped[int] = mapped_column(
        fk("loads.id", ondelete="CASCADE"),
        primary_key=True,
        comment="The load that made the change (core.loads.id).",
    )
    relation: Mapped[str] = mapped_column(
        Text, primary_key=True, comment="The core table changed, e.g. meetings, trade_figures."
    )
    row_key: Mapped[dict[str, Any]] = mapped_column(
        JSONB,
        primary_key=True,
        comment="The row's natural key as a JSON object (column → value), e.g."
        ' {"source_id": 3, "key": "m1"}: what identifies a deleted row too.',
    )
    row_id: Mapped[int | None] = mapped_column(
        BigInteger,
        comment="The row's id (the id column of the reporting relation that shows it); NULL for"
        " link tables without one (meeting_regions, proposal_enterprises, twinning_regions).",
    )
    operation: Mapped[str] = mapped_column(Text, comment="insert, update or delete.")
