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
from coopdb.dates import PartialDate


@dataclass(frozen=True)
class Quote:
    """Verbatim words and where they sit in the source body (Python/PostgreSQL characters)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DatedAs:
    """A partial date with how it is known: stated, inferred (with a note) or unknown."""

    parts: PartialDate | None
    basis: v.DateBasis
    note: str | None


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


@dataclass(frozen=True)
class Official:
    key: str
    name: str
    other_names: tuple[str, ...]
    country: str
    holdings: tuple[Holding, ...]


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


@dataclass(frozen=True)
class OfficialMention:
    official: str
    post: str | None
    name_as_written: str
    quote: Quote


@dataclass(frozen=True)
class EnterpriseMention:
    enterprise: str
    region: str | None
    name_as_written: str
    quote: Quote


@dataclass(frozen=True)
class Participant:
    official: str
    post: str | None
    side: v.Side
    quote: Quote


@dataclass(frozen=True)
class Meeting:
    key: str
    date: DatedAs
    place: str | None
    regions: tuple[str, ...]
    participants: tuple[Participant, ...]
    quote: Quote


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


@dataclass(frozen=True)
class Period:
    label: str | None
    start: PartialDate | None
    end: PartialDate | None


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


@dataclass(frozen=True)
class TradeGood:
    region: str
    direction: v.GoodsDirection
    goods: str
    quote: Quote


@dataclass(frozen=True)
class Twinning:
    key: str
    status: v.TwinningStatus
    count: int | None
    regions: tuple[str, ...]
    date: DatedAs
    quote: Quote


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
    sources: list[Source] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    """Keys of articles not read again because their files match what was last loaded."""

    def fact_count(self) -> int:
        """Number of fact rows the sources will produce (used for progress and benchmarks)."""
        return sum(
            1
            + len(s.official_mentions)
            + len(s.enterprise_mentions)
            + sum(1 + len(m.participants) for m in s.meetings)
            + len(s.proposals)
            + len(s.trade_figures)
            + len(s.trade_goods)
            + len(s.twinning)
            for s in self.sources
        )
