"""The normalized core schema, as typed SQLAlchemy models.

The Alembic migrations in ``migrations/`` produce exactly this schema; ``alembic check`` (run
by the tests) proves they agree. Every table and column carries a comment, because analysts
read the catalog, not this file. Fact tables share three mixins: provenance (source, verbatim
quote, character offsets), a partial date, and an honest money amount.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Computed,
    Date,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coopdb.vocabulary import (
    ENTERPRISE_KINDS,
    GOODS_DIRECTIONS,
    PROPOSAL_STATUSES,
    PROPOSER_SIDES,
    REGION_KINDS,
    SIDES,
    TRADE_FLOWS,
)

# The values the schema at revision 0005 allows (the vocabularies have grown since).
DATE_BASES = ("stated", "inferred", "unknown")
MONEY_QUALIFIERS = ("exact", "approximately", "over", "up_to", "range")
TWINNING_STATUSES = ("planned", "signed")

SCHEMA = "core"

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK that a text column takes one of a fixed set of values."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


Id = Annotated[int, mapped_column(BigInteger, Identity(), primary_key=True)]
Key = Annotated[str, mapped_column(Text, nullable=False)]
Country = Annotated[str, mapped_column(String(2), nullable=False)]


class Base(DeclarativeBase):
    """One metadata for the whole schema, with every constraint named by convention."""

    metadata = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)


def fk(target: str, *, ondelete: str = "RESTRICT") -> ForeignKey:
    """A foreign key into the core schema; RESTRICT unless a parent owns the row."""
    return ForeignKey(f"{SCHEMA}.{target}", ondelete=ondelete)


# --- mixins ---------------------------------------------------------------------------------


class Provenance:
    """Where a fact comes from: its source and the verbatim words that support it."""

    source_id: Mapped[int] = mapped_column(
        fk("sources.id", ondelete="CASCADE"),
        index=True,
        comment="The article this fact was read from.",
    )
    quote: Mapped[str] = mapped_column(
        Text, comment="Verbatim words of the source that support this fact."
    )
    quote_start: Mapped[int] = mapped_column(
        Integer,
        comment="Offset of the quote's first character in sources.body (0-based, in characters).",
    )
    quote_end: Mapped[int] = mapped_column(
        Integer,
        comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
    )

    @classmethod
    def provenance_checks(cls) -> tuple[CheckConstraint, ...]:
        return (
            CheckConstraint(
                "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
                name="quote_offsets",
            ),
        )


class PartialDate:
    """A date that may lack its year, month or day, with how it was established."""

    date_year: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Year, when known (stated or inferred; see date_basis)."
    )
    date_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month 1-12, when known.")
    date_day: Mapped[int | None] = mapped_column(SmallInteger, comment="Day of month, when known.")
    date: Mapped[dt.date | None] = mapped_column(
        Date, comment="The full date, only when year, month and day are all known."
    )
    date_earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the known parts allow ('2017' gives 2017-01-01)."
    )
    date_latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the known parts allow ('2017' gives 2017-12-31)."
    )
    date_basis: Mapped[str] = mapped_column(
        Text,
        server_default="unknown",
        comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
    )
    date_note: Mapped[str | None] = mapped_column(
        Text, comment="Why an inferred date was inferred; what the text says otherwise."
    )

    @classmethod
    def date_checks(cls) -> tuple[CheckConstraint, ...]:
        return (
            CheckConstraint("date_month BETWEEN 1 AND 12", name="date_month_range"),
            CheckConstraint("date_day BETWEEN 1 AND 31", name="date_day_range"),
            CheckConstraint("date_day IS NULL OR date_month IS NOT NULL", name="date_day_month"),
            CheckConstraint(
                "(date IS NOT NULL) = (date_year IS NOT NULL AND date_month IS NOT NULL"
                " AND date_day IS NOT NULL)",
                name="date_complete",
            ),
            CheckConstraint("date_earliest <= date_latest", name="date_interval"),
            CheckConstraint(_in("date_basis", DATE_BASES), name="date_basis"),
            CheckConstraint(
                "date_basis <> 'inferred' OR date_note IS NOT NULL", name="date_inferred_note"
            ),
            CheckConstraint(
                "date_basis <> 'unknown' OR (date_year IS NULL AND date_month IS NULL"
                " AND date_day IS NULL)",
                name="date_unknown_empty",
            ),
        )


class Money:
    """An amount of money as bounds, with the qualifier and words the text used."""

    amount_low: Mapped[Decimal | None] = mapped_column(
        Numeric(18, 2), comment="Lower bound in currency units (= amount_high for a point value)."
    )
    amount_high: Mapped[Decimal | None] = mapped_column(
        Numeric(18, 2), comment="Upper bound in currency units (NULL for 'over X')."
    )
    currency: Mapped[str | None] = mapped_column(String(3), comment="ISO 4217 code, e.g. USD.")
    amount_qualifier: Mapped[str | None] = mapped_column(
        Text, comment="How the text qualified it: exact, approximately, over, up_to, range."
    )
    amount_text: Mapped[str | None] = mapped_column(
        Text, comment="The amount exactly as written in the quote, e.g. 'about $1.5 billion'."
    )

    @classmethod
    def money_checks(cls, prefix: str = "amount") -> tuple[CheckConstraint, ...]:
        low, high, qualifier = f"{prefix}_low", f"{prefix}_high", f"{prefix}_qualifier"
        return (
            CheckConstraint(f"{low} <= {high}", name=f"{prefix}_bounds"),
            CheckConstraint(_in(qualifier, MONEY_QUALIFIERS), name=f"{prefix}_qualifier"),
            CheckConstraint(
                f"({prefix}_text IS NULL) = ({low} IS NULL AND {high} IS NULL)",
                name=f"{prefix}_text",
            ),
        )


# --- reference entities ----------------------------------------------------------------------


class Region(Base):
    """Countries, oblasts, districts and cities, nested by parent."""

    __tablename__ = "regions"
    __table_args__ = (
        UniqueConstraint("key"),
        UniqueConstraint("iso_code"),
        CheckConstraint(_in("kind", REGION_KINDS), name="kind"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        CheckConstraint("iso_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'", name="iso_code_format"),
        {"comment": "Countries, oblasts, districts and cities named in the articles."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, e.g. 'kursk-oblast'.")
    name: Mapped[str] = mapped_column(Text, comment="Preferred English name.")
    kind: Mapped[str] = mapped_column(
        Text, comment="country, federal_city, oblast, district or city."
    )
    country: Mapped[Country] = mapped_column(comment="ISO 3166-1 alpha-2 country it belongs to.")
    parent_id: Mapped[int | None] = mapped_column(
        fk("regions.id"), index=True, comment="Enclosing region, e.g. the country of an oblast."
    )
    iso_code: Mapped[str | None] = mapped_column(
        Text, comment="ISO 3166-1 or 3166-2 code where one exists, e.g. RU-KRS."
    )


class RegionName(Base):
    """Other names of a region, Russian ones included, for lookup."""

    __tablename__ = "region_names"
    __table_args__ = (
        UniqueConstraint("region_id", "name"),
        {"comment": "Other names of regions (Russian names included), used to find them."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key.")
    region_id: Mapped[int] = mapped_column(
        fk("regions.id", ondelete="CASCADE"), index=True, comment="The region so named."
    )
    name: Mapped[str] = mapped_column(Text, comment="The other name, e.g. 'Курская область'.")
    lang: Mapped[str] = mapped_column(
        String(2), comment="ISO 639-1 language of the name: 'ru' for Cyrillic, else 'en'."
    )


class Official(Base):
    """A person who holds or held a public post."""

    __tablename__ = "officials"
    __table_args__ = (
        UniqueConstraint("key"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        {"comment": "Persons named in the articles, one row per person whatever the spelling."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, e.g. 'roman-starovoit'.")
    name: Mapped[str] = mapped_column(Text, comment="Preferred spelling of the name.")
    country: Mapped[Country] = mapped_column(comment="ISO 3166-1 alpha-2 country served.")


class OfficialName(Base):
    """Every spelling of a person's name seen in the articles."""

    __tablename__ = "official_names"
    __table_args__ = (
        UniqueConstraint("official_id", "name"),
        {"comment": "Spellings of officials' names (Starovoit and Starovoyt are one person)."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key.")
    official_id: Mapped[int] = mapped_column(
        fk("officials.id", ondelete="CASCADE"), index=True, comment="The person."
    )
    name: Mapped[str] = mapped_column(Text, comment="One spelling of the name.")
    is_preferred: Mapped[bool] = mapped_column(comment="True for the spelling in officials.name.")


class Post(Base):
    """A public office that exists on its own, whoever holds it (Popolo's post)."""

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("key"),
        {"comment": "Public offices, e.g. 'Governor of Kursk Oblast'; held through holdings."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, e.g. 'governor-kursk-oblast'.")
    title: Mapped[str] = mapped_column(Text, comment="The office's title.")
    body: Mapped[str | None] = mapped_column(Text, comment="The body the office belongs to.")
    region_id: Mapped[int] = mapped_column(
        fk("regions.id"), index=True, comment="Jurisdiction: a country or a region."
    )


class Holding(Base):
    """A person's tenure of a post (Popolo's membership); dates only when known."""

    __tablename__ = "holdings"
    __table_args__ = (
        UniqueConstraint("official_id", "post_id", "term"),
        CheckConstraint("term >= 1", name="term_positive"),
        CheckConstraint("start_month BETWEEN 1 AND 12", name="start_month_range"),
        CheckConstraint("end_month BETWEEN 1 AND 12", name="end_month_range"),
        CheckConstraint("start_earliest <= end_latest", name="span_order"),
        CheckConstraint(_in("start_basis", DATE_BASES), name="start_basis"),
        CheckConstraint(_in("end_basis", DATE_BASES), name="end_basis"),
        {"comment": "Who held which post, and from when to when where the sources say so."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    official_id: Mapped[int] = mapped_column(
        fk("officials.id", ondelete="CASCADE"), index=True, comment="The holder."
    )
    post_id: Mapped[int] = mapped_column(fk("posts.id"), index=True, comment="The post held.")
    term: Mapped[int] = mapped_column(
        SmallInteger, server_default="1", comment="1 for the first tenure of this post, 2 ..."
    )
    start_year: Mapped[int | None] = mapped_column(SmallInteger, comment="Year the tenure began.")
    start_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month it began.")
    start_day: Mapped[int | None] = mapped_column(SmallInteger, comment="Day it began.")
    start_earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the tenure can have begun; NULL when unknown."
    )
    start_latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the tenure can have begun; NULL when unknown."
    )
    start_basis: Mapped[str] = mapped_column(
        Text, server_default="unknown", comment="stated, inferred or unknown."
    )
    end_year: Mapped[int | None] = mapped_column(SmallInteger, comment="Year the tenure ended.")
    end_month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month it ended.")
    end_day: Mapped[int | None] = mapped_column(SmallInteger, comment="Day it ended.")
    end_earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the tenure can have ended; NULL when unknown or ongoing."
    )
    end_latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the tenure can have ended; NULL when unknown or ongoing."
    )
    end_basis: Mapped[str] = mapped_column(
        Text, server_default="unknown", comment="stated, inferred or unknown."
    )


class Sector(Base):
    """A controlled vocabulary of economic sectors."""

    __tablename__ = "sectors"
    __table_args__ = (
        UniqueConstraint("key"),
        {"comment": "Economic sectors used to group enterprises and proposals."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, e.g. 'machine-building'.")
    name: Mapped[str] = mapped_column(Text, comment="Readable name.")


class Enterprise(Base):
    """A company or other organisation named in the articles."""

    __tablename__ = "enterprises"
    __table_args__ = (
        UniqueConstraint("key"),
        CheckConstraint(_in("kind", ENTERPRISE_KINDS), name="kind"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        {"comment": "Companies and other organisations named (MAZ, MTZ, BelAZ, Amkodor ...)."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, e.g. 'maz'.")
    name: Mapped[str] = mapped_column(Text, comment="Preferred name.")
    kind: Mapped[str] = mapped_column(Text, comment="company, state_body or other.")
    country: Mapped[Country] = mapped_column(comment="ISO 3166-1 alpha-2 country of registration.")
    region_id: Mapped[int | None] = mapped_column(
        fk("regions.id"), index=True, comment="Home region, where known."
    )
    sector_id: Mapped[int | None] = mapped_column(
        fk("sectors.id"), index=True, comment="Main sector, where known."
    )


class EnterpriseName(Base):
    """Aliases of an enterprise (AMKODOR/Amkodor, MTZ/Minsk Tractor Works)."""

    __tablename__ = "enterprise_names"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "name"),
        {"comment": "Aliases of enterprises, used to find them and to check quotes."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key.")
    enterprise_id: Mapped[int] = mapped_column(
        fk("enterprises.id", ondelete="CASCADE"), index=True, comment="The enterprise."
    )
    name: Mapped[str] = mapped_column(Text, comment="One name or alias.")
    is_preferred: Mapped[bool] = mapped_column(comment="True for the name in enterprises.name.")


# --- sources ---------------------------------------------------------------------------------


class Source(PartialDate, Base):
    """An article, stored whole so that every quote can be checked against it."""

    __tablename__ = "sources"
    __table_args__ = (
        UniqueConstraint("key"),
        UniqueConstraint("file_name"),
        CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name="sha256_hex"),
        *PartialDate.date_checks(),
        Index("ix_sources_search", "search_vector", postgresql_using="gin"),
        {"comment": "Articles: full text, publication date (possibly partial) and fingerprint."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="File name without extension.")
    file_name: Mapped[str] = mapped_column(Text, comment="Name of the article file in seeds/.")
    title: Mapped[str | None] = mapped_column(
        Text, comment="Headline as printed; NULL when the text has none."
    )
    publisher: Mapped[str | None] = mapped_column(
        Text, comment="Publisher, only when the text names it (e.g. BelTA)."
    )
    dateline: Mapped[str | None] = mapped_column(
        Text, comment="Place of the dateline, e.g. MOSCOW."
    )
    sha256: Mapped[str] = mapped_column(Text, comment="SHA-256 of the article file's bytes.")
    facts_sha256: Mapped[str] = mapped_column(
        Text, comment="Hash of the resolved curated facts; an unchanged source is skipped."
    )
    input_sha256: Mapped[str] = mapped_column(
        Text,
        server_default="",
        comment="Hash of the article's files, the shared files and the validator when it was"
        " loaded: a load does not read an article again while this still matches.",
    )
    body: Mapped[str] = mapped_column(Text, comment="The full article text, unchanged.")
    search_vector: Mapped[str] = mapped_column(
        TSVECTOR,
        Computed(
            "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')"
            " || setweight(to_tsvector('english'::regconfig, body), 'B')",
            persisted=True,
        ),
        comment="English full-text index of title and body (generated).",
    )


# --- facts -----------------------------------------------------------------------------------


class OfficialMention(Provenance, Base):
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


class EnterpriseMention(Provenance, Base):
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


class Meeting(PartialDate, Provenance, Base):
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


class MeetingParticipant(Provenance, Base):
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


class Proposal(Money, Provenance, Base):
    """Something proposed, planned, agreed or under way between Belarus and a region."""

    __tablename__ = "proposals"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("status", PROPOSAL_STATUSES), name="status"),
        CheckConstraint(_in("proposed_by_side", PROPOSER_SIDES), name="proposed_by_side"),
        *Provenance.provenance_checks(),
        *Money.money_checks(),
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


class TradeFigure(Provenance, Base):
    """A trade value between Belarus and a region, as bounds over a period."""

    __tablename__ = "trade_figures"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("flow", TRADE_FLOWS), name="flow"),
        CheckConstraint("value_low <= value_high", name="value_bounds"),
        CheckConstraint("value_low IS NOT NULL OR value_high IS NOT NULL", name="value_present"),
        CheckConstraint(_in("value_qualifier", MONEY_QUALIFIERS), name="value_qualifier"),
        CheckConstraint("period_start <= period_end", name="period_order"),
        CheckConstraint("compared_start <= compared_end", name="compared_order"),
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
        Numeric(18, 2),
        comment="Lower bound in currency units (= value_high for a point value; NULL for 'up to').",
    )
    value_high: Mapped[Decimal | None] = mapped_column(
        Numeric(18, 2), comment="Upper bound in currency units (NULL for 'over X')."
    )
    currency: Mapped[str] = mapped_column(String(3), comment="ISO 4217 code, e.g. USD.")
    value_qualifier: Mapped[str] = mapped_column(
        Text, comment="exact, approximately, over, up_to or range."
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


class TradeGood(Provenance, Base):
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


class TwinningAgreement(PartialDate, Provenance, Base):
    """Twinning of districts or cities between Belarusian and Russian regions."""

    __tablename__ = "twinning_agreements"
    __table_args__ = (
        UniqueConstraint("source_id", "key"),
        CheckConstraint(_in("status", TWINNING_STATUSES), name="status"),
        CheckConstraint("units_count > 0", name="units_count_positive"),
        *Provenance.provenance_checks(),
        *PartialDate.date_checks(),
        {"comment": "Twinning agreements between districts or cities: how many, status, date."},
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    key: Mapped[Key] = mapped_column(comment="Curated slug, unique within its source.")
    status: Mapped[str] = mapped_column(Text, comment="planned or signed.")
    units_count: Mapped[int | None] = mapped_column(
        Integer, comment="Number of districts or municipalities paired, when stated."
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


# --- lock targets ----------------------------------------------------------------------------

LOCKS = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)
"""Tables that hold no data, only a lock: kept out of ``Base.metadata`` so that code walking
the data tables (fingerprints, COPY, drift between files and database) never meets them."""

load_lock = Table(
    "load_lock",
    LOCKS,
    comment="Holds no rows. coopdb load locks it in EXCLUSIVE mode so loads run one at a time;"
    " readers have no privilege on it, so no reader can take or block that lock.",
)
