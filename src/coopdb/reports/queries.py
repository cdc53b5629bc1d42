"""The SQL of every read command, and nothing else: each function runs its queries and
returns rows as plain records (dates, Decimals, strings, in the columns' order), which
``documents`` and ``lists`` turn into what is printed.

Regions are filtered by id, never by a name or code: a district or city may have no ISO code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row

from coopdb.reports.cited import fact_sources, people_sources
from coopdb.reports.snapshots import in_snapshot

Record = dict[str, Any]


@dataclass
class Report:
    """Sections of a region report, as plain records (dates, Decimals, strings)."""

    region: Record
    twinning: list[Record] = field(default_factory=list)
    officials: list[Record] = field(default_factory=list)
    meetings: list[Record] = field(default_factory=list)
    trade_figures: list[Record] = field(default_factory=list)
    trade_goods: list[Record] = field(default_factory=list)
    quantities: list[Record] = field(default_factory=list)
    statements: list[Record] = field(default_factory=list)
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
WITH own AS MATERIALIZED (
    SELECT x.twinning_id FROM core.twinning_regions x WHERE x.region_id = %(region)s
), linked AS MATERIALIZED (
    -- another agreement of the same article whose regions are all among an own agreement's
    -- and whose side of this region's country is not named ("the first agreement" of six)
    -- t2 is looked up per own agreement (OFFSET 0 keeps it a lookup): at 50k articles the
    -- planner otherwise hashed the whole table
    SELECT DISTINCT t2.id
    FROM own o
    JOIN core.twinning_agreements t1 ON t1.id = o.twinning_id
    CROSS JOIN LATERAL (SELECT q.id FROM core.twinning_agreements q
                        WHERE q.source_id = t1.source_id AND q.id <> t1.id OFFSET 0) t2
    WHERE t2.id NOT IN (SELECT twinning_id FROM own)
      AND EXISTS (SELECT 1 FROM core.twinning_regions y WHERE y.twinning_id = t2.id)
      AND NOT EXISTS (SELECT 1 FROM core.twinning_regions y
                      JOIN core.regions g ON g.id = y.region_id
                      WHERE y.twinning_id = t2.id
                        AND (g.country = (SELECT c.country FROM core.regions c
                                          WHERE c.id = %(region)s)
                             OR y.region_id NOT IN (SELECT z.region_id
                                                    FROM core.twinning_regions z
                                                    WHERE z.twinning_id = t1.id)))
)
SELECT t.id, t.status, t.units_count, t.date_year, t.date_month, t.date_day, t.date_basis,
       t.date_note, t.source_id, t.quote,
       -- the other country's regions; this country's others are alongside, not partners
       coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM core.twinning_regions x2
                 JOIN core.regions o ON o.id = x2.region_id
                 WHERE x2.twinning_id = t.id AND o.country <> (
                     SELECT c.country FROM core.regions c WHERE c.id = %(region)s)), '{}')
           AS partners,
       coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM core.twinning_regions x2
                 JOIN core.regions o ON o.id = x2.region_id
                 WHERE x2.twinning_id = t.id AND x2.region_id <> %(region)s
                   AND o.country = (SELECT c.country FROM core.regions c
                                    WHERE c.id = %(region)s)), '{}') AS alongside,
       x.twinning_id IS NULL AS linked,
       t.key, t.note, t.level, t.units_count_by, t.units_count_ru, t.date_earliest,
       t.date_latest, t.date_citation, r.key AS renews_key,
       -- the first signing: as this agreement states it, else the renewed agreement's date
       CASE WHEN t.original_basis IS NULL THEN r.date_year ELSE t.original_year END
           AS original_year,
       CASE WHEN t.original_basis IS NULL THEN r.date_month ELSE t.original_month END
           AS original_month,
       CASE WHEN t.original_basis IS NULL THEN r.date_day ELSE t.original_day END
           AS original_day,
       CASE WHEN t.original_basis IS NULL THEN r.date_earliest ELSE t.original_earliest END
           AS original_earliest,
       CASE WHEN t.original_basis IS NULL THEN r.date_latest ELSE t.original_latest END
           AS original_latest,
       coalesce(t.original_basis, r.date_basis) AS original_basis,
       CASE WHEN t.original_basis IS NULL THEN r.date_citation ELSE t.original_citation END
           AS original_citation
FROM (SELECT twinning_id AS id FROM own UNION SELECT id FROM linked) ids
CROSS JOIN LATERAL (SELECT * FROM core.twinning_agreements q WHERE q.id = ids.id OFFSET 0) t
LEFT JOIN core.twinning_regions x ON x.twinning_id = t.id AND x.region_id = %(region)s
LEFT JOIN LATERAL (SELECT * FROM core.twinning_agreements q WHERE q.id = t.renews_id OFFSET 0) r
    ON true
ORDER BY t.date_earliest NULLS LAST, t.source_id, t.quote_start
"""

MEETINGS_SQL = """
SELECT m.id, m.date_year, m.date_month, m.date_day, m.date_basis, m.date_note, m.place,
       m.source_id, m.quote, m.key, m.note, m.date_earliest, m.date_latest, m.date_citation,
       coalesce((SELECT array_agg(DISTINCT a.source_id) FROM core.attestations a
                 WHERE a.meeting_id = m.id), '{}') AS attested_by,
       (SELECT json_agg(json_build_object('name', o.name, 'title', p.title, 'side', mp.side)
                        ORDER BY mp.side, o.name)
        FROM core.meeting_participants mp
        CROSS JOIN LATERAL (SELECT q.name FROM core.officials q
                            WHERE q.id = mp.official_id OFFSET 0) o
        LEFT JOIN core.posts p ON p.id = mp.post_id
        WHERE mp.meeting_id = m.id) AS participants
FROM core.meeting_regions mr
JOIN core.meetings m ON m.id = mr.meeting_id
WHERE mr.region_id = %(region)s
ORDER BY m.date_earliest NULLS LAST, m.date_month NULLS LAST, m.date_day NULLS LAST, m.id
"""

OFFICIALS_SQL = """
SELECT o.id, o.name, o.country,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.official_names n
        WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
       x.titles, x.source_ids,
       -- the region's posts the official held, and who surely held each before
       (SELECT json_agg(json_build_object(
                   'title', h.post, 'acting', h.acting, 'holders', h.holders_count,
                   'start_year', h.start_year, 'start_month', h.start_month,
                   'start_day', h.start_day, 'start_earliest', h.start_earliest,
                   'start_latest', h.start_latest, 'start_basis', h.start_basis,
                   'end_year', h.end_year, 'end_month', h.end_month, 'end_day', h.end_day,
                   'end_earliest', h.end_earliest, 'end_latest', h.end_latest,
                   'end_basis', h.end_basis,
                   'after', (SELECT json_agg(DISTINCT e.official)
                             FROM reporting.post_holders e
                             WHERE e.post_id = h.post_id AND e.official_id <> h.official_id
                               AND e.start_latest < h.start_earliest),
                   'unordered', (SELECT json_agg(DISTINCT e.official)
                                 FROM reporting.post_holders e
                                 WHERE e.post_id = h.post_id AND e.official_id <> h.official_id
                                   AND NOT coalesce(e.start_latest < h.start_earliest, false)
                                   AND NOT coalesce(h.start_latest < e.start_earliest, false)))
               ORDER BY h.start_earliest NULLS LAST, h.post)
        FROM reporting.post_holders h
        WHERE h.official_id = o.id AND h.post_id IN (
            SELECT p.id FROM core.posts p WHERE p.region_id = %(region)s
            UNION SELECT unnest(x.post_ids))) AS holdings
FROM (
    SELECT y.official_id,
           array_agg(DISTINCT t.title) FILTER (WHERE t.title IS NOT NULL) AS titles,
           array_agg(DISTINCT y.source_id) AS source_ids,
           array_agg(DISTINCT y.post_id) FILTER (WHERE y.post_id IS NOT NULL) AS post_ids
    FROM (
        SELECT mp.official_id, mp.post_id, mp.source_id
        FROM core.meeting_regions mr
        JOIN core.meeting_participants mp ON mp.meeting_id = mr.meeting_id
        WHERE mr.region_id = %(region)s
        UNION ALL
        SELECT om.official_id, om.post_id, om.source_id
        FROM core.posts p
        JOIN core.official_mentions om ON om.post_id = p.id
        WHERE p.region_id = %(region)s
    ) y
    LEFT JOIN core.posts t ON t.id = y.post_id
    GROUP BY y.official_id
) x
CROSS JOIN LATERAL (SELECT * FROM core.officials q WHERE q.id = x.official_id OFFSET 0) o
ORDER BY o.country, o.name
"""

TRADE_SQL = """
WITH groups AS MATERIALIZED (
    SELECT g.* FROM core.trade_figures f
    CROSS JOIN LATERAL (SELECT * FROM reporting.trade_figure_groups q
                        WHERE q.trade_figure_id = f.id OFFSET 0) g
    WHERE f.region_id = %(region)s
)
SELECT t.id, t.flow, t.status, t.period_label, t.period_start, t.period_end, t.period_basis,
       t.period_months, t.period_start_precision, t.period_end_precision, t.value_low,
       t.value_high, t.value_best, t.currency, t.value_qualifier, t.value_qualifier_words,
       t.value_text, t.change_pct, t.change_low_pct, t.change_high_pct, t.change_best_pct,
       t.change_qualifier, t.change_qualifier_words, t.change_direction, t.change_text,
       t.compared_label, t.compared_start, t.compared_end, t.compared_basis,
       t.compared_start_precision, t.compared_end_precision, t.compared_months,
       t.prior_value_low, t.prior_value_high, t.rank, t.source_error, t.source_error_note,
       t.corrected_text, t.note, t.period_note, t.compared_note, t.source_id, t.quote,
       g.figure_group_id,
       coalesce(g.values_differ, false) AS values_differ,
       (SELECT json_agg(json_build_object('value', o.value_text, 'source_id', o.source_id)
                        ORDER BY o.id)
        FROM groups g2 JOIN core.trade_figures o ON o.id = g2.trade_figure_id
        WHERE g2.figure_group_id = g.figure_group_id AND o.id <> t.id) AS others
FROM core.trade_figures t
LEFT JOIN groups g ON g.trade_figure_id = t.id
WHERE t.region_id = %(region)s
ORDER BY t.period_end NULLS LAST, t.source_id, t.quote_start
"""

QUANTITIES_SQL = """
SELECT q.id, q.what, q.unit, q.value_low, q.value_high, q.value_best, q.value_qualifier,
       q.value_qualifier_words, q.value_text, q.status, q.period_label, q.period_start,
       q.period_end, q.period_basis, q.period_months, q.period_start_precision,
       q.period_end_precision, q.source_error, q.source_error_note, q.corrected_text, q.note,
       q.period_note,
       q.source_id, q.quote, q.region_id IS NULL AS national,
       CASE WHEN q.proposal_id IS NOT NULL THEN (SELECT p.title FROM core.proposals p
                                               WHERE p.id = q.proposal_id) END AS proposal
FROM core.quantities q
WHERE q.region_id = %(region)s
ORDER BY q.period_end NULLS LAST, q.source_id, q.quote_start
"""


STATEMENTS_SQL = """
SELECT st.id, st.key, st.kind, st.side, st.summary, st.note, st.source_id, st.quote,
       (SELECT o.name FROM core.officials o WHERE o.id = st.speaker_official_id) AS speaker,
       (SELECT sc.name FROM core.sectors sc WHERE sc.id = st.sector_id) AS sector,
       m.date_year, m.date_month, m.date_day, m.date_basis, m.date_earliest, m.date_latest,
       m.date_citation, m.source_id AS meeting_source_id, st.region_id IS NULL AS national
FROM core.statements st
LEFT JOIN LATERAL (SELECT * FROM core.meetings q WHERE q.id = st.meeting_id OFFSET 0) m ON true
WHERE st.region_id = %(region)s
ORDER BY st.source_id, st.quote_start
"""

GOODS_SQL = """
SELECT g.direction, g.goods, g.source_id, g.note
FROM core.trade_goods g
WHERE g.region_id = %(region)s
ORDER BY g.direction, g.source_id, g.quote_start, g.goods
"""

PROPOSALS_SQL = """
SELECT p.id, p.title, s.name AS sector, p.status, p.proposed_by_side,
       (SELECT o.name FROM core.officials o WHERE o.id = p.proposed_by_official_id)
           AS proposed_by,
       p.amount_low, p.amount_high, p.currency, p.amount_qualifier, p.amount_text,
       p.amount_best, p.amount_qualifier_words, p.amount_status, p.source_error,
       p.corrected_text,
       p.source_id, p.quote,
       coalesce((SELECT array_agg(e.name ORDER BY e.name)
                 FROM core.proposal_enterprises pe
                 CROSS JOIN LATERAL (SELECT x.name FROM core.enterprises x
                                     WHERE x.id = pe.enterprise_id OFFSET 0) AS e
                 WHERE pe.proposal_id = p.id), '{}') AS enterprises,
       p.key, p.note, p.proposed_year, p.proposed_month, p.proposed_day, p.proposed_earliest,
       p.proposed_latest, p.proposed_basis, p.proposed_citation,
       m.date_year AS meeting_date_year, m.date_month AS meeting_date_month,
       m.date_day AS meeting_date_day, m.date_earliest AS meeting_date_earliest,
       m.date_latest AS meeting_date_latest, m.date_basis AS meeting_date_basis,
       m.date_citation AS meeting_date_citation,
       p.timeframe_label, p.timeframe_start, p.timeframe_end, p.timeframe_kind,
       p.timeframe_months, p.timeframe_basis, p.timeframe_start_precision,
       p.timeframe_end_precision, p.proposed_note, p.timeframe_note,
       m.date_note AS meeting_date_note,
       a.date_year AS source_date_year, a.date_month AS source_date_month,
       a.date_day AS source_date_day, a.date_earliest AS source_date_earliest,
       a.date_latest AS source_date_latest, a.date_basis AS source_date_basis,
       a.date_citation AS source_date_citation, p.region_id IS NULL AS national
FROM core.proposals p
JOIN core.sectors s ON s.id = p.sector_id
CROSS JOIN LATERAL (SELECT * FROM core.sources q WHERE q.id = p.source_id OFFSET 0) a
LEFT JOIN LATERAL (SELECT * FROM core.meetings q WHERE q.id = p.meeting_id OFFSET 0) m ON true
WHERE p.region_id = %(region)s
ORDER BY s.name, p.source_id, p.quote_start
"""

ENTERPRISES_SQL = """
SELECT e.id, e.name, e.kind, e.country, s.name AS sector, h.name AS home_region,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.enterprise_names n
        WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS aliases,
       x.source_ids
FROM (
    SELECT y.enterprise_id,
           coalesce(array_agg(DISTINCT y.source_id) FILTER (WHERE y.source_id IS NOT NULL),
                    '{}') AS source_ids
    FROM (
        SELECT m.enterprise_id, m.source_id FROM core.enterprise_mentions m
        WHERE m.region_id = %(region)s
        UNION ALL
        -- enterprises based here (in a region of a country, for the country), with the
        -- articles naming them
        SELECT h.id, m.source_id
        FROM (
            -- one indexed lookup per way of being based here (an OR would read every row)
            SELECT h.id FROM core.enterprises h WHERE h.region_id = %(region)s
            UNION
            SELECT h.id FROM core.regions c
            CROSS JOIN LATERAL (SELECT q.id FROM core.enterprises q
                                WHERE q.region_id = c.id OFFSET 0) h
            WHERE c.parent_id = %(region)s
            UNION
            SELECT h.id FROM core.enterprises h
            -- a one-time filter: a region's report never reads the country's enterprises
            WHERE EXISTS (SELECT FROM core.regions c WHERE c.id = %(region)s AND c.kind = 'country')
              AND h.country = (SELECT c.country FROM core.regions c WHERE c.id = %(region)s)
        ) h
        LEFT JOIN LATERAL (SELECT q.source_id FROM core.enterprise_mentions q
                           WHERE q.enterprise_id = h.id OFFSET 0) m ON true
        UNION ALL
        SELECT pe.enterprise_id, p.source_id
        FROM core.proposals p
        CROSS JOIN LATERAL (SELECT z.enterprise_id FROM core.proposal_enterprises z
                            WHERE z.proposal_id = p.id OFFSET 0) AS pe
        WHERE p.region_id = %(region)s
    ) y
    GROUP BY y.enterprise_id
) x
CROSS JOIN LATERAL (SELECT * FROM core.enterprises q WHERE q.id = x.enterprise_id OFFSET 0) e
LEFT JOIN core.sectors s ON s.id = e.sector_id
LEFT JOIN core.regions h ON h.id = e.region_id
ORDER BY e.country, e.name
"""

MENTIONED_SQL = """
SELECT o.id, o.name, o.country,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.official_names n
        WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
       x.titles, x.source_ids, NULL::json AS holdings, true AS mentioned
FROM (
    SELECT om.official_id,
           array_agg(DISTINCT p.title) FILTER (WHERE p.title IS NOT NULL) AS titles,
           array_agg(DISTINCT om.source_id) AS source_ids
    FROM core.official_mentions om
    LEFT JOIN core.posts p ON p.id = om.post_id
    WHERE om.source_id = ANY(%(sources)s) AND om.official_id <> ALL(%(known)s)
      -- a national post (a president) or none; another region's governor is not this region's
      AND (p.region_id IS NULL OR p.region_id = %(region)s
           OR p.region_id IN (SELECT g.id FROM core.regions g WHERE g.kind = 'country'))
    GROUP BY om.official_id
) x
CROSS JOIN LATERAL (SELECT * FROM core.officials q WHERE q.id = x.official_id OFFSET 0) o
"""
"""Officials the region's articles name who took part in none of its meetings and held none
of its posts: shown, marked as mentioned (a president named by a governor)."""

SOURCES_SQL = """
SELECT s.id, s.file_name, s.title, s.publisher, s.dateline, s.date_year, s.date_month,
       s.date_day, s.date_basis, s.date_note, s.date_earliest, s.date_latest
FROM core.sources s
WHERE s.id = ANY(%(ids)s)
ORDER BY s.key
"""


NATIONAL_ALIASES = ("q", "st", "p", "m")
"""The aliases whose ``region_id`` filters a country's report widens to facts of no region
(quantities, statements, proposals, enterprise mentions)."""


def national(query: str) -> str:
    """The query for a country: its facts and the national ones (those naming no region).
    A region's query stays as written, so it reads only its own rows by index."""
    for alias in NATIONAL_ALIASES:
        query = query.replace(
            f"{alias}.region_id = %(region)s",
            f"({alias}.region_id = %(region)s OR {alias}.region_id IS NULL)",
        )
    return query


def region_report(conn: psycopg.Connection[Any], region_id: int) -> Report:
    """Gather every section of the report for one region, inside ``snapshot``: its queries
    refer to each other's ids, so they must all see the same committed state."""
    if not in_snapshot(conn):
        raise RuntimeError("region_report() must run inside reports.snapshot()")
    cur = conn.cursor(row_factory=dict_row)
    params = {"region": region_id}

    region = cur.execute(REGION_SQL, params).fetchone()
    assert region is not None
    country = region["kind"] == "country"

    def rows(query: str) -> list[Record]:
        return list(cur.execute(national(query) if country else query, params).fetchall())

    report = Report(
        region=region,
        twinning=rows(TWINNING_SQL),
        officials=rows(OFFICIALS_SQL),
        meetings=rows(MEETINGS_SQL),
        trade_figures=rows(TRADE_SQL),
        trade_goods=rows(GOODS_SQL),
        proposals=rows(PROPOSALS_SQL),
        enterprises=rows(ENTERPRISES_SQL),
        quantities=rows(QUANTITIES_SQL),
        statements=rows(STATEMENTS_SQL),
    )
    source_ids = fact_sources(report)
    _add_mentioned(cur, report, source_ids)
    source_ids |= people_sources(report)
    report.sources = list(cur.execute(SOURCES_SQL, {"ids": sorted(source_ids)}).fetchall())
    return report


def _add_mentioned(cur: psycopg.Cursor[Record], report: Report, source_ids: set[int]) -> None:
    """The officials the region's fact sources name but who are not yet listed, marked."""
    for official in report.officials:
        official["mentioned"] = False
    known = [o["id"] for o in report.officials]
    params = {"sources": sorted(source_ids), "known": known, "region": report.region["id"]}
    report.officials += cur.execute(MENTIONED_SQL, params).fetchall()
    report.officials.sort(key=lambda o: (o["country"], o["name"]))
