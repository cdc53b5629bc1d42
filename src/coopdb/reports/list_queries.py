"""The SQL of the list commands (``coopdb regions``, ``officials``, ``enterprises``,
``trade``): one query each, returning plain records as ``queries`` does for a region's report."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from coopdb.reports.queries import Record


def _query(conn: psycopg.Connection[Any], query: str, params: Any = None) -> list[Record]:
    return list(conn.cursor(row_factory=dict_row).execute(query, params).fetchall())


REGIONS_LIST_SQL = """
SELECT r.name, r.kind, r.country, r.iso_code, r.other_names,
       (SELECT count(*) FROM core.meeting_regions mr WHERE mr.region_id = r.region_id)
           AS meetings,
       (SELECT count(*) FROM core.trade_figures t WHERE t.region_id = r.region_id)
           AS trade_figures,
       (SELECT count(*) FROM core.proposals p WHERE p.region_id = r.region_id)
           AS proposals
FROM reporting.regions r
ORDER BY r.country, r.kind <> 'country', r.name
"""

OFFICIALS_LIST_SQL = """
SELECT o.name, o.other_names, o.country, o.positions,
       (SELECT count(*) FROM core.meeting_participants mp
        WHERE mp.official_id = o.official_id) AS meetings
FROM reporting.officials o
WHERE %(region)s::bigint IS NULL OR o.official_id IN (
    SELECT mp.official_id FROM core.meeting_participants mp
    JOIN core.meeting_regions mr ON mr.meeting_id = mp.meeting_id
    WHERE mr.region_id = %(region)s::bigint
    UNION
    SELECT h.official_id FROM core.holdings h JOIN core.posts p ON p.id = h.post_id
    WHERE p.region_id = %(region)s::bigint)
ORDER BY o.country, o.name
"""

ENTERPRISES_LIST_SQL = """
SELECT e.name, e.kind, e.country, s.name AS sector, h.name AS home_region,
       (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.enterprise_names n
        WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS aliases,
       count(m.mention_id) AS mentions,
       string_agg(DISTINCT m.russian_region, '; ') AS russian_regions
FROM core.enterprises e
LEFT JOIN core.sectors s ON s.id = e.sector_id
LEFT JOIN core.regions h ON h.id = e.region_id
LEFT JOIN reporting.enterprise_mentions m ON m.enterprise_id = e.id
WHERE %(region)s::bigint IS NULL OR m.mention_id IN (
    SELECT x.id FROM core.enterprise_mentions x WHERE x.region_id = %(region)s::bigint)
GROUP BY e.id, s.name, h.name
ORDER BY e.country, e.name
"""

TRADE_LIST_SQL = """
SELECT t.russian_region, t.flow, t.period_label, t.period_start, t.period_end,
       t.value_low_usd, t.value_high_usd, t.value_qualifier, t.change_pct,
       t.compared_with, t.compared_start, t.compared_end, t.prior_value_low_usd,
       t.source_file, t.figure_status, t.value_best_usd, t.value_qualifier_words,
       t.change_low_pct, t.change_high_pct, t.change_best_pct, t.change_qualifier,
       t.change_qualifier_words, t.change_direction, t.change_text, t.prior_value_high_usd,
       t.source_error
FROM reporting.trade_figures t
WHERE %(region)s::bigint IS NULL OR t.trade_figure_id IN (
    SELECT f.id FROM core.trade_figures f WHERE f.region_id = %(region)s::bigint)
ORDER BY t.russian_region, t.period_end NULLS LAST, t.trade_figure_id
"""


def _keyed(query: str, key: str | None) -> str:
    """A list query with the curated key as its first column, when ``key`` (the SQL giving
    it) is set: the key is what a curated file refers to the row by."""
    return query.replace("SELECT ", f"SELECT {key} AS key, ", 1) if key else query


def region_rows(conn: psycopg.Connection[Any], *, keys: bool = False) -> list[Record]:
    """Every region with how many meetings, trade figures and proposals concern it."""
    key = "(SELECT k.key FROM core.regions k WHERE k.id = r.region_id)" if keys else None
    return _query(conn, _keyed(REGIONS_LIST_SQL, key))


def official_rows(
    conn: psycopg.Connection[Any], region_id: int | None, *, keys: bool = False
) -> list[Record]:
    """Officials (of one region's meetings and posts when ``region_id`` is given)."""
    key = "(SELECT k.key FROM core.officials k WHERE k.id = o.official_id)" if keys else None
    return _query(conn, _keyed(OFFICIALS_LIST_SQL, key), {"region": region_id})


def enterprise_rows(
    conn: psycopg.Connection[Any], region_id: int | None, *, keys: bool = False
) -> list[Record]:
    """Enterprises with their mentions (only those concerning ``region_id`` when given)."""
    key = "e.key" if keys else None
    return _query(conn, _keyed(ENTERPRISES_LIST_SQL, key), {"region": region_id})


def trade_rows(conn: psycopg.Connection[Any], region_id: int | None) -> list[Record]:
    """Trade figures in US dollars (only those with ``region_id`` when given)."""
    return _query(conn, TRADE_LIST_SQL, {"region": region_id})
