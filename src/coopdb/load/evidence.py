"""The load steps of an article's evidence: its statements, its attestations of facts (of any
article, by global key), and the dates it carries besides its publication."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coopdb.curation import corpus as c
from coopdb.curation.spool import SpooledSource
from coopdb.load.citations import citation_json
from coopdb.load.crossrefs import KEYED, defined_pairs, key_ids
from coopdb.load.engine import Row, Table
from coopdb.load.rows import QUOTE_COLUMNS, _quote

if TYPE_CHECKING:
    from coopdb.load.sources import _SourceSteps

SECTIONS = {
    "meeting": "meetings",
    "proposal": "proposals",
    "trade_figure": "trade_figures",
    "twinning": "twinning",
    "statement": "statements",
}
"""Each kind an attestation may name, and the source section defining it."""


def statements(steps: _SourceSteps) -> None:
    """Statements, with the meeting (of any article) they were made at; run after meetings."""
    source_id, official_id, region_id = steps.source_id, steps.official_id, steps.region_id
    sector_id, meeting_id = steps.sector_id, steps.meeting_id
    steps.sync.upsert(
        Table(
            "statements",
            ("source_id", "key"),
            (
                "kind",
                "speaker_official_id",
                "side",
                "summary",
                "region_id",
                "sector_id",
                "meeting_id",
                "note",
                *QUOTE_COLUMNS,
            ),
            steps.in_scope,
        ),
        (
            (
                source_id[s.key],
                t.key,
                t.kind,
                official_id[t.speaker] if t.speaker else None,
                t.side,
                t.summary,
                region_id[t.region] if t.region else None,
                sector_id[t.sector] if t.sector else None,
                meeting_id[t.meeting] if t.meeting else None,
                t.note,
                *_quote(t.quote),
            )
            for s in steps.changed
            for t in s.statements
        ),
        steps.scope,
    )


def attestations(steps: _SourceSteps) -> None:
    """Attestations; run after every step whose facts they may name."""
    targets = {
        kind: key_ids(
            steps,
            kind,
            steps.sync.ids(KEYED[kind], "source_id", "key"),
            defined_pairs(steps.changed, section),
        )
        for kind, section in SECTIONS.items()
        if any(a.target == kind for s in steps.changed for a in s.attestations)
    }
    source_id = steps.source_id

    def row(source: SpooledSource, attestation: c.Attestation) -> Row:
        ids = {kind: None for kind in SECTIONS} | {
            attestation.target: targets[attestation.target][attestation.key]
        }
        return (
            source_id[source.key],
            attestation.quote.start,
            attestation.quote.end,
            *ids.values(),
            attestation.quote.text,
            attestation.note,
        )

    steps.sync.upsert(
        Table(
            "attestations",
            ("source_id", "quote_start", "quote_end"),
            (*(f"{kind}_id" for kind in SECTIONS), "quote", "note"),
            steps.in_scope,
        ),
        (row(s, a) for s in steps.changed for a in s.attestations),
        steps.scope,
    )


def source_dates(steps: _SourceSteps) -> None:
    """The dateline's and the page's own dates."""
    source_id = steps.source_id

    def row(source: SpooledSource, dated: c.SourceDate) -> Row:
        date, parts = dated.date, dated.date.parts
        quote = date.quote
        return (
            source_id[source.key],
            dated.role,
            parts.year if parts else None,
            parts.month if parts else None,
            parts.day if parts else None,
            parts.earliest if parts else None,
            parts.latest if parts else None,
            date.basis,
            date.note,
            citation_json(date.citation),
            *(_quote(quote) if quote else (None, None, None)),
        )

    steps.sync.upsert(
        Table(
            "source_dates",
            ("source_id", "role"),
            (
                "year",
                "month",
                "day",
                "earliest",
                "latest",
                "basis",
                "note",
                "citation",
                *QUOTE_COLUMNS,
            ),
            steps.in_scope,
        ),
        (row(s, d) for s in steps.changed for d in s.source_dates),
        steps.scope,
    )
