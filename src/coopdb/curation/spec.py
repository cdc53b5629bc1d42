"""The curated file format: one strict pydantic model per kind of YAML mapping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from coopdb.curation.limits import MAX_INDEXED_CHARS
from coopdb.vocabulary import (
    ChangeDirection,
    DateBasis,
    EnterpriseKind,
    FigureStatus,
    GoodsDirection,
    ProposalStatus,
    ProposerSide,
    Rank,
    RegionKind,
    Side,
    SkipReason,
    StatementKind,
    TradeFlow,
    TwinningLevel,
    TwinningStatus,
)

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Spec(BaseModel):
    """Strict base: unknown fields are errors, so a misspelt key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Slug = Field(pattern=SLUG, max_length=MAX_INDEXED_CHARS)
Name = Annotated[str, Field(max_length=MAX_INDEXED_CHARS)]
"""A name the database indexes (a person's or an enterprise's names, a region's other names)."""


def _scalar_as_text(value: Any) -> Any:
    """A YAML scalar as the text it was written as (YAML reads 2017 as a number, 2017-12-05
    as a date: both mean the text); anything else is left for validation to refuse."""
    return str(value) if isinstance(value, (str, int, float, date)) else value


ScalarText = Annotated[str | None, BeforeValidator(_scalar_as_text)]


def _given(spec: BaseModel, *names: str) -> list[str]:
    """The fields among ``names`` that carry a value."""
    return [name for name in names if getattr(spec, name) is not None]


class CitationSpec(Spec):
    """Outside evidence for what no article states: where it is and what it says."""

    url: str | None = Field(None, min_length=1)
    publication: str | None = Field(None, min_length=1)
    says: str = Field(min_length=1)

    @model_validator(mode="after")
    def _where(self) -> CitationSpec:
        if self.url is None and self.publication is None:
            raise ValueError("a citation needs a url or a publication (or both)")
        return self


def _external_rule(basis: str | None, citation: object) -> None:
    """An external basis rests on an outside source, so it must name it (dates and periods)."""
    if basis == "external" and citation is None:
        raise ValueError("basis 'external' needs a citation: {url or publication, says}")


class DateSpec(Spec):
    value: ScalarText = None
    basis: DateBasis | None = None
    note: str | None = None
    citation: CitationSpec | None = None
    quote: str | None = None
    occurrence: int = Field(1, ge=1)

    @model_validator(mode="after")
    def _evidence(self) -> DateSpec:
        _external_rule(self.basis, self.citation)
        return self


class RegionSpec(Spec):
    key: str = Slug
    name: str
    kind: RegionKind
    country: str = Field(pattern=r"^[A-Z]{2}$")
    parent: str | None = None
    iso_code: str | None = Field(None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    other_names: list[Name] = []
    note: str | None = None
    citation: CitationSpec | None = None


class RegionsFile(Spec):
    regions: list[RegionSpec | None]


class PostSpec(Spec):
    key: str = Slug
    title: str
    body: str | None = None
    region: str


class HoldingSpec(Spec):
    post: str
    term: int = Field(1, ge=1)
    acting: bool = False
    start: DateSpec | None = None
    end: DateSpec | None = None
    note: str | None = None


class OfficialSpec(Spec):
    key: str = Slug
    name: Name
    other_names: list[Name] = []
    country: str = Field(pattern=r"^[A-Z]{2}$")
    holdings: list[HoldingSpec] = []
    note: str | None = None
    citation: CitationSpec | None = None


class OfficialsFile(Spec):
    posts: list[PostSpec | None]
    officials: list[OfficialSpec | None]


class SectorSpec(Spec):
    key: str = Slug
    name: str


class EnterpriseSpec(Spec):
    key: str = Slug
    name: Name
    aliases: list[Name] = []
    kind: EnterpriseKind = "company"
    country: str = Field(pattern=r"^[A-Z]{2}$")
    region: str | None = None
    sector: str | None = None
    note: str | None = None
    citation: CitationSpec | None = None


class EnterprisesFile(Spec):
    sectors: list[SectorSpec | None]
    enterprises: list[EnterpriseSpec | None]


class Quoted(Spec):
    """A fact: the words that support it, and the curator's note on it."""

    quote: str = Field(min_length=1)
    occurrence: int = Field(1, ge=1)
    note: str | None = None
    pending: bool = False
    """Drafted, not yet reviewed: delete the mark to confirm (load refuses pending facts)."""


class SourceErrorSpec(Spec):
    """A value the source evidently got wrong: kept as written, marked, and explained."""

    note: str = Field(min_length=1)
    corrected: str | None = Field(None, min_length=1)
    citation: CitationSpec | None = None


class PeriodSpec(Spec):
    label: str | None = None
    value: ScalarText = None
    start: ScalarText = None
    end: ScalarText = None
    months: int | None = Field(None, ge=1)
    basis: DateBasis | None = None
    note: str | None = None
    citation: CitationSpec | None = None

    @model_validator(mode="after")
    def _forms(self) -> PeriodSpec:
        bounds = _given(self, "start", "end")
        if self.value is not None and bounds:
            raise ValueError(f"give value or start/end, not both (got value and {bounds[0]})")
        if self.basis == "unknown" and (self.value is not None or bounds):
            raise ValueError("basis 'unknown' takes no value")
        if self.basis == "inferred" and not self.note:
            raise ValueError("basis 'inferred' needs a note saying from which words")
        _external_rule(self.basis, self.citation)
        return self


class OfficialMentionSpec(Quoted):
    official: str
    post: str | None = None


class EnterpriseMentionSpec(Quoted):
    enterprise: str
    region: str | None = None


class ParticipantSpec(Quoted):
    official: str
    post: str | None = None
    side: Side


class MeetingSpec(Quoted):
    key: str = Slug
    date: DateSpec | None = None
    place: str | None = None
    regions: list[str] | None = None
    participants: list[ParticipantSpec] = Field(min_length=1)


class ProposalSpec(Quoted):
    key: str = Slug
    title: str
    sector: str
    status: ProposalStatus
    proposed_by: str | None = None
    proposed_by_side: ProposerSide | None = None
    meeting: str | None = None
    region: str | None = None
    """Unset: the article's region (``model_fields_set`` tells unset from an explicit null)."""
    enterprises: list[str] = []
    amount: str | None = None
    amount_status: FigureStatus = "amount"
    source_error: SourceErrorSpec | None = None
    proposed_on: DateSpec | None = None
    """Unset: the date of its meeting (not copied)."""
    timeframe: PeriodSpec | None = None

    @model_validator(mode="after")
    def _amount(self) -> ProposalSpec:
        if self.amount is None:
            for name in ("amount_status", "source_error"):
                if name in self.model_fields_set and getattr(self, name) is not None:
                    raise ValueError(f"{name} is given but the proposal has no amount")
        return self


def _change_shorthand(value: Any) -> Any:
    """``change: "went up 40.5%"`` is short for ``change: {text: "went up 40.5%"}``."""
    return {"text": value} if isinstance(value, str) else value


class ChangeSpec(Spec):
    """A change as written; the direction when the words alone do not give it."""

    text: str = Field(min_length=1)
    direction: ChangeDirection | None = None


Change = Annotated[ChangeSpec, BeforeValidator(_change_shorthand)]


class TradeFigureSpec(Quoted):
    key: str = Slug
    flow: TradeFlow
    status: FigureStatus = "actual"
    region: str | None = None
    period: PeriodSpec | None = None
    value: str
    change_pct: Decimal | None = None
    change: Change | None = None
    compared_with: PeriodSpec | None = None
    rank: Rank = "normal"
    same_as: str | None = None
    source_error: SourceErrorSpec | None = None

    @model_validator(mode="after")
    def _one_change(self) -> TradeFigureSpec:
        if self.change_pct is not None and self.change is not None:
            raise ValueError("give change_pct or change, not both")
        if self.same_as is not None and self.same_as == self.key:
            raise ValueError("same_as names the figure itself")
        return self


class TradeGoodsSpec(Quoted):
    direction: GoodsDirection
    region: str | None = None
    goods: list[Name] = Field(min_length=1)


class UnitsSpec(Spec):
    """How many districts or cities each side twins (the numbers must occur in the quote)."""

    BY: int | None = Field(None, ge=1)
    RU: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _some(self) -> UnitsSpec:
        if self.BY is None and self.RU is None:
            raise ValueError("units needs a count for BY, RU or both")
        return self


class TwinningSpec(Quoted):
    key: str = Slug
    status: TwinningStatus
    level: TwinningLevel | None = None
    count: int | None = Field(None, ge=1)
    units: UnitsSpec | None = None
    regions: list[str] | None = None
    date: DateSpec | None = None
    renews: str | None = None
    original_date: DateSpec | None = None

    @model_validator(mode="after")
    def _renewal(self) -> TwinningSpec:
        if self.renews is not None and self.renews == self.key:
            raise ValueError("renews names the agreement itself")
        return self


ATTESTED = ("meeting", "proposal", "trade_figure", "twinning", "statement")


class AttestationSpec(Quoted):
    """Another article's words for a fact defined elsewhere (keys are global)."""

    meeting: str | None = None
    proposal: str | None = None
    trade_figure: str | None = None
    twinning: str | None = None
    statement: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> AttestationSpec:
        targets = _given(self, *ATTESTED)
        if len(targets) != 1:
            got = f"got {', '.join(targets)}" if targets else "got none"
            raise ValueError(f"an attestation names exactly one of {', '.join(ATTESTED)} ({got})")
        return self


QUANTITY_LINKS = ("proposal", "meeting", "twinning", "statement", "trade_figure")


class QuantitySpec(Quoted):
    """A number that is not money: as written, with its unit and what it counts."""

    key: str = Slug
    text: str = Field(min_length=1)
    unit: str = Field(pattern=r"^[a-z]+(?:[ -][a-z]+)*$", max_length=MAX_INDEXED_CHARS)
    what: str = Field(min_length=1)
    status: FigureStatus = "actual"
    region: str | None = None
    """Unset: the article's region (``model_fields_set`` tells unset from an explicit null)."""
    proposal: str | None = None
    meeting: str | None = None
    twinning: str | None = None
    statement: str | None = None
    trade_figure: str | None = None
    period: PeriodSpec | None = None
    source_error: SourceErrorSpec | None = None

    @model_validator(mode="after")
    def _one_link(self) -> QuantitySpec:
        links = _given(self, *QUANTITY_LINKS)
        if len(links) > 1:
            raise ValueError(
                f"a quantity links to at most one of {', '.join(QUANTITY_LINKS)}"
                f" (got {', '.join(links)})"
            )
        return self


class StatementSpec(Quoted):
    """What someone said they intend, assess, commit to or claim."""

    key: str = Slug
    kind: StatementKind
    speaker: str | None = None
    side: Side | None = None
    """Unset: the speaker's country."""
    summary: str = Field(min_length=1)
    region: str | None = None
    """Unset: the article's region (``model_fields_set`` tells unset from an explicit null)."""
    sector: str | None = None
    meeting: str | None = None


class SkipSpec(Spec):
    """Words of the article that state no fact (page furniture, a courtesy, a repeated
    paragraph): ``coopdb curate coverage`` counts their sentences as skipped. Not loaded."""

    quote: str = Field(min_length=1)
    occurrence: int = Field(1, ge=1)
    reason: SkipReason
    note: str | None = None


class ArticleFile(Spec):
    article: str
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    dateline_date: DateSpec | None = None
    published: DateSpec | None = None
    page_date: DateSpec | None = None
    region: str
    officials: list[OfficialMentionSpec | None] = []
    enterprises: list[EnterpriseMentionSpec | None] = []
    meetings: list[MeetingSpec | None] = []
    proposals: list[ProposalSpec | None] = []
    trade_figures: list[TradeFigureSpec | None] = []
    trade_goods: list[TradeGoodsSpec | None] = []
    twinning: list[TwinningSpec | None] = []
    attestations: list[AttestationSpec | None] = []
    quantities: list[QuantitySpec | None] = []
    statements: list[StatementSpec | None] = []
    skip: list[SkipSpec | None] = []


def field_names() -> set[str]:
    names: set[str] = set()
    for model in (
        CitationSpec,
        DateSpec,
        SourceErrorSpec,
        ChangeSpec,
        UnitsSpec,
        AttestationSpec,
        QuantitySpec,
        StatementSpec,
        SkipSpec,
        RegionsFile,
        RegionSpec,
        PostSpec,
        HoldingSpec,
        OfficialSpec,
        OfficialsFile,
        SectorSpec,
        EnterpriseSpec,
        EnterprisesFile,
        OfficialMentionSpec,
        EnterpriseMentionSpec,
        ParticipantSpec,
        MeetingSpec,
        ProposalSpec,
        PeriodSpec,
        TradeFigureSpec,
        TradeGoodsSpec,
        TwinningSpec,
        ArticleFile,
    ):
        names.update(model.model_fields)
    return names
