"""Everything known about a region, gathered in a few indexed queries (psycopg only, no ORM:
this is the path a person waits on at the shell).

``find_region`` resolves what a user typed; ``region_report`` returns plain data that the
renderers turn into text or JSON. Every fact carries the id of its source, and the report
numbers the sources so each line can point to the words it rests on.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row

Record = dict[str, Any]


class RegionLookupError(Exception):
    """The name matched no region, or several; ``candidates`` are the closest names."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


REGION_NAMES_SQL = """
SELECT r.id, r.key AS name FROM core.regions r
UNION ALL SELECT r.id, r.name FROM core.regions r
UNION ALL SELECT r.id, r.iso_code FROM core.regions r WHERE r.iso_code IS NOT NULL
UNION ALL SELECT n.region_id, n.name FROM core.region_names n
"""


def find_region(conn: psycopg.Connection[Any], query: str) -> int:
    """The id of the one region whose key, name, other name or ISO code matches ``query``.

    Exact matches (case-insensitive) win; otherwise a name that starts with the query
    ('kursk' → 'Kursk Oblast', 'курская' → 'Курская область').
    """
    wanted = _fold(query)
    names = [(int(row[0]), str(row[1])) for row in conn.execute(REGION_NAMES_SQL)]
    if not wanted:
        raise RegionLookupError("no region name given", [])
    exact = {rid for rid, name in names if _fold(name) == wanted}
    matches = exact or {
        rid
        for rid, name in names
        if any(word.startswith(wanted) for word in (_fold(name), *_fold(name).split()))
    }
    if len(matches) == 1:
        return matches.pop()
    preferred = dict(conn.execute("SELECT id, name FROM core.regions").fetchall())
    if matches:
        candidates = sorted(str(preferred[rid]) for rid in matches)
        raise RegionLookupError(f"'{query}' matches more than one region", candidates)
    by_name = {_fold(name): rid for rid, name in names}
    close = difflib.get_close_matches(wanted, list(by_name), n=6, cutoff=0.5)
    suggestions = list(dict.fromkeys(str(preferred[by_name[name]]) for name in close))[:3]
    raise RegionLookupError(f"no region matches '{query}'", suggestions)


@dataclass
class Report:
    """Sections of a region report, as plain records (dates, Decimals, strings)."""

    region: Record
    twinning: list[Record] = field(default_factory=list)
    officials: list[Record] = field(default_factory=list)
    meetings: list[Record] = field(default_factory=list)
    trade_figures: list[Record] = field(default_factory=list)
    trade_goods: list[Record] = field(default_factory=list)
    proposals: list[Record] = field(default_factory=list)
    enterprises: list[Record] = field(default_factory=list)
    sources: list[Record] = field(default_factory=list)


REGION_SQL = """
SELECT r.id, r.key, r.name, r.kind, r.country, r.iso_code, p.name AS parent,
       coalesce((SELECT array_agg(n.name ORDER BY n.name) FROM core.region_names n
                 WHERE n.region_id = r.id), '{}') AS other_names
FROM core.regions r LEFT JOIN core.regions p ON p.id = r.parent_id
WHERE r.id = %(region)s
"""

TWINNING_SQL = """
SELECT t.id, t.status, t.units_count, t.date_year, t.date_month, t.date_day, t.date_basis,
       t.date_note, t.source_id, t.quote,
       coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM core.twinning_regions x
                 JOIN core.regions o ON o.id = x.region_id
                 WHERE x.twinning_id = t.id AND x.region_id <> %(region)s), '{}') AS partners
FROM core.twinning_agreements t
WHERE t.id IN (SELECT twinning_id FROM core.twinning_regions WHERE region_id = %(region)s)
ORDER BY t.date_earliest NULLS LAST, t.source_id, t.quote_start
"""

MEETINGS_SQL = """
SELECT m.id, m.date_year, m.date_month, m.date_day, m.date_basis, m.date_note, m.place,
       m.source_id, m.quote,
       (SELECT json_agg(json_build_object('name', o.name, 'title', p.title, 'side', mp.side)
                        ORDER BY mp.side, o.name)
        FROM core.meeting_participants mp
        JOIN core.officials o ON o.id = mp.official_id
        LEFT JOIN core.posts p ON p.id = mp.post_id
        WHERE mp.meeting_id = m.id) AS participants
FROM core.meetings m
WHERE m.id IN (SELECT meeting_id FROM core.meeting_regions WHERE region_id = %(region)s)
ORDER BY m.date_earliest NULLS LAST, m.date_month NULLS LAST, m.date_day NULLS LAST, m.id
"""

OFFICIALS_SQL = """
SELECT o.id, o.name, o.country,
       (SELECT array_agg(DISTINCT n.name) FROM core.official_names n
        WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
       array_agg(DISTINCT p.title) FILTER (WHERE p.title IS NOT NULL) AS titles,
       array_agg(DISTINCT x.source_id) AS source_ids
FROM (
    SELECT mp.official_id, mp.post_id, mp.source_id
    FROM core.meeting_participants mp
    JOIN core.meeting_regions mr ON mr.meeting_id = mp.meeting_id
    WHERE mr.region_id = %(region)s
    UNION
    SELECT om.official_id, om.post_id, om.source_id
    FROM core.official_mentions om
    JOIN core.posts p ON p.id = om.post_id
    WHERE p.region_id = %(region)s
) x
JOIN core.officials o ON o.id = x.official_id
LEFT JOIN core.posts p ON p.id = x.post_id
GROUP BY o.id
ORDER BY o.country, o.name
"""

TRADE_SQL = """
SELECT t.id, t.flow, t.period_label, t.period_start, t.period_end, t.value_low, t.value_high,
       t.currency, t.value_qualifier, t.value_text, t.change_pct, t.compared_label,
       t.compared_start, t.compared_end, t.note, t.source_id, t.quote
FROM core.trade_figures t
WHERE t.region_id = %(region)s
ORDER BY t.period_end NULLS LAST, t.source_id, t.quote_start
"""

GOODS_SQL = """
SELECT g.direction, g.goods, g.source_id
FROM core.trade_goods g
WHERE g.region_id = %(region)s
ORDER BY g.direction, g.source_id, g.quote_start, g.goods
"""

PROPOSALS_SQL = """
SELECT p.id, p.title, s.name AS sector, p.status, p.proposed_by_side, o.name AS proposed_by,
       p.amount_low, p.amount_high, p.currency, p.amount_qualifier, p.amount_text,
       p.source_id, p.quote,
       coalesce((SELECT array_agg(e.name ORDER BY e.name) FROM core.proposal_enterprises pe
                 JOIN core.enterprises e ON e.id = pe.enterprise_id
                 WHERE pe.proposal_id = p.id), '{}') AS enterprises
FROM core.proposals p
JOIN core.sectors s ON s.id = p.sector_id
LEFT JOIN core.officials o ON o.id = p.proposed_by_official_id
WHERE p.region_id = %(region)s
ORDER BY s.name, p.source_id, p.quote_start
"""

ENTERPRISES_SQL = """
SELECT e.id, e.name, e.kind, e.country, s.name AS sector, h.name AS home_region,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.enterprise_names n
        WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS aliases,
       array_agg(DISTINCT x.source_id) AS source_ids
FROM (
    SELECT m.enterprise_id, m.source_id FROM core.enterprise_mentions m
    WHERE m.region_id = %(region)s
    UNION
    SELECT pe.enterprise_id, p.source_id FROM core.proposal_enterprises pe
    JOIN core.proposals p ON p.id = pe.proposal_id
    WHERE p.region_id = %(region)s
) x
JOIN core.enterprises e ON e.id = x.enterprise_id
LEFT JOIN core.sectors s ON s.id = e.sector_id
LEFT JOIN core.regions h ON h.id = e.region_id
GROUP BY e.id, s.name, h.name
ORDER BY e.country, e.name
"""

SOURCES_SQL = """
SELECT s.id, s.file_name, s.title, s.publisher, s.dateline, s.date_year, s.date_month,
       s.date_day, s.date_basis, s.date_note
FROM core.sources s
WHERE s.id = ANY(%(ids)s)
ORDER BY s.key
"""


def region_report(conn: psycopg.Connection[Any], region_id: int) -> Report:
    """Gather every section of the report for one region."""
    cur = conn.cursor(row_factory=dict_row)
    params = {"region": region_id}

    def rows(query: str) -> list[Record]:
        return list(cur.execute(query, params).fetchall())

    region = cur.execute(REGION_SQL, params).fetchone()
    assert region is not None
    report = Report(
        region=region,
        twinning=rows(TWINNING_SQL),
        officials=rows(OFFICIALS_SQL),
        meetings=rows(MEETINGS_SQL),
        trade_figures=rows(TRADE_SQL),
        trade_goods=rows(GOODS_SQL),
        proposals=rows(PROPOSALS_SQL),
        enterprises=rows(ENTERPRISES_SQL),
    )
    source_ids: set[int] = set()
    for section in (
        report.twinning,
        report.meetings,
        report.trade_figures,
        report.trade_goods,
        report.proposals,
    ):
        source_ids.update(r["source_id"] for r in section)
    for section in (report.officials, report.enterprises):
        for record in section:
            source_ids.update(record["source_ids"])
    report.sources = list(cur.execute(SOURCES_SQL, {"ids": sorted(source_ids)}).fetchall())
    return report


REGIONS_SQL = """
SELECT r.name, r.kind, r.country, r.iso_code, p.name AS parent,
       (SELECT count(*) FROM core.meeting_regions mr WHERE mr.region_id = r.id) AS meetings,
       (SELECT count(*) FROM core.trade_figures t WHERE t.region_id = r.id) AS trade_figures,
       (SELECT count(*) FROM core.proposals x WHERE x.region_id = r.id) AS proposals
FROM core.regions r LEFT JOIN core.regions p ON p.id = r.parent_id
ORDER BY r.country, r.kind <> 'country', r.name
"""


def list_regions(conn: psycopg.Connection[Any]) -> list[Record]:
    """Every region with how many meetings, trade figures and proposals concern it."""
    return list(conn.cursor(row_factory=dict_row).execute(REGIONS_SQL).fetchall())
