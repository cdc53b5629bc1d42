"""Facts read from the articles: mentions, meetings, proposals, trade and twinning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdb.models.base import (
    MONEY,
    PERCENT,
    Base,
    Citation,
    Country,
    Id,
    Key,
    Money,
    Noted,
    PartialDate,
    Provenance,
    SourceErrorMark,
    _in,
    citation,
    dated_checks,
    fk,
    period_checks,
    qualified_checks,
    text,
)
from coopdb.vocabulary import (
    CHANGE_DIRECTIONS,
    FIGURE_STATUSES,
    GOODS_DIRECTIONS,
    PROPOSAL_STATUSES,
    PROPOSER_SIDES,
    QUALIFIERS,
    RANKS,
    SIDES,
    TRADE_FLOWS,
    TWINNING_LEVELS,
    TWINNING_STATUSES,
)


class OfficialMention(Noted, Provenance, Base):
    """A person named in a source, with the post the text gives them there."""

    __tablename__ = "official_mentions"
    __table_args__ = (
        UniqueConstraint("source_id", "official_id", "quote_start"),
        *Provenance.provenance_checks(),
        {"comment": "Where a person is named, with the post the text gives them."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    official_id: Mapped[int] = mapped_column(
        fk("officials.id"), index=True, comment="The person named."
    )
    post_id: Mapped[int | None] = mapped_column(
        fk("posts.id"), index=True, comment="The post the text gives them; NULL if none."
    )
    name_as_written: Mapped[str] = mapped_column(Text, comment="The spelling found in the quote.")


class EnterpriseMention(Noted, Provenance, Base):
    """An organisation named in a source."""

    __tablename__ = "enterprise_mentions"
    __table_args__ = (
        UniqueConstraint("source_id", "enterprise_id", "quote_start"),
        *Provenance.provenance_checks(),
        {"comment": "Where an enterprise is named, and for which Russian region."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    enterprise_id: Mapped[int] = mapped_column(
        fk("enterprises.id"), index=True, comment="The enterprise named."
    )
    region_id: Mapped[int | None] = mapped_column(
        fk("regions.id"), index=True, comment="The Russian region the mention concerns."
    )
    name_as_written: Mapped[str] = mapped_column(Text, comment="The alias found in the quote.")


class Meeting(Noted, PartialDate, Provenance, Base):
    """A meeting or talks between Belarusian and Russian officials."""

    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        *Provenance.provenance_checks(),
        *PartialDate.date_checks(),
        Index("ix_meetings_date_earliest", "date_earliest"),
        {"comment": "Who met whom, when and where, from which source."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique within its source.")
    place: Mapped[str | None] = mapped_column(
        Text, comment="Where, as the text says; NULL when not stated."
    )


class MeetingRegion(Base):
    """The regions a meeting concerned."""

    __tablename__ = "meeting_regions"
    __table_args__ = ({"comment": "Regions each meeting concerned."},)

    meeting_id: Mapped[int] = mapped_column(
        fk("meetings.id", ondelete="CASCADE"), primary_key=True, comment="The meeting."
    )
    region_id: Mapped[int] = mapped_column(
        fk("regions.id"), primary_key=True, index=True, comment="A region it concerned."
    )


class MeetingParticipant(Noted, Provenance, Base):
    """A person at a meeting, on one side, with the title they held then."""

    __tablename__ = "meeting_participants"
    __table_args__ = (
        UniqueConstraint("meeting_id", "official_id"),
        CheckConstraint(_in("side", SIDES), name="side"),
        *Provenance.provenance_checks(),
        {"comment": "Participants of meetings with their side and the post they held then."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    meeting_id: Mapped[int] = mapped_column(
        fk("meetings.id", ondelete="CASCADE"), index=True, comment="The meeting."
    )
    official_id: Mapped[int] = mapped_column(
        fk("officials.id"), index=True, comment="The participant."
    )
    post_id: Mapped[int | None] = mapped_column(
        fk("posts.id"), index=True, comment="The post they held at the meeting."
    )
    side: Mapped[str] = mapped_column(Text, comment="BY (Belarusian) or RU (Russian) side.")


class Proposal(Noted, SourceErrorMark, Money, Provenance, Base):
    """Something proposed, planned, agreed or under way between Belarus and a region."""

    __tablename__ = "proposals"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("status", PROPOSAL_STATUSES), name="status"),
        CheckConstraint(_in("proposed_by_side", PROPOSER_SIDES), name="proposed_by_side"),
        *Provenance.provenance_checks(),
        *Money.money_checks(),
        *SourceErrorMark.source_error_checks(),
        CheckConstraint("NOT source_error OR amount_text IS NOT NULL", name="source_error_amount"),
        *dated_checks("proposed"),
        *period_checks("timeframe"),
        {"comment": "Proposals, plans, agreements and running projects, with money if stated."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique within its source.")
    title: Mapped[str] = mapped_column(Text, comment="Curator's one-line summary.")
    sector_id: Mapped[int] = mapped_column(fk("sectors.id"), index=True, comment="Sector.")
    status: Mapped[str] = mapped_column(
        Text,
        comment="proposed, under_discussion, planned, agreed, ongoing (already under way) or"
        " completed.",
    )
    region_id: Mapped[int | None] = mapped_column(
        fk("regions.id"),
        index=True,
        comment="The Russian region concerned; NULL for Belarus-Russia as a whole.",
    )
    meeting_id: Mapped[int | None] = mapped_column(
        fk("meetings.id", ondelete="SET NULL"), index=True, comment="Meeting it was made at."
    )
    proposed_by_official_id: Mapped[int | None] = mapped_column(
        fk("officials.id"), index=True, comment="Person who made it, when one person did."
    )
    proposed_by_side: Mapped[str | None] = mapped_column(
        Text, comment="BY, RU or both; NULL when the text does not say."
    )
    proposed_year: Mapped[int | None] = mapped_column(
        SmallInteger,
        comment="Year it was proposed, when given apart from its meeting's date (else NULL:"
        " the meeting's date applies, not copied here).",
    )
    proposed_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month proposed.")
    proposed_day: Mapped[int | None] = mapped_column(SmallInteger, comment="Day proposed.")
    proposed_earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the known parts of the proposal date allow."
    )
    proposed_latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the known parts of the proposal date allow."
    )
    proposed_basis: Mapped[str | None] = text(
        "How the proposal date is known: stated, inferred, external or unknown; NULL when the"
        " meeting's date applies."
    )
    proposed_note: Mapped[str | None] = text("Why an inferred proposal date was inferred.")
    proposed_citation: Mapped[Citation | None] = citation(
        "For an external proposal date: the outside source {url, publication, says}."
    )
    timeframe_label: Mapped[str | None] = text(
        "When it is to happen, as stated, e.g. 'next year or the year after'."
    )
    timeframe_start: Mapped[dt.date | None] = mapped_column(
        Date, comment="First day of the timeframe, when known."
    )
    timeframe_end: Mapped[dt.date | None] = mapped_column(
        Date, comment="Last day of the timeframe, when known."
    )
    timeframe_kind: Mapped[str | None] = text(
        "calendar_year, part_year, multi_year or unknown (a label with no interval)."
    )
    timeframe_months: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Whole months of the timeframe, or the months stated."
    )
    timeframe_basis: Mapped[str | None] = text(
        "How the timeframe's interval is known: stated, inferred, external or unknown."
    )
    timeframe_note: Mapped[str | None] = text("Why an inferred timeframe was inferred.")
    timeframe_citation: Mapped[Citation | None] = citation(
        "For an external timeframe: the outside source {url, publication, says}."
    )
    timeframe_start_precision: Mapped[str | None] = text(
        "Precision of the timeframe's start: day, month, quarter, half or year."
    )
    timeframe_end_precision: Mapped[str | None] = text(
        "Precision of the timeframe's end: day, month, quarter, half or year."
    )


class ProposalEnterprise(Base):
    """Enterprises a proposal involves."""

    __tablename__ = "proposal_enterprises"
    __table_args__ = ({"comment": "Enterprises involved in each proposal."},)

    proposal_id: Mapped[int] = mapped_column(
        fk("proposals.id", ondelete="CASCADE"), primary_key=True, comment="The proposal."
    )
    enterprise_id: Mapped[int] = mapped_column(
        fk("enterprises.id"), primary_key=True, index=True, comment="An enterprise involved."
    )


class TradeFigure(SourceErrorMark, Provenance, Base):
    """A trade value between Belarus and a region, as bounds over a period."""

    __tablename__ = "trade_figures"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("flow", TRADE_FLOWS), name="flow"),
        *qualified_checks("value"),
        CheckConstraint("value_low IS NOT NULL OR value_high IS NOT NULL", name="value_present"),
        *period_checks("period"),
        *period_checks("compared"),
        CheckConstraint(_in("status", FIGURE_STATUSES), name="status"),
        CheckConstraint(_in("rank", RANKS), name="rank"),
        CheckConstraint("change_low_pct <= change_high_pct", name="change_bounds"),
        CheckConstraint(
            "change_low_pct >= 0 AND change_high_pct >= 0 AND change_best_pct >= 0",
            name="change_magnitudes",
        ),
        CheckConstraint(
            "change_low_pct <= change_best_pct AND change_best_pct <= change_high_pct",
            name="change_best_bounds",
        ),
        CheckConstraint(_in("change_qualifier", QUALIFIERS), name="change_qualifier"),
        CheckConstraint(_in("change_direction", CHANGE_DIRECTIONS), name="change_direction"),
        CheckConstraint(
            "change_direction IS NOT NULL OR change_text IS NULL", name="change_text_direction"
        ),
        CheckConstraint("prior_value_low <= prior_value_high", name="prior_value_bounds"),
        CheckConstraint("same_as_id <> id", name="same_as_other"),
        *SourceErrorMark.source_error_checks(),
        *Provenance.provenance_checks(),
        {"comment": "Trade turnover, exports or imports between Belarus and a region."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique within its source.")
    region_id: Mapped[int] = mapped_column(
        fk("regions.id"), index=True, comment="The Russian region traded with."
    )
    partner_country: Mapped[Country] = mapped_column(
        server_default="BY", comment="The other party's country (ISO 3166-1 alpha-2)."
    )
    flow: Mapped[str] = mapped_column(
        Text, comment="turnover, exports (from Belarus) or imports (into Belarus)."
    )
    period_label: Mapped[str | None] = mapped_column(
        Text, comment="The period as stated, e.g. 'January-September 2017'; NULL if not stated."
    )
    period_start: Mapped[dt.date | None] = mapped_column(Date, comment="First day, when known.")
    period_end: Mapped[dt.date | None] = mapped_column(Date, comment="Last day, when known.")
    value_low: Mapped[Decimal | None] = mapped_column(
        MONEY,
        comment="Lower bound in currency units (= value_high for a point value; NULL for"
        " 'nearly', 'under', 'up to').",
    )
    value_high: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Upper bound in currency units (NULL for 'over X')."
    )
    currency: Mapped[str] = mapped_column(String(3), comment="ISO 4217 code, e.g. USD.")
    value_qualifier: Mapped[str] = mapped_column(
        Text, comment="exact, approximately, nearly, over, under, up_to or range."
    )
    value_text: Mapped[str] = mapped_column(Text, comment="The value exactly as written.")
    change_pct: Mapped[Decimal | None] = mapped_column(
        Numeric(7, 2), comment="Stated change in percent against compared_*, e.g. 40.5."
    )
    compared_label: Mapped[str | None] = mapped_column(
        Text, comment="The comparison period as stated, e.g. 'the same period of 2016'."
    )
    compared_start: Mapped[dt.date | None] = mapped_column(
        Date, comment="First day of the comparison period, when known."
    )
    compared_end: Mapped[dt.date | None] = mapped_column(
        Date, comment="Last day of the comparison period, when known."
    )
    note: Mapped[str | None] = mapped_column(Text, comment="Curator's note on the figure.")
    status: Mapped[str] = mapped_column(
        Text,
        server_default="actual",
        comment="actual or estimate (trade history), forecast, target, allocation or amount.",
    )
    value_best: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Best single value: the stated number, or a range's midpoint."
    )
    value_qualifier_words: Mapped[str | None] = text(
        "The qualifier's words as written, e.g. 'about'; NULL when none."
    )
    period_kind: Mapped[str | None] = text(
        "calendar_year, part_year, multi_year or unknown (derived from the interval or months)."
    )
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
    compared_kind: Mapped[str | None] = text(
        "calendar_year, part_year, multi_year or unknown (derived from the interval or months)."
    )
    compared_months: Mapped[int | None] = mapped_column(
        SmallInteger,
        comment="Whole months of the comparison period, or the number of months stated.",
    )
    compared_basis: Mapped[str | None] = text(
        "How the comparison period's interval is known: stated, inferred, external or unknown."
    )
    compared_note: Mapped[str | None] = text("Why an inferred comparison period was inferred.")
    compared_citation: Mapped[Citation | None] = citation(
        "For an external comparison period: the outside source {url, publication, says}."
    )
    compared_start_precision: Mapped[str | None] = text(
        "Precision of the comparison period's start: day, month, quarter, half or year."
    )
    compared_end_precision: Mapped[str | None] = text(
        "Precision of the comparison period's end: day, month, quarter, half or year."
    )
    change_low_pct: Mapped[Decimal | None] = mapped_column(
        PERCENT, comment="Lower bound of the change's magnitude in percent (>= 0)."
    )
    change_high_pct: Mapped[Decimal | None] = mapped_column(
        PERCENT, comment="Upper bound of the change's magnitude in percent (>= 0)."
    )
    change_best_pct: Mapped[Decimal | None] = mapped_column(
        PERCENT, comment="Best single magnitude of the change in percent (>= 0)."
    )
    change_qualifier: Mapped[str | None] = text(
        "Class of the change's qualifier: exact, approximately, nearly, over, under, up_to,"
        " range; NULL for a direction with no number."
    )
    change_qualifier_words: Mapped[str | None] = text(
        "The change's qualifier words as written, e.g. 'more than'."
    )
    change_text: Mapped[str | None] = text("The change exactly as written, e.g. 'went up 40.5%'.")
    change_direction: Mapped[str | None] = text("increase, decrease or unchanged.")
    prior_value_low: Mapped[Decimal | None] = mapped_column(
        MONEY,
        comment="Lower bound of the value the change implies for compared_* (rounded outward;"
        " NULL when open).",
    )
    prior_value_high: Mapped[Decimal | None] = mapped_column(
        MONEY,
        comment="Upper bound of the value the change implies for compared_* (rounded outward;"
        " NULL when open).",
    )
    rank: Mapped[str] = mapped_column(
        Text,
        server_default="normal",
        comment="preferred, normal or deprecated within its figure group (as Wikidata ranks).",
    )
    same_as_id: Mapped[int | None] = mapped_column(
        fk("trade_figures.id", ondelete="SET NULL"),
        index=True,
        comment="A figure of another article this one reports the same quantity as.",
    )


class TradeGood(Noted, Provenance, Base):
    """Goods the text names as traded, without numbers."""

    __tablename__ = "trade_goods"
    __table_args__ = (
        UniqueConstraint("source_id", "region_id", "direction", "goods"),
        CheckConstraint(_in("direction", GOODS_DIRECTIONS), name="direction"),
        *Provenance.provenance_checks(),
        {"comment": "Goods named as traded between Belarus and a region, by direction."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    region_id: Mapped[int] = mapped_column(
        fk("regions.id"), index=True, comment="The Russian region traded with."
    )
    direction: Mapped[str] = mapped_column(
        Text, comment="exports (from Belarus to the region) or imports (into Belarus)."
    )
    goods: Mapped[str] = mapped_column(Text, comment="The goods, as named in the quote.")


class TwinningAgreement(Noted, PartialDate, Provenance, Base):
    """Twinning of districts or cities between Belarusian and Russian regions."""

    __tablename__ = "twinning_agreements"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("status", TWINNING_STATUSES), name="status"),
        CheckConstraint("units_count > 0", name="units_count_positive"),
        CheckConstraint(_in("level", TWINNING_LEVELS), name="level"),
        CheckConstraint("units_count_by > 0", name="units_count_by_positive"),
        CheckConstraint("units_count_ru > 0", name="units_count_ru_positive"),
        CheckConstraint("renews_id <> id", name="renews_other"),
        *dated_checks("original"),
        *Provenance.provenance_checks(),
        *PartialDate.date_checks(),
        {"comment": "Twinning agreements between districts or cities: how many, status, date."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique within its source.")
    status: Mapped[str] = mapped_column(Text, comment="planned, signed or renewed.")
    units_count: Mapped[int | None] = mapped_column(
        Integer, comment="Number of districts or municipalities paired, when stated."
    )
    level: Mapped[str | None] = text("district, city or oblast; NULL when not stated.")
    units_count_by: Mapped[int | None] = mapped_column(
        Integer, comment="Number of Belarusian units twinned, when stated."
    )
    units_count_ru: Mapped[int | None] = mapped_column(
        Integer, comment="Number of Russian units twinned, when stated."
    )
    renews_id: Mapped[int | None] = mapped_column(
        fk("twinning_agreements.id", ondelete="SET NULL"),
        index=True,
        comment="The agreement this one renews, when it is recorded.",
    )
    original_year: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Year of the renewed agreement's first signing, when known."
    )
    original_month: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Month of the first signing."
    )
    original_day: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Day of the first signing."
    )
    original_earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the known parts of the first signing allow."
    )
    original_latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the known parts of the first signing allow."
    )
    original_basis: Mapped[str | None] = text(
        "How the first signing's date is known: stated, inferred, external or unknown."
    )
    original_note: Mapped[str | None] = text("Why an inferred first-signing date was inferred.")
    original_citation: Mapped[Citation | None] = citation(
        "For an external first-signing date: the outside source {url, publication, says}."
    )


class TwinningRegion(Base):
    """The regions whose districts or cities an agreement twins."""

    __tablename__ = "twinning_regions"
    __table_args__ = (
        CheckConstraint(_in("side", SIDES), name="side"),
        {"comment": "Regions on each side of a twinning agreement."},
    )

    twinning_id: Mapped[int] = mapped_column(
        fk("twinning_agreements.id", ondelete="CASCADE"),
        primary_key=True,
        comment="The agreement.",
    )
    region_id: Mapped[int] = mapped_column(
        fk("regions.id"), primary_key=True, index=True, comment="A region on one side."
    )
    side: Mapped[str] = mapped_column(Text, comment="BY or RU.")
