"""What the HTML pages read besides the region report: every fact's quote with its offsets
(for the article pages), the articles, and the lists the site's index, official and enterprise
pages need. Plain records, like ``reports.queries``; all inside the caller's snapshot.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from coopdb.html.article_page import ArticlePage, Highlight

Record = dict[str, Any]

FACT_TABLES: dict[str, tuple[str, str, str]] = {
    "trade_figures": ("tf", "trade_figures", "coalesce(value_text, flow)"),
    "meetings": ("m", "meetings", "coalesce(place, key, 'meeting')"),
    "meeting_participants": ("mp", "participants", "side"),
    "proposals": ("p", "proposals", "title"),
    "statements": ("st", "statements", "coalesce(summary, kind)"),
    "twinning_agreements": ("tw", "twinning", "status"),
    "quantities": ("qn", "quantities", "coalesce(value_text, what)"),
    "trade_goods": ("tg", "trade_goods", "goods"),
    "official_mentions": ("om", "officials", "name_as_written"),
    "enterprise_mentions": ("em", "enterprises", "name_as_written"),
    "attestations": ("at", "attestations", "'attests'"),
    "source_dates": ("sd", "dates", "role"),
}
"""Each core table with quoted facts: the prefix of its highlight ids, its kind on the
article page (``article_page.KINDS``) and the label of one fact."""


def fact_id(table: str, row_id: int) -> str:
    """The id of a fact's highlight: the same on the article page and in every link to it."""
    return f"{FACT_TABLES[table][0]}{row_id}"


FACTS_SQL = "\nUNION ALL\n".join(
    f"SELECT '{table}' AS tbl, id, source_id, quote_start, quote_end, ({label})::text AS label"
    f" FROM core.{table} WHERE quote_start IS NOT NULL"
    " AND (%(ids)s::bigint[] IS NULL OR source_id = ANY(%(ids)s::bigint[]))"
    for table, (_, _, label) in FACT_TABLES.items()
)

SOURCES_SQL = """
SELECT s.id, s.key, s.file_name, s.title, s.publisher, s.dateline, s.body, s.date_year,
       s.date_month, s.date_day
FROM core.sources s
WHERE %(ids)s::bigint[] IS NULL OR s.id = ANY(%(ids)s::bigint[])
ORDER BY s.key
"""


@dataclass(frozen=True)
class Article:
    """One article with every quoted fact, ready to draw."""

    id: int
    key: str
    record: Record
    highlights: list[Highlight]

    def page(self) -> ArticlePage:
        r = self.record
        details = [
            (key, str(r[key]))
            for key in ("file_name", "publisher", "dateline")
            if r.get(key) is not None
        ]
        details.append(("facts", str(len(self.highlights))))
        return ArticlePage(r["title"] or r["file_name"], r["body"], self.highlights, (), details)


def _rows(conn: psycopg.Connection[Any], query: str, params: Any = None) -> list[Record]:
    return list(conn.cursor(row_factory=dict_row).execute(query, params).fetchall())


def articles(conn: psycopg.Connection[Any], ids: list[int] | None = None) -> list[Article]:
    """The articles (all, or those of ``ids``), each with its facts' highlights."""
    params = {"ids": ids}
    facts: dict[int, list[Highlight]] = defaultdict(list)
    for row in _rows(conn, FACTS_SQL + " ORDER BY 4, 5, 1, 2", params):
        table = row["tbl"]
        facts[row["source_id"]].append(
            Highlight(
                id=fact_id(table, row["id"]),
                kind=FACT_TABLES[table][1],
                label=row["label"] or "",
                start=row["quote_start"],
                end=row["quote_end"],
            )
        )
    return [
        Article(r["id"], r["key"], r, facts.get(r["id"], []))
        for r in _rows(conn, SOURCES_SQL, params)
    ]


ARTICLE_LIST_SQL = f"""
SELECT s.id, s.key, s.file_name, s.title,
       md5(s::text) || coalesce(f.digest, '') AS fingerprint
FROM ({SOURCES_SQL}) s
LEFT JOIN (
    SELECT f.source_id, md5(string_agg(f::text, E'\\n' ORDER BY f.tbl, f.id)) AS digest
    FROM ({FACTS_SQL}) f GROUP BY f.source_id
) f ON f.source_id = s.id
ORDER BY s.key
"""
"""Every article's name and title, and a digest of the very rows ``articles`` would read for
it (its source row and its quoted facts, as text): an article page whose digest is the same
need not be read nor drawn again."""


def article_list(conn: psycopg.Connection[Any]) -> list[Record]:
    """Every article's id, key, file name, title and fingerprint, without its text."""
    return _rows(conn, ARTICLE_LIST_SQL, {"ids": None})


REGIONS_SQL = """
SELECT r.id, r.key, r.name, r.kind, r.country, r.iso_code,
       (SELECT count(*) FROM core.meeting_regions mr WHERE mr.region_id = r.id) AS meetings,
       (SELECT count(*) FROM core.trade_figures t WHERE t.region_id = r.id) AS trade_figures,
       (SELECT count(*) FROM core.proposals p WHERE p.region_id = r.id) AS proposals
FROM core.regions r
ORDER BY r.country, r.kind <> 'country', r.name
"""

LATEST_MEETINGS_SQL = """
SELECT m.id, m.date_year, m.date_month, m.date_day, m.place, m.source_id,
       (SELECT string_agg(r.key, ' ' ORDER BY r.key) FROM core.meeting_regions mr
        JOIN core.regions r ON r.id = mr.region_id WHERE mr.meeting_id = m.id) AS regions,
       (SELECT string_agg(o.name, '; ' ORDER BY o.name) FROM core.meeting_participants mp
        JOIN core.officials o ON o.id = mp.official_id WHERE mp.meeting_id = m.id) AS who
FROM core.meetings m
ORDER BY m.date_latest DESC NULLS LAST, m.id DESC
LIMIT 10
"""

TRADE_BY_YEAR_SQL = """
SELECT extract(year FROM t.period_end)::int AS year, t.status, count(*) AS figures,
       sum(coalesce(t.value_best, (t.value_low + t.value_high) / 2)) AS total
FROM core.trade_figures t
WHERE t.period_end IS NOT NULL AND t.currency = 'USD' AND t.flow = 'turnover'
GROUP BY 1, 2 ORDER BY 1, 2
"""

OFFICIALS_SQL = """
SELECT o.id, o.key, o.name, o.country,
       coalesce((SELECT array_agg(DISTINCT x.source_id) FROM (
           SELECT source_id FROM core.official_mentions WHERE official_id = o.id
           UNION ALL SELECT source_id FROM core.meeting_participants WHERE official_id = o.id
       ) x), '{}') AS source_ids,
       coalesce((SELECT array_agg(DISTINCT r.key) FROM core.meeting_participants mp
                 JOIN core.meeting_regions mr ON mr.meeting_id = mp.meeting_id
                 JOIN core.regions r ON r.id = mr.region_id
                 WHERE mp.official_id = o.id), '{}') AS regions,
       coalesce((SELECT array_agg(DISTINCT p.title) FROM core.holdings h
                 JOIN core.posts p ON p.id = h.post_id WHERE h.official_id = o.id), '{}')
           AS posts
FROM core.officials o
ORDER BY o.country, o.name
"""

ENTERPRISES_SQL = """
SELECT e.id, e.key, e.name, e.kind, e.country, s.name AS sector,
       coalesce((SELECT array_agg(DISTINCT m.source_id) FROM core.enterprise_mentions m
                 WHERE m.enterprise_id = e.id), '{}') AS source_ids,
       coalesce((SELECT array_agg(DISTINCT r.key) FROM core.enterprise_mentions m
                 JOIN core.regions r ON r.id = m.region_id
                 WHERE m.enterprise_id = e.id), '{}') AS regions,
       (SELECT count(*) FROM core.enterprise_mentions m WHERE m.enterprise_id = e.id)
           AS mentions
FROM core.enterprises e
LEFT JOIN core.sectors s ON s.id = e.sector_id
ORDER BY e.country, e.name
"""


def regions(conn: psycopg.Connection[Any]) -> list[Record]:
    """Every region with its counts of meetings, trade figures and proposals."""
    return _rows(conn, REGIONS_SQL)


def latest_meetings(conn: psycopg.Connection[Any]) -> list[Record]:
    """The ten meetings with the latest dates, with their regions and participants."""
    return _rows(conn, LATEST_MEETINGS_SQL)


def trade_by_year(conn: psycopg.Connection[Any]) -> list[Record]:
    """Turnover figures in US dollars by the year their period ends, and status."""
    return _rows(conn, TRADE_BY_YEAR_SQL)


def officials(conn: psycopg.Connection[Any]) -> list[Record]:
    """Every official with the articles naming them, their meetings' regions, their posts."""
    return _rows(conn, OFFICIALS_SQL)


def enterprises(conn: psycopg.Connection[Any]) -> list[Record]:
    """Every enterprise with its mentions, the articles and the regions they concern."""
    return _rows(conn, ENTERPRISES_SQL)
