"""Columns of plans and posts over time: a proposal's own date and timeframe, a twinning
agreement's level, sides, renewal and first date, a tenure's evidence, and the notes and
citations of the shared entries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coopdb.curation import corpus as c
from coopdb.load.citations import citation_json
from coopdb.load.crossrefs import defined_pairs, key_ids
from coopdb.load.engine import Row

if TYPE_CHECKING:
    from coopdb.load.sources import _SourceSteps


def _dated(dated: c.DatedAs | None) -> Row:
    """year, month, day, earliest, latest, basis, note, citation of a date (all NULL for none:
    a proposal without its own date takes its meeting's, which is not copied)."""
    if dated is None:
        return (None,) * 8
    parts = dated.parts
    found = (
        (parts.year, parts.month, parts.day, parts.earliest, parts.latest) if parts else (None,) * 5
    )
    return (*found, dated.basis, dated.note, citation_json(dated.citation))


def _dated_columns(prefix: str) -> tuple[str, ...]:
    parts = ("year", "month", "day", "earliest", "latest", "basis", "note", "citation")
    return tuple(f"{prefix}_{part}" for part in parts)


PROPOSAL_DATE_COLUMNS = (
    *_dated_columns("proposed"),
    "timeframe_label",
    "timeframe_start",
    "timeframe_end",
    "timeframe_kind",
    "timeframe_months",
    "timeframe_basis",
    "timeframe_note",
    "timeframe_citation",
    "timeframe_start_precision",
    "timeframe_end_precision",
    "note",
)
"""The columns ``proposal_dates`` fills, in its order."""


def proposal_dates(p: c.Proposal) -> Row:
    """A proposal's own date, its timeframe and its note (``PROPOSAL_DATE_COLUMNS``)."""
    t = p.timeframe
    timeframe: Row = (None,) * 10
    if t is not None:
        timeframe = (
            t.label,
            t.start.earliest if t.start else None,
            t.end.latest if t.end else None,
            t.kind or "unknown",
            t.months,
            t.basis,
            t.note,
            citation_json(t.citation),
            t.start_precision,
            t.end_precision,
        )
    return (*_dated(p.proposed_on), *timeframe, p.note)


TWINNING_COLUMNS = (
    "level",
    "units_count_by",
    "units_count_ru",
    *_dated_columns("original"),
    "note",
)
"""The columns ``twinning_values`` fills, in its order (``renews_id`` is set afterwards, by
``link_renewals``: it may name an agreement of an article synced in the same load)."""


def twinning_values(t: c.Twinning) -> Row:
    return (t.level, t.units_by, t.units_ru, *_dated(t.original_date), t.note)


def link_renewals(steps: _SourceSteps, ids: dict[Any, int]) -> None:
    """Set ``renews_id`` of each synced agreement from its ``renews`` key (any article's;
    ``coopdb check`` and ``check_global_keys`` have proved it is defined)."""
    found = key_ids(steps, "twinning", ids, defined_pairs(steps.changed, "twinning"))
    rows = [
        (ids[(steps.source_id[s.key], t.key)], found.get(t.renews) if t.renews else None)
        for s in steps.changed
        for t in s.twinning
    ]
    steps.driver.execute(
        "UPDATE core.twinning_agreements t SET renews_id = w.renews"
        " FROM unnest(%s::bigint[], %s::bigint[]) AS w(id, renews)"
        " WHERE t.id = w.id AND t.renews_id IS DISTINCT FROM w.renews",
        ([r[0] for r in rows], [r[1] for r in rows]),
    )


HOLDING_COLUMNS = (
    "acting",
    "note",
    "start_note",
    "end_note",
    "start_citation",
    "end_citation",
)
"""The evidence columns of a tenure, beyond its dates (``holding_values``' order)."""


def holding_values(h: c.Holding) -> Row:
    return (
        h.acting,
        h.note,
        h.start.note,
        h.end.note,
        citation_json(h.start.citation),
        citation_json(h.end.citation),
    )


SHARED_COLUMNS = ("note", "citation")
"""What a shared file says of an entry beyond the articles."""


def shared_values(entry: c.Region | c.Official | c.Enterprise) -> Row:
    return (entry.note, citation_json(entry.citation))
