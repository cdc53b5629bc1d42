"""The closed vocabularies of coopdb, defined once: the curated file format accepts exactly
these words (``Literal`` types in ``coopdb.curation.spec``) and the database's CHECK
constraints allow exactly these values (tuples in ``coopdb.models``)."""

from __future__ import annotations

from typing import Literal, get_args

DateBasis = Literal["stated", "inferred", "unknown"]
Side = Literal["BY", "RU"]
ProposerSide = Literal["BY", "RU", "both"]
RegionKind = Literal["country", "federal_city", "oblast", "district", "city"]
EnterpriseKind = Literal["company", "state_body", "other"]
ProposalStatus = Literal[
    "proposed", "under_discussion", "planned", "agreed", "ongoing", "completed"
]
TradeFlow = Literal["turnover", "exports", "imports"]
GoodsDirection = Literal["exports", "imports"]
TwinningStatus = Literal["planned", "signed"]
MoneyQualifier = Literal["exact", "approximately", "over", "up_to", "range"]

DATE_BASES: tuple[str, ...] = get_args(DateBasis)
SIDES: tuple[str, ...] = get_args(Side)
PROPOSER_SIDES: tuple[str, ...] = get_args(ProposerSide)
REGION_KINDS: tuple[str, ...] = get_args(RegionKind)
ENTERPRISE_KINDS: tuple[str, ...] = get_args(EnterpriseKind)
PROPOSAL_STATUSES: tuple[str, ...] = get_args(ProposalStatus)
TRADE_FLOWS: tuple[str, ...] = get_args(TradeFlow)
GOODS_DIRECTIONS: tuple[str, ...] = get_args(GoodsDirection)
TWINNING_STATUSES: tuple[str, ...] = get_args(TwinningStatus)
MONEY_QUALIFIERS: tuple[str, ...] = get_args(MoneyQualifier)
