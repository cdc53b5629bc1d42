"""Articles, stored whole, and the dates they carry besides their publication date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Computed,
    Date,
    Index,
    Integer,
    SmallInteger,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from coopdb.models.base import (
    Base,
    Citation,
    Id,
    Key,
    PartialDate,
    _in,
    citation,
    citation_check,
    fk,
    text,
)
from coopdb.vocabulary import DATE_BASES, SOURCE_DATE_ROLES


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


class SourceDate(Base):
    """A date an article carries besides its publication date: its dateline's or its page's."""

    __tablename__ = "source_dates"
    __table_args__ = (
        UniqueConstraint("source_id", "role"),
        CheckConstraint(_in("role", SOURCE_DATE_ROLES), name="role"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day_range"),
        CheckConstraint("day IS NULL OR month IS NOT NULL", name="day_month"),
        CheckConstraint("earliest <= latest", name="interval"),
        CheckConstraint(_in("basis", DATE_BASES), name="basis"),
        CheckConstraint("basis <> 'inferred' OR note IS NOT NULL", name="inferred_note"),
        CheckConstraint("basis <> 'external' OR citation IS NOT NULL", name="external_citation"),
        CheckConstraint(
            "basis <> 'unknown' OR (year IS NULL AND month IS NULL AND day IS NULL)",
            name="unknown_empty",
        ),
        citation_check("citation"),
        CheckConstraint(
            "(quote IS NULL) = (quote_start IS NULL) AND (quote IS NULL) = (quote_end IS NULL)",
            name="quote_complete",
        ),
        CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name="quote_offsets",
        ),
        {
            "comment": "Dates an article carries besides its publication date (sources.date_*):"
            " its dateline's own date, or a page's own date (e.g. when it was captured)."
        },
    )

    id: Mapped[Id] = mapped_column(comment="Surrogate key, stable across loads.")
    source_id: Mapped[int] = mapped_column(
        fk("sources.id", ondelete="CASCADE"), index=True, comment="The article."
    )
    role: Mapped[Key] = mapped_column(
        comment="dateline (the dateline's own date) or page (the page's own date)."
    )
    year: Mapped[int | None] = mapped_column(SmallInteger, comment="Year, when known.")
    month: Mapped[int | None] = mapped_column(SmallInteger, comment="Month 1-12, when known.")
    day: Mapped[int | None] = mapped_column(SmallInteger, comment="Day of month, when known.")
    earliest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Earliest day the known parts allow; NULL without a year."
    )
    latest: Mapped[dt.date | None] = mapped_column(
        Date, comment="Latest day the known parts allow; NULL without a year."
    )
    basis: Mapped[str] = mapped_column(
        Text,
        server_default="unknown",
        comment="How the date is known: stated, inferred (see note), external (see citation)"
        " or unknown.",
    )
    note: Mapped[str | None] = text("Why an inferred date was inferred; any other remark.")
    citation: Mapped[Citation | None] = citation(
        "For an external date: the outside source, a jsonb object {url, publication, says}."
    )
    quote: Mapped[str | None] = text("Verbatim words of the article that give the date, if any.")
    quote_start: Mapped[int | None] = mapped_column(
        Integer, comment="Offset of the quote's first character in sources.body (0-based)."
    )
    quote_end: Mapped[int | None] = mapped_column(
        Integer, comment="Offset just past the quote's last character."
    )
