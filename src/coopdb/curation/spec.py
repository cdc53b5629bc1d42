"""The curated file format: one strict pydantic model per kind of YAML mapping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from coopdb.curation.limits import MAX_INDEXED_CHARS
from coopdb.vocabulary import (
    DateBasis,
    EnterpriseKind,
    GoodsDirection,
    ProposalStatus,
    ProposerSide,
    RegionKind,
    Side,
    TradeFlow,
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


class DateSpec(Spec):
    value: ScalarText = None
    basis: DateBasis | None = None
    note: str | None = None
    quote: str | None = None
    occurrence: int = Field(1, ge=1)


class RegionSpec(Spec):
    key: str = Slug
    name: str
    kind: RegionKind
    country: str = Field(pattern=r"^[A-Z]{2}$")
    parent: str | None = None
    iso_code: str | None = Field(None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    other_names: list[Name] = []


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
    start: DateSpec | None = None
    end: DateSpec | None = None


class OfficialSpec(Spec):
    key: str = Slug
    name: Name
    other_names: list[Name] = []
    country: str = Field(pattern=r"^[A-Z]{2}$")
    holdings: list[HoldingSpec] = []


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


class EnterprisesFile(Spec):
    sectors: list[SectorSpec | None]
    enterprises: list[EnterpriseSpec | None]


class Quoted(Spec):
    quote: str = Field(min_length=1)
    occurrence: int = Field(1, ge=1)


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


class PeriodSpec(Spec):
    label: str | None = None
    start: ScalarText = None
    end: ScalarText = None


class TradeFigureSpec(Quoted):
    key: str = Slug
    flow: TradeFlow
    region: str | None = None
    period: PeriodSpec | None = None
    value: str
    change_pct: Decimal | None = None
    compared_with: PeriodSpec | None = None
    note: str | None = None


class TradeGoodsSpec(Quoted):
    direction: GoodsDirection
    region: str | None = None
    goods: list[Name] = Field(min_length=1)


class TwinningSpec(Quoted):
    key: str = Slug
    status: TwinningStatus
    count: int | None = Field(None, ge=1)
    regions: list[str] | None = None
    date: DateSpec | None = None


class ArticleFile(Spec):
    article: str
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: DateSpec | None = None
    region: str
    officials: list[OfficialMentionSpec | None] = []
    enterprises: list[EnterpriseMentionSpec | None] = []
    meetings: list[MeetingSpec | None] = []
    proposals: list[ProposalSpec | None] = []
    trade_figures: list[TradeFigureSpec | None] = []
    trade_goods: list[TradeGoodsSpec | None] = []
    twinning: list[TwinningSpec | None] = []


def field_names() -> set[str]:
    names: set[str] = set()
    for model in (
        DateSpec,
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
