"""Evidence across articles: attestations of facts defined elsewhere, quantities that are not
money, and statements (intentions, assessments, commitments, claims)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Numeric, SmallInteger, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdb.models.base import (
    Base,
    Citation,
    Id,
    Key,
    Noted,
    Provenance,
    SourceErrorMark,
    _in,
    citation,
    fk,
    period_checks,
    qualified_checks,
    text,
)
from coopdb.vocabulary import FIGURE_STATUSES, SIDES, STATEMENT_KINDS

QUANTITY = Numeric(20, 4)


class Statement(Noted, Provenance, Base):
    """What someone said they intend, assess, commit to or claim."""

    __tablename__ = "statements"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("kind", STATEMENT_KINDS), name="kind"),
        CheckConstraint(_in("side", SIDES), name="side"),
        *Provenance.provenance_checks(),
        {"comment": "Statements: intentions, assessments, commitments and claims, by whom."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique across the seeds folder.")
    kind: Mapped[str] = mapped_column(Text, comment="intention, assessment, commitment or claim.")
    speaker_official_id: Mapped[int | None] = mapped_column(
        fk("officials.id"), index=True, comment="Who said it, when the text names one person."
    )
    side: Mapped[str | None] = text("BY or RU: whose statement it is; NULL when not known.")
    summary: Mapped[str] = mapped_column(Text, comment="Curator's one-line summary.")
    region_id: Mapped[int | None] = mapped_column(
        fk("regions.id"), index=True, comment="The Russian region concerned; NULL for none."
    )
    sector_id: Mapped[int | None] = mapped_column(
        fk("sectors.id"), index=True, comment="Sector concerned, when one is."
    )
    meeting_id: Mapped[int | None] = mapped_column(
        fk("meetings.id", ondelete="SET NULL"), index=True, comment="Meeting it was made at."
    )


class Quantity(Noted, SourceErrorMark, Provenance, Base):
    """A number that is not money (tractors, buses, hectares), as bounds, with its unit."""

    __tablename__ = "quantities"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        *qualified_checks("value"),
        CheckConstraint("value_low IS NOT NULL OR value_high IS NOT NULL", name="value_present"),
        CheckConstraint(_in("status", FIGURE_STATUSES), name="status"),
        CheckConstraint(
            "num_nonnulls(proposal_id, meeting_id, twinning_id, statement_id, trade_figure_id)"
            " <= 1",
            name="one_link",
        ),
        CheckConstraint("unit ~ '^[a-z]+([ -][a-z]+)*$'", name="unit_lower"),
        *period_checks("period"),
        *SourceErrorMark.source_error_checks(),
        *Provenance.provenance_checks(),
        {"comment": "Quantities that are not money (units made, delivered, planned), with status."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique across the seeds folder.")
    region_id: Mapped[int | None] = mapped_column(
        fk("regions.id"), index=True, comment="The Russian region concerned; NULL for none."
    )
    what: Mapped[str] = mapped_column(Text, comment="What is counted, in the curator's words.")
    unit: Mapped[str] = mapped_column(Text, comment="Unit counted: a singular lower-case noun.")
    value_low: Mapped[Decimal | None] = mapped_column(
        QUANTITY, comment="Lower bound (NULL for 'nearly', 'under', 'up to')."
    )
    value_high: Mapped[Decimal | None] = mapped_column(
        QUANTITY, comment="Upper bound (NULL for 'over X')."
    )
    value_best: Mapped[Decimal | None] = mapped_column(
        QUANTITY, comment="Best single value: the stated number, or a range's midpoint."
    )
    value_qualifier: Mapped[str] = mapped_column(
        Text, comment="exact, approximately, nearly, over, under, up_to or range."
    )
    value_qualifier_words: Mapped[str | None] = text(
        "The qualifier's words as written, e.g. 'about'; NULL when none."
    )
    value_text: Mapped[str] = mapped_column(
        Text, comment="The quantity exactly as written, e.g. '150 tractors'."
    )
    status: Mapped[str] = mapped_column(
        Text,
        server_default="actual",
        comment="actual, estimate, forecast, target, allocation or amount.",
    )
    proposal_id: Mapped[int | None] = mapped_column(
        fk("proposals.id", ondelete="SET NULL"), index=True, comment="Proposal it belongs to."
    )
    meeting_id: Mapped[int | None] = mapped_column(
        fk("meetings.id", ondelete="SET NULL"), index=True, comment="Meeting it belongs to."
    )
    twinning_id: Mapped[int | None] = mapped_column(
        fk("twinning_agreements.id", ondelete="SET NULL"),
        index=True,
        comment="Twinning agreement it belongs to.",
    )
    statement_id: Mapped[int | None] = mapped_column(
        fk("statements.id", ondelete="SET NULL"), index=True, comment="Statement it belongs to."
    )
    trade_figure_id: Mapped[int | None] = mapped_column(
        fk("trade_figures.id", ondelete="SET NULL"),
        index=True,
        comment="Trade figure it belongs to.",
    )
    period_label: Mapped[str | None] = text("The period as stated, e.g. 'by 2025'.")
    period_start: Mapped[dt.date | None] = mapped_column(Date, comment="First day, when known.")
    period_end: Mapped[dt.date | None] = mapped_column(Date, comment="Last day, when known.")
    period_kind: Mapped[str | None] = text("calendar_year, part_year, multi_year or unknown.")
    period_months: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Whole months of the period, or the number of months stated."
    )
    period_basis: Mapped[str | None] = text(
        "How the period's interval is known: stated, inferred, external or unknown."
    )
    period_note: Mapped[str | None] = text("Why an inferred period was inferred.")
    period_citation: Mapped[Citation | None] = citation(
        "For an external period: the outside source {url, publication, says}."
    )
    period_start_precision: Mapped[str | None] = text(
        "Precision of the period's start: day, month, quarter, half or year."
    )
    period_end_precision: Mapped[str | None] = text(
        "Precision of the period's end: day, month, quarter, half or year."
    )


class Attestation(Noted, Provenance, Base):
    """Another article's words for a fact defined elsewhere: one event, several sources."""

    __tablename__ = "attestations"
    __table_args__ = (
        CheckConstraint(
            "num_nonnulls(meeting_id, proposal_id, trade_figure_id, twinning_id, statement_id) = 1",
            name="one_target",
        ),
        *Provenance.provenance_checks(),
        {
            "comment": "Articles attesting a fact another article defines; deleting an attested"
            " fact is refused while its attestations remain."
        },
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    meeting_id: Mapped[int | None] = mapped_column(
        fk("meetings.id"), index=True, comment="The meeting attested."
    )
    proposal_id: Mapped[int | None] = mapped_column(
        fk("proposals.id"), index=True, comment="The proposal attested."
    )
    trade_figure_id: Mapped[int | None] = mapped_column(
        fk("trade_figures.id"), index=True, comment="The trade figure attested."
    )
    twinning_id: Mapped[int | None] = mapped_column(
        fk("twinning_agreements.id"), index=True, comment="The twinning agreement attested."
    )
    statement_id: Mapped[int | None] = mapped_column(
        fk("statements.id"), index=True, comment="The statement attested."
    )
