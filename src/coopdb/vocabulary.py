"""The closed vocabularies of coopdb, defined once: the curated file format accepts exactly
these words (``Literal`` types in ``coopdb.curation.spec``) and the database's CHECK
constraints allow exactly these values (tuples in ``coopdb.models``)."""

from __future__ import annotations

from typing import Literal, get_args

DateBasis = Literal["stated", "inferred", "external", "unknown"]
Side = Literal["BY", "RU"]
ProposerSide = Literal["BY", "RU", "both"]
RegionKind = Literal["country", "federal_city", "oblast", "district", "city"]
EnterpriseKind = Literal["company", "state_body", "other"]
ProposalStatus = Literal[
    "proposed", "under_discussion", "planned", "agreed", "ongoing", "completed"
]
TradeFlow = Literal["turnover", "exports", "imports"]
GoodsDirection = Literal["exports", "imports"]
TwinningStatus = Literal["planned", "signed", "renewed"]
TwinningLevel = Literal["district", "city", "oblast"]
Qualifier = Literal["exact", "approximately", "nearly", "over", "under", "up_to", "range"]
MoneyQualifier = Qualifier
"""The qualifier of a money amount: the same classes as any other quantity."""
FigureStatus = Literal["actual", "estimate", "forecast", "target", "allocation", "amount"]
ChangeDirection = Literal["increase", "decrease", "unchanged"]
PeriodKind = Literal["calendar_year", "part_year", "multi_year", "unknown"]
DatePrecision = Literal["day", "month", "quarter", "half", "year"]
StatementKind = Literal["intention", "assessment", "commitment", "claim"]
Rank = Literal["preferred", "normal", "deprecated"]
SourceDateRole = Literal["dateline", "page"]
SkipReason = Literal["furniture", "courtesy", "repeated", "out_of_scope", "boilerplate"]
"""Why a sentence of an article states no fact: what ``coopdb curate coverage`` leaves out."""

DATE_BASES: tuple[str, ...] = get_args(DateBasis)
SIDES: tuple[str, ...] = get_args(Side)
PROPOSER_SIDES: tuple[str, ...] = get_args(ProposerSide)
REGION_KINDS: tuple[str, ...] = get_args(RegionKind)
ENTERPRISE_KINDS: tuple[str, ...] = get_args(EnterpriseKind)
PROPOSAL_STATUSES: tuple[str, ...] = get_args(ProposalStatus)
TRADE_FLOWS: tuple[str, ...] = get_args(TradeFlow)
GOODS_DIRECTIONS: tuple[str, ...] = get_args(GoodsDirection)
TWINNING_STATUSES: tuple[str, ...] = get_args(TwinningStatus)
TWINNING_LEVELS: tuple[str, ...] = get_args(TwinningLevel)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
MONEY_QUALIFIERS: tuple[str, ...] = QUALIFIERS
FIGURE_STATUSES: tuple[str, ...] = get_args(FigureStatus)
CHANGE_DIRECTIONS: tuple[str, ...] = get_args(ChangeDirection)
PERIOD_KINDS: tuple[str, ...] = get_args(PeriodKind)
DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)
RANKS: tuple[str, ...] = get_args(Rank)
SOURCE_DATE_ROLES: tuple[str, ...] = get_args(SourceDateRole)
SKIP_REASONS: tuple[str, ...] = get_args(SkipReason)
