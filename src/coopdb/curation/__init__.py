"""Reading and validating a seeds folder: YAML → typed models → a resolved ``Corpus``.

Validation never stops at the first problem: it collects every one, each with the file, the
line and the field, so a curator fixes a whole file in one pass. Nothing here touches a
database; ``coopdb check`` is this package alone. Whatever it accepts, ``coopdb load`` loads:
every limit of the database (the range of a column's type, the size of an index entry or of a
tsvector, the characters text may hold) is a rule here, reported like any other problem.

One module per stage: ``spec`` (the file format), ``yamlread`` (YAML with line positions,
screened by ``fastyaml``), ``problems`` (one line per problem, pydantic's errors among them),
``limits`` (what the database holds), ``shared`` (the index of the shared files), ``resolve``
(one article's facts), ``folder`` (the walk over a folder that ``seedfiles`` sandboxes),
``fingerprints`` (what lets a load skip an unchanged article), ``corpus`` (the result) and
``reference`` (the format described from ``spec``: JSON Schemas for editors, the guide's field
reference).
"""

from __future__ import annotations

from coopdb.curation.fingerprints import input_fingerprint, shared_fingerprint
from coopdb.curation.folder import validate_folder
from coopdb.curation.limits import MAX_INDEXED_CHARS, STORED_NUMBERS, storage_problem
from coopdb.curation.problems import CurationError, Problem, brief, parse_model
from coopdb.curation.spec import (
    SLUG,
    ArticleFile,
    AttestationSpec,
    ChangeSpec,
    CitationSpec,
    DateSpec,
    EnterpriseMentionSpec,
    EnterprisesFile,
    EnterpriseSpec,
    HoldingSpec,
    MeetingSpec,
    OfficialMentionSpec,
    OfficialsFile,
    OfficialSpec,
    ParticipantSpec,
    PeriodSpec,
    PostSpec,
    ProposalSpec,
    QuantitySpec,
    Quoted,
    RegionsFile,
    RegionSpec,
    SectorSpec,
    SourceErrorSpec,
    Spec,
    StatementSpec,
    TradeFigureSpec,
    TradeGoodsSpec,
    TwinningSpec,
    UnitsSpec,
)
from coopdb.curation.yamlread import CuratedFile, read_yaml
from coopdb.vocabulary import SIDES

__all__ = [
    "MAX_INDEXED_CHARS",
    "SIDES",
    "SLUG",
    "STORED_NUMBERS",
    "ArticleFile",
    "AttestationSpec",
    "ChangeSpec",
    "CitationSpec",
    "CuratedFile",
    "CurationError",
    "DateSpec",
    "EnterpriseMentionSpec",
    "EnterpriseSpec",
    "EnterprisesFile",
    "HoldingSpec",
    "MeetingSpec",
    "OfficialMentionSpec",
    "OfficialSpec",
    "OfficialsFile",
    "ParticipantSpec",
    "PeriodSpec",
    "PostSpec",
    "Problem",
    "ProposalSpec",
    "QuantitySpec",
    "Quoted",
    "RegionSpec",
    "RegionsFile",
    "SectorSpec",
    "SourceErrorSpec",
    "Spec",
    "StatementSpec",
    "TradeFigureSpec",
    "TradeGoodsSpec",
    "TwinningSpec",
    "UnitsSpec",
    "brief",
    "input_fingerprint",
    "parse_model",
    "read_yaml",
    "shared_fingerprint",
    "storage_problem",
    "validate_folder",
]
