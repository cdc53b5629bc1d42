"""Reference entities: regions, officials and their posts, sectors and enterprises."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdb.models.base import (
    Base,
    Citation,
    Country,
    Id,
    Key,
    SharedNote,
    _in,
    citation,
    citation_check,
    fk,
    text,
)
from coopdb.vocabulary import DATE_BASES, ENTERPRISE_KINDS, REGION_KINDS


class Region(SharedNote, Base):
    """Countries, oblasts, districts and cities, nested by parent."""

    __tablename__ = "regions"
    __table_args__ = (
        UniqueConstraint("key"),
        UniqueConstraint("iso_code"),
        CheckConstraint(_in("kind", REGION_KINDS), name="kind"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        CheckConstraint("iso_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'", name="iso_code_format"),
        *SharedNote.shared_checks(),
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


class Official(SharedNote, Base):
    """A person who holds or held a public post."""

    __tablename__ = "officials"
    __table_args__ = (
        UniqueConstraint("key"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        *SharedNote.shared_checks(),
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
        CheckConstraint(
            "start_basis <> 'external' OR start_citation IS NOT NULL",
            name="start_external_citation",
        ),
        CheckConstraint(
            "end_basis <> 'external' OR end_citation IS NOT NULL", name="end_external_citation"
        ),
        citation_check("start_citation"),
        citation_check("end_citation"),
        {
            "comment": "Who held which post, and from when to when where the sources say so;"
            " one row per tenure (two officials may hold one post in succession)."
        },
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
        Text, server_default="unknown", comment="stated, inferred, external or unknown."
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
        Text, server_default="unknown", comment="stated, inferred, external or unknown."
    )
    acting: Mapped[bool] = mapped_column(
        Boolean, server_default="false", comment="True for an acting (interim) holder."
    )
    note: Mapped[str | None] = text("Curator's note on the tenure, when there is one.")
    start_note: Mapped[str | None] = text("Why an inferred start was inferred.")
    end_note: Mapped[str | None] = text("Why an inferred end was inferred.")
    start_citation: Mapped[Citation | None] = citation(
        "For an external start: the outside source, a jsonb object {url, publication, says}."
    )
    end_citation: Mapped[Citation | None] = citation(
        "For an external end: the outside source, a jsonb object {url, publication, says}."
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


class Enterprise(SharedNote, Base):
    """A company or other organisation named in the articles."""

    __tablename__ = "enterprises"
    __table_args__ = (
        UniqueConstraint("key"),
        CheckConstraint(_in("kind", ENTERPRISE_KINDS), name="kind"),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_code"),
        *SharedNote.shared_checks(),
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
