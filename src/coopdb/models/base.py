"""The declarative base, the naming convention, and the column groups fact tables share.

Fact tables share mixins: provenance (source, verbatim quote, character offsets), a note, a
partial date, an honest money amount and a marked source error. Groups that a table carries
under several prefixes (a period and its comparison, a proposal's date and its timeframe) are
written out in each table, with their CHECK constraints made here, so each column keeps its own
comment.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Identity,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

from coopdb.vocabulary import (
    DATE_BASES,
    DATE_PRECISIONS,
    FIGURE_STATUSES,
    PERIOD_KINDS,
    QUALIFIERS,
)

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
Citation = dict[str, Any]
"""A citation as stored: a jsonb object {url, publication, says}."""

MONEY = Numeric(18, 2)
PERCENT = Numeric(9, 2)


class Base(DeclarativeBase):
    """One metadata for the whole schema, with every constraint named by convention."""

    metadata = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)


def fk(target: str, *, ondelete: str = "RESTRICT") -> ForeignKey:
    """A foreign key into the core schema; RESTRICT unless a parent owns the row."""
    return ForeignKey(f"{SCHEMA}.{target}", ondelete=ondelete)


def text(comment: str) -> MappedColumn[Any]:
    """A nullable text column."""
    return mapped_column(Text, comment=comment)


def citation(comment: str) -> MappedColumn[Any]:
    """A nullable citation column (checked to be a jsonb object by ``citation_check``)."""
    return mapped_column(JSONB, comment=comment)


def citation_check(column: str) -> CheckConstraint:
    """A citation is a jsonb object {url, publication, says}, never a bare string or array."""
    return CheckConstraint(f"jsonb_typeof({column}) = 'object'", name=f"{column}_object")


def dated_checks(prefix: str) -> tuple[CheckConstraint, ...]:
    """Checks of a partial date stored as ``<prefix>_year/_month/_day/_earliest/_latest/_basis/
    _note/_citation`` (a proposal's date, an agreement's original date)."""
    p = prefix
    return (
        CheckConstraint(f"{p}_month BETWEEN 1 AND 12", name=f"{p}_month_range"),
        CheckConstraint(f"{p}_day BETWEEN 1 AND 31", name=f"{p}_day_range"),
        CheckConstraint(f"{p}_day IS NULL OR {p}_month IS NOT NULL", name=f"{p}_day_month"),
        CheckConstraint(f"{p}_earliest <= {p}_latest", name=f"{p}_interval"),
        CheckConstraint(_in(f"{p}_basis", DATE_BASES), name=f"{p}_basis"),
        CheckConstraint(
            f"{p}_basis <> 'inferred' OR {p}_note IS NOT NULL", name=f"{p}_inferred_note"
        ),
        CheckConstraint(
            f"{p}_basis <> 'external' OR {p}_citation IS NOT NULL", name=f"{p}_external_citation"
        ),
        citation_check(f"{p}_citation"),
    )


def period_checks(prefix: str) -> tuple[CheckConstraint, ...]:
    """Checks of a period stored as ``<prefix>_start/_end/_kind/_months/_basis/_note/_citation/
    _start_precision/_end_precision``."""
    p = prefix
    return (
        CheckConstraint(f"{p}_start <= {p}_end", name=f"{p}_order"),
        CheckConstraint(_in(f"{p}_kind", PERIOD_KINDS), name=f"{p}_kind"),
        CheckConstraint(f"{p}_months > 0", name=f"{p}_months_positive"),
        CheckConstraint(_in(f"{p}_basis", DATE_BASES), name=f"{p}_basis"),
        CheckConstraint(
            f"{p}_basis <> 'inferred' OR {p}_note IS NOT NULL", name=f"{p}_inferred_note"
        ),
        CheckConstraint(
            f"{p}_basis <> 'external' OR {p}_citation IS NOT NULL", name=f"{p}_external_citation"
        ),
        citation_check(f"{p}_citation"),
        CheckConstraint(_in(f"{p}_start_precision", DATE_PRECISIONS), name=f"{p}_start_precision"),
        CheckConstraint(_in(f"{p}_end_precision", DATE_PRECISIONS), name=f"{p}_end_precision"),
    )


def qualified_checks(prefix: str) -> tuple[CheckConstraint, ...]:
    """Checks of a qualified value stored as ``<prefix>_low/_high/_best/_qualifier``: the best
    value lies within the bounds, and the qualifier is one of the closed classes."""
    low, high, best = f"{prefix}_low", f"{prefix}_high", f"{prefix}_best"
    return (
        CheckConstraint(f"{low} <= {high}", name=f"{prefix}_bounds"),
        CheckConstraint(f"{low} <= {best} AND {best} <= {high}", name=f"{prefix}_best_bounds"),
        CheckConstraint(_in(f"{prefix}_qualifier", QUALIFIERS), name=f"{prefix}_qualifier"),
    )


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


class Noted:
    """The curator's free-text note on a fact."""

    note: Mapped[str | None] = mapped_column(
        Text, comment="Curator's note on this fact (free text), when there is one."
    )


class PartialDate:
    """A date that may lack its year, month or day, with how it was established."""

    date_year: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Year, when known (stated, inferred or external; see date_basis)."
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
        comment="How the date is known: stated (in the text), inferred (see date_note),"
        " external (see date_citation) or unknown.",
    )
    date_note: Mapped[str | None] = mapped_column(
        Text, comment="Why an inferred date was inferred; what the text says otherwise."
    )
    date_citation: Mapped[Citation | None] = citation(
        "For an external date: the outside source, a jsonb object {url, publication, says}."
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
                "date_basis <> 'external' OR date_citation IS NOT NULL",
                name="date_external_citation",
            ),
            citation_check("date_citation"),
            CheckConstraint(
                "date_basis <> 'unknown' OR (date_year IS NULL AND date_month IS NULL"
                " AND date_day IS NULL)",
                name="date_unknown_empty",
            ),
        )


class Money:
    """An amount of money as bounds, with the qualifier and words the text used."""

    amount_low: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Lower bound in currency units (NULL for 'nearly', 'under', 'up to')."
    )
    amount_high: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Upper bound in currency units (NULL for 'over X')."
    )
    currency: Mapped[str | None] = mapped_column(String(3), comment="ISO 4217 code, e.g. USD.")
    amount_qualifier: Mapped[str | None] = mapped_column(
        Text,
        comment="Class of the qualifier: exact, approximately, nearly, over, under, up_to, range.",
    )
    amount_text: Mapped[str | None] = mapped_column(
        Text, comment="The amount exactly as written in the quote, e.g. 'about $1.5 billion'."
    )
    amount_best: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Best single value: the stated number, or a range's midpoint."
    )
    amount_qualifier_words: Mapped[str | None] = mapped_column(
        Text, comment="The qualifier's words as written, e.g. 'about'; NULL when none."
    )
    amount_status: Mapped[str | None] = mapped_column(
        Text,
        comment="What the money is: amount (named: an investment, a contract value), allocation"
        " (set aside), or actual, estimate, forecast, target; NULL when there is no amount.",
    )

    @classmethod
    def money_checks(cls, prefix: str = "amount") -> tuple[CheckConstraint, ...]:
        low, high = f"{prefix}_low", f"{prefix}_high"
        return (
            *qualified_checks(prefix),
            CheckConstraint(
                f"({prefix}_text IS NULL) = ({low} IS NULL AND {high} IS NULL)",
                name=f"{prefix}_text",
            ),
            CheckConstraint(_in(f"{prefix}_status", FIGURE_STATUSES), name=f"{prefix}_status"),
            CheckConstraint(
                f"{prefix}_status IS NULL OR {prefix}_text IS NOT NULL",
                name=f"{prefix}_status_amount",
            ),
        )


class SourceErrorMark:
    """A value the source evidently got wrong: kept as written, marked, and explained."""

    source_error: Mapped[bool] = mapped_column(
        Boolean,
        server_default="false",
        comment="True when the value as written is a probable error of the source.",
    )
    source_error_note: Mapped[str | None] = mapped_column(
        Text, comment="Why the value is taken for a source error (required when source_error)."
    )
    corrected_low: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Lower bound of the value as it should read, when given."
    )
    corrected_high: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Upper bound of the value as it should read, when given."
    )
    corrected_best: Mapped[Decimal | None] = mapped_column(
        MONEY, comment="Best single value of the value as it should read, when given."
    )
    corrected_text: Mapped[str | None] = mapped_column(
        Text, comment="The value as it should read, e.g. '$3 billion', when given."
    )
    corrected_citation: Mapped[Citation | None] = citation(
        "Outside evidence for the corrected value, a jsonb object {url, publication, says}."
    )

    @classmethod
    def source_error_checks(cls) -> tuple[CheckConstraint, ...]:
        return (
            CheckConstraint(
                "source_error = (source_error_note IS NOT NULL)", name="source_error_note"
            ),
            CheckConstraint(
                "source_error OR (corrected_text IS NULL AND corrected_low IS NULL"
                " AND corrected_high IS NULL AND corrected_citation IS NULL)",
                name="corrected_needs_error",
            ),
            CheckConstraint("corrected_low <= corrected_high", name="corrected_bounds"),
            citation_check("corrected_citation"),
        )


class SharedNote:
    """What a shared file says about an entry beyond the articles: a note and a citation."""

    note: Mapped[str | None] = mapped_column(
        Text, comment="Curator's note on this entry (free text), when there is one."
    )
    citation: Mapped[Citation | None] = citation(
        "Outside source for what no article states, a jsonb object {url, publication, says}."
    )

    @classmethod
    def shared_checks(cls) -> tuple[CheckConstraint, ...]:
        return (citation_check("citation"),)


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
