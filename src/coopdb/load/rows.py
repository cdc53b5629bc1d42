"""Row builders: a curated spec becomes the column values of its table row."""

from __future__ import annotations

from typing import Any

import psycopg

from coopdb.curation import corpus as c
from coopdb.load.citations import citation_json
from coopdb.load.engine import Row
from coopdb.load.figures import proposal_money, trade_figure_values
from coopdb.load.tenures import proposal_dates


def _date_values(dated: c.DatedAs) -> Row:
    parts = dated.parts
    if parts is None:
        return (None,) * 6 + (dated.basis, dated.note, citation_json(dated.citation))
    return (
        parts.year,
        parts.month,
        parts.day,
        parts.date,
        parts.earliest,
        parts.latest,
        dated.basis,
        dated.note,
        citation_json(dated.citation),
    )


DATE_COLUMNS = (
    "date_year",
    "date_month",
    "date_day",
    "date",
    "date_earliest",
    "date_latest",
    "date_basis",
    "date_note",
    "date_citation",
)
QUOTE_COLUMNS = ("quote", "quote_start", "quote_end")


def _quote(quote: c.Quote) -> Row:
    return (quote.text, quote.start, quote.end)


def _span(dated: c.DatedAs) -> Row:
    parts = dated.parts
    if parts is None:
        return (None, None, None, None, None, dated.basis)
    return (parts.year, parts.month, parts.day, parts.earliest, parts.latest, dated.basis)


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def _set_region_parents(
    conn: psycopg.Connection[Any], regions: list[c.Region], region_id: dict[Any, int]
) -> int:
    """Parents are set after all regions exist, writing only rows whose parent changed.

    Returns how many regions changed only here: rows the upsert already wrote in this
    transaction (new or changed regions) are counted there, not twice.
    """
    ids = [region_id[region.key] for region in regions]
    parents = [region_id[region.parent] if region.parent else None for region in regions]
    row = conn.execute(
        "WITH moved AS ("
        " UPDATE core.regions AS t SET parent_id = w.parent"
        " FROM unnest(%s::bigint[], %s::bigint[]) AS w(id, parent)"
        " WHERE t.id = w.id AND t.parent_id IS DISTINCT FROM w.parent RETURNING t.id)"
        " SELECT count(*) FROM moved JOIN core.regions AS r ON r.id = moved.id"
        " WHERE r.xmin <> pg_current_xact_id()::xid",
        (ids, parents),
    ).fetchone()
    return int(row[0]) if row else 0


def _proposal_row(
    p: c.Proposal,
    source: int,
    sector_id: dict[Any, int],
    region_id: dict[Any, int],
    meeting_id: dict[Any, int],
    official_id: dict[Any, int],
) -> Row:
    amount = p.amount
    return (
        source,
        p.key,
        p.title,
        sector_id[p.sector],
        p.status,
        region_id[p.region] if p.region else None,
        meeting_id[p.meeting] if p.meeting else None,
        official_id[p.proposed_by] if p.proposed_by else None,
        p.proposed_by_side,
        amount.low if amount else None,
        amount.high if amount else None,
        amount.currency if amount else None,
        amount.qualifier if amount else None,
        amount.text if amount else None,
        *_quote(p.quote),
        *proposal_money(p),
        *proposal_dates(p),
    )


def _trade_row(f: c.TradeFigure, source: int, region_id: dict[Any, int]) -> Row:
    return (
        source,
        f.key,
        region_id[f.region],
        "BY",  # every curated figure is trade with Belarus (the column's default)
        f.flow,
        f.period.label,
        f.period.start.earliest if f.period.start else None,
        f.period.end.latest if f.period.end else None,
        f.value.low,
        f.value.high,
        f.value.currency,
        f.value.qualifier,
        f.value.text,
        f.change_pct,
        f.compared_with.label,
        f.compared_with.start.earliest if f.compared_with.start else None,
        f.compared_with.end.latest if f.compared_with.end else None,
        f.note,
        *_quote(f.quote),
        *trade_figure_values(f),
    )
