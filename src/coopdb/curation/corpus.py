"""The curated corpus after validation: plain, typed, resolved data ready to load.

Nothing here can be wrong any more: every reference is resolved to a key that exists, every
quote has its offsets, every number has been proved against its quote. The loader turns these
objects into rows; the validator (``curation``) is the only producer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from decimal import Decimal

from coopdb import vocabulary as v
from coopdb.amounts import Amount
from coopdb.changes import Change
from coopdb.curation.spool import SourceSpool
from coopdb.dates import PartialDate
from coopdb.quantities import Quantity as QuantityValue


@dataclass(frozen=True)
class Quote:
    """Verbatim words and where they sit in the source body (Python/PostgreSQL characters)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DatedAs:
    """A partial date with how it is known: stated (its parts checked against its words),
    inferred (with a note), external (with a citation) or unknown."""

    parts: PartialDate | None
    basis: v.DateBasis
    note: str | None
    citation: Citation | None = None
    """For an external date: the outside source."""
    quote: Quote | None = None
    """The date's own words in the article, when it gives them (``quote:`` of the date)."""


UNKNOWN_DATE = DatedAs(None, "unknown", None)


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    kind: v.RegionKind
    country: str
    parent: str | None
    iso_code: str | None
    other_names: tuple[str, ...]
    note: str | None = None
    citation: Citation | None = None
    """Outside source for what no article states about the entry."""


@dataclass(frozen=True)
class Post:
    key: str
    title: str
    body: str | None
    region: str


@dataclass(frozen=True)
class Holding:
    post: str
    term: int
    start: DatedAs
    end: DatedAs
    acting: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Official:
    key: str
    name: str
    other_names: tuple[str, ...]
    country: str
    holdings: tuple[Holding, ...]
    note: str | None = None
    citation: Citation | None = None


@dataclass(frozen=True)
class Sector:
    key: str
    name: str


@dataclass(frozen=True)
class Enterprise:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: v.EnterpriseKind
    country: str
    region: str | None
    sector: str | None
    note: str | None = None
    citation: Citation | None = None


@dataclass(frozen=True)
class OfficialMention:
    official: str
    post: str | None
    name_as_written: str
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class EnterpriseMention:
    enterprise: str
    region: str | None
    name_as_written: str
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class Participant:
    official: str
    post: str | None
    side: v.Side
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class Meeting:
    key: str
    date: DatedAs
    place: str | None
    regions: tuple[str, ...]
    participants: tuple[Participant, ...]
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class Citation:
    """Outside evidence: where it is (url, publication or both) and what it says."""

    url: str | None
    publication: str | None
    says: str

    def as_json(self) -> dict[str, str]:
        """The jsonb object a citation column stores (absent parts left out)."""
        parts = {"url": self.url, "publication": self.publication, "says": self.says}
        return {name: value for name, value in parts.items() if value is not None}


@dataclass(frozen=True)
class SourceError:
    """A value the source evidently got wrong: kept as written, with why and, when known, the
    value as it should read (bounds in the value's own unit)."""

    note: str
    corrected_text: str | None = None
    corrected_low: Decimal | None = None
    corrected_high: Decimal | None = None
    corrected_best: Decimal | None = None
    citation: Citation | None = None


@dataclass(frozen=True)
class Proposal:
    key: str
    title: str
    sector: str
    status: v.ProposalStatus
    proposed_by: str | None
    proposed_by_side: v.ProposerSide | None
    meeting: str | None
    region: str | None
    enterprises: tuple[str, ...]
    amount: Amount | None
    quote: Quote
    amount_status: v.FigureStatus | None = None
    amount_source_error: SourceError | None = None
    note: str | None = None
    proposed_on: DatedAs | None = None
    """Its own date when given; None: its meeting's date applies (not copied)."""
    timeframe: Period | None = None
    """When it is to happen, as stated (``Period.kind`` unknown for a label with no interval)."""


@dataclass(frozen=True)
class Period:
    """A period as written and, when known, its interval (``start.earliest`` to
    ``end.latest``), with what is derived from it once: kind, months, precision of each end."""

    label: str | None
    start: PartialDate | None
    end: PartialDate | None
    kind: v.PeriodKind | None = None
    months: int | None = None
    basis: v.DateBasis | None = None
    note: str | None = None
    citation: Citation | None = None
    start_precision: v.DatePrecision | None = None
    end_precision: v.DatePrecision | None = None


@dataclass(frozen=True)
class TradeFigure:
    key: str
    region: str
    flow: v.TradeFlow
    period: Period
    value: Amount
    change_pct: Decimal | None
    compared_with: Period
    note: str | None
    quote: Quote
    status: v.FigureStatus = "actual"
    change: Change | None = None
    prior_low: Decimal | None = None
    prior_high: Decimal | None = None
    """The value before the change (rounded outward; None is open or not implied)."""
    rank: v.Rank = "normal"
    same_as: str | None = None
    """Key of a figure (of any article) this one reports the same quantity as."""
    source_error: SourceError | None = None


@dataclass(frozen=True)
class TradeGood:
    region: str
    direction: v.GoodsDirection
    goods: str
    quote: Quote
    note: str | None = None


QuantityLink = tuple[str, str]
"""What a quantity belongs to: (kind, key), kind one of proposal, meeting, twinning, statement,
trade_figure; the key is global (any article's)."""


@dataclass(frozen=True)
class Quantity:
    """A number that is not money, as written, with its unit and what it counts."""

    key: str
    region: str | None
    what: str
    unit: str
    value: QuantityValue
    status: v.FigureStatus
    link: QuantityLink | None
    period: Period
    source_error: SourceError | None
    note: str | None
    quote: Quote


@dataclass(frozen=True)
class Twinning:
    key: str
    status: v.TwinningStatus
    count: int | None
    regions: tuple[str, ...]
    date: DatedAs
    quote: Quote
    level: v.TwinningLevel | None = None
    units_by: int | None = None
    units_ru: int | None = None
    renews: str | None = None
    """Global key of the agreement this one renews (any article's)."""
    original_date: DatedAs | None = None
    """The renewed agreement's first date."""
    note: str | None = None


@dataclass(frozen=True)
class Attestation:
    """This article's words for a fact that an article defines, named by its global key."""

    target: str
    """meeting, proposal, trade_figure, twinning or statement."""
    key: str
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class Statement:
    """What someone said they intend, assess, commit to or claim."""

    key: str
    kind: v.StatementKind
    speaker: str | None
    side: v.Side | None
    summary: str
    region: str | None
    sector: str | None
    meeting: str | None
    """Global key of the meeting it was made at (any article's)."""
    quote: Quote
    note: str | None = None


@dataclass(frozen=True)
class SourceDate:
    """A date the article carries besides its publication: its dateline's or its page's."""

    role: v.SourceDateRole
    date: DatedAs


@dataclass(frozen=True)
class ForeignKey:
    """A reference to a global key that no article read by this check defines: an article
    skipped as unchanged must define it, which the load checks in the database."""

    kind: str
    key: str
    where: str
    """``FILE:LINE: FIELD`` of the reference, the start of its problem line."""


@dataclass(frozen=True)
class Source:
    """An article and every fact curated from it."""

    key: str
    file_name: str
    title: str | None
    publisher: str | None
    dateline: str | None
    published: DatedAs
    sha256: str
    facts_sha256: str
    body: str
    input_sha256: str = ""
    official_mentions: tuple[OfficialMention, ...] = ()
    enterprise_mentions: tuple[EnterpriseMention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    trade_figures: tuple[TradeFigure, ...] = ()
    trade_goods: tuple[TradeGood, ...] = ()
    twinning: tuple[Twinning, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attestations: tuple[Attestation, ...] = ()
    statements: tuple[Statement, ...] = ()
    source_dates: tuple[SourceDate, ...] = ()


def fact_rows(source: Source) -> int:
    """Rows a source's facts occupy across the fact and link tables (not the source row)."""
    return (
        len(source.official_mentions)
        + len(source.enterprise_mentions)
        + sum(1 + len(m.regions) + len(m.participants) for m in source.meetings)
        + sum(1 + len(p.enterprises) for p in source.proposals)
        + len(source.trade_figures)
        + len(source.trade_goods)
        + sum(1 + len(t.regions) for t in source.twinning)
        + len(source.quantities)
        + len(source.attestations)
        + len(source.statements)
        + len(source.source_dates)
    )


def counted_facts(s: Source) -> int:
    """Facts of one source as ``coopdb check`` counts them (``Corpus.fact_count`` sums them)."""
    return (
        1
        + len(s.official_mentions)
        + len(s.enterprise_mentions)
        + sum(1 + len(m.participants) for m in s.meetings)
        + len(s.proposals)
        + len(s.trade_figures)
        + len(s.trade_goods)
        + len(s.twinning)
        + len(s.quantities)
        + len(s.attestations)
        + len(s.statements)
        + len(s.source_dates)
    )


def with_fingerprint(source: Source) -> Source:
    """The source with ``facts_sha256`` set to a hash of everything that will be loaded for it.

    Hashing the resolved facts, not the YAML file, also catches changes that come from the
    shared files (a new alias changes ``name_as_written``), so skipping is always safe.
    """
    facts = replace(source, facts_sha256="", input_sha256="")
    digest = hashlib.sha256(repr(facts).encode()).hexdigest()
    return replace(source, facts_sha256=digest)


@dataclass
class Corpus:
    """Everything in a seeds folder, validated."""

    regions: list[Region] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    enterprises: list[Enterprise] = field(default_factory=list)
    sources: SourceSpool = field(default_factory=SourceSpool)
    """The articles read: their texts and facts spooled to a file as each is checked, or
    only counted (``validate_folder(..., keep_facts=False)``, as ``coopdb check`` does)."""
    unchanged: list[str] = field(default_factory=list)
    """Keys of articles not read again because their files match what was last loaded."""
    global_keys: dict[str, dict[str, str]] = field(default_factory=dict)
    """Kind (meeting, proposal, trade_figure, twinning, quantity, statement) → key → the
    article (source key) that defines it, for every key the articles read define."""
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    """References to keys that only articles skipped as unchanged can define (the load
    checks them in the database)."""
    pending: dict[str, int] = field(default_factory=dict)
    """Facts marked ``pending: true`` per facts file (its path as shown), files with none
    left out: counted while validating, so no file is read twice."""

    def fact_count(self) -> int:
        """Number of fact rows the sources will produce (used for progress and benchmarks)."""
        return self.sources.facts
