"""The normalized core schema, as typed SQLAlchemy models.

The Alembic migrations in ``migrations/`` produce exactly this schema; ``alembic check`` (run
by the tests) proves they agree. Every table and column carries a comment, because analysts
read the catalog, not this package. ``base`` holds the declarative base and the column groups
fact tables share; ``reference``, ``sources``, ``facts`` and ``evidence`` hold the tables,
``journal`` the record of loads and the rows each changed.
"""

from __future__ import annotations

from coopdb.models.base import (
    LOCKS,
    NAMING_CONVENTION,
    SCHEMA,
    Base,
    Money,
    Noted,
    PartialDate,
    Provenance,
    SharedNote,
    SourceErrorMark,
    fk,
    load_lock,
)
from coopdb.models.evidence import Attestation, Quantity, Statement
from coopdb.models.facts import (
    EnterpriseMention,
    Meeting,
    MeetingParticipant,
    MeetingRegion,
    OfficialMention,
    Proposal,
    ProposalEnterprise,
    TradeFigure,
    TradeGood,
    TwinningAgreement,
    TwinningRegion,
)
from coopdb.models.journal import Change, Load
from coopdb.models.reference import (
    Enterprise,
    EnterpriseName,
    Holding,
    Official,
    OfficialName,
    Post,
    Region,
    RegionName,
    Sector,
)
from coopdb.models.sources import Source, SourceDate

__all__ = [
    "LOCKS",
    "NAMING_CONVENTION",
    "SCHEMA",
    "Attestation",
    "Base",
    "Change",
    "Enterprise",
    "EnterpriseMention",
    "EnterpriseName",
    "Holding",
    "Load",
    "Meeting",
    "MeetingParticipant",
    "MeetingRegion",
    "Money",
    "Noted",
    "Official",
    "OfficialMention",
    "OfficialName",
    "PartialDate",
    "Post",
    "Proposal",
    "ProposalEnterprise",
    "Provenance",
    "Quantity",
    "Region",
    "RegionName",
    "Sector",
    "SharedNote",
    "Source",
    "SourceDate",
    "SourceErrorMark",
    "Statement",
    "TradeFigure",
    "TradeGood",
    "TwinningAgreement",
    "TwinningRegion",
    "fk",
    "load_lock",
]
