"""Everything known about a region, gathered in a few indexed queries (psycopg only, no ORM:
this is the path a person waits on at the shell).

``find_region`` resolves what a user typed; ``region_report`` returns plain data that the
renderers turn into text or JSON. Every fact carries the id of its source, and the report
numbers the sources so each line can point to the words it rests on.

Every command that reads runs all its queries inside ``snapshot``: one read-only REPEATABLE
READ transaction, so a load committing between two queries can never make one query's rows
point at ids another query did not see.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row

from coopdb import formatting as fmt
from coopdb.render import Document, Highlighted, Table, cell

Record = dict[str, Any]


@contextmanager
def snapshot(conn: psycopg.Connection[Any]) -> Iterator[psycopg.Connection[Any]]:
    """One read-only REPEATABLE READ transaction around everything a command reads.

    At READ COMMITTED each query sees the commits made since the previous one: a report's
    facts could name a source that its sources query then no longer finds. Here every query
    sees the database as of the first one, and nothing can be written.
    """
    if conn.autocommit or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        raise RuntimeError("snapshot() needs an idle connection that is not in autocommit mode")
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    with conn.transaction():
        yield conn


def _in_snapshot(conn: psycopg.Connection[Any]) -> bool:
    """True inside ``snapshot`` (or any transaction whose queries share one snapshot)."""
    return conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS and (
        conn.isolation_level
        in (psycopg.IsolationLevel.REPEATABLE_READ, psycopg.IsolationLevel.SERIALIZABLE)
    )


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
       coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM core.twinning_regions x2
                 JOIN core.regions o ON o.id = x2.region_id
                 WHERE x2.twinning_id = t.id AND x2.region_id <> %(region)s), '{}') AS partners
FROM core.twinning_regions x
JOIN core.twinning_agreements t ON t.id = x.twinning_id
WHERE x.region_id = %(region)s
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
FROM core.meeting_regions mr
JOIN core.meetings m ON m.id = mr.meeting_id
WHERE mr.region_id = %(region)s
ORDER BY m.date_earliest NULLS LAST, m.date_month NULLS LAST, m.date_day NULLS LAST, m.id
"""

OFFICIALS_SQL = """
SELECT o.id, o.name, o.country,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.official_names n
        WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
       x.titles, x.source_ids
FROM (
    SELECT y.official_id,
           array_agg(DISTINCT t.title) FILTER (WHERE t.title IS NOT NULL) AS titles,
           array_agg(DISTINCT y.source_id) AS source_ids
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
SELECT p.id, p.title, s.name AS sector, p.status, p.proposed_by_side,
       (SELECT o.name FROM core.officials o WHERE o.id = p.proposed_by_official_id)
           AS proposed_by,
       p.amount_low, p.amount_high, p.currency, p.amount_qualifier, p.amount_text,
       p.source_id, p.quote,
       coalesce((SELECT array_agg(e.name ORDER BY e.name)
                 FROM core.proposal_enterprises pe
                 CROSS JOIN LATERAL (SELECT x.name FROM core.enterprises x
                                     WHERE x.id = pe.enterprise_id OFFSET 0) AS e
                 WHERE pe.proposal_id = p.id), '{}') AS enterprises
FROM core.proposals p
JOIN core.sectors s ON s.id = p.sector_id
WHERE p.region_id = %(region)s
ORDER BY s.name, p.source_id, p.quote_start
"""

ENTERPRISES_SQL = """
SELECT e.id, e.name, e.kind, e.country, s.name AS sector, h.name AS home_region,
       (SELECT array_agg(n.name ORDER BY n.name) FROM core.enterprise_names n
        WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS aliases,
       x.source_ids
FROM (
    SELECT y.enterprise_id, array_agg(DISTINCT y.source_id) AS source_ids
    FROM (
        SELECT m.enterprise_id, m.source_id FROM core.enterprise_mentions m
        WHERE m.region_id = %(region)s
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

SOURCES_SQL = """
SELECT s.id, s.file_name, s.title, s.publisher, s.dateline, s.date_year, s.date_month,
       s.date_day, s.date_basis, s.date_note
FROM core.sources s
WHERE s.id = ANY(%(ids)s)
ORDER BY s.key
"""


def region_report(conn: psycopg.Connection[Any], region_id: int) -> Report:
    """Gather every section of the report for one region, inside ``snapshot``: its queries
    refer to each other's ids, so they must all see the same committed state."""
    if not _in_snapshot(conn):
        raise RuntimeError("region_report() must run inside reports.snapshot()")
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


# --- documents: what the commands print ---------------------------------------------------


def _refs(ids: list[int], ref: dict[int, int]) -> str:
    return " ".join(f"[{ref[i]}]" for i in sorted(set(ids), key=ref.__getitem__))


def report_document(report: Report) -> Document:
    """The region report as tables of display values, with numbered source references."""
    ref = {source["id"]: number for number, source in enumerate(report.sources, start=1)}
    region = report.region
    lines = [f"{region['kind']} of {region['parent'] or region['country']}"]
    if region["other_names"]:
        lines.append(f"also known as: {', '.join(region['other_names'])}")
    twinned = [t for t in report.twinning if t["status"] == "signed" and t["units_count"]]
    if twinned:
        counts = ", ".join(f"{t['units_count']} [{ref[t['source_id']]}]" for t in twinned)
        lines.append(f"twinned districts/municipalities: {counts}")

    def date(r: Record) -> str:
        return fmt.partial_date(r["date_year"], r["date_month"], r["date_day"], r["date_basis"])

    twinning = Table(
        "twinning",
        "Twinning",
        ["status", "districts", "with", "date", "source"],
        [
            [
                t["status"],
                t["units_count"],
                ", ".join(t["partners"]) or "—",
                date(t),
                f"[{ref[t['source_id']]}]",
            ]
            for t in report.twinning
        ],
    )
    officials = Table(
        "officials",
        "Officials",
        ["side", "name", "other spellings", "titles", "sources"],
        [
            [
                o["country"],
                o["name"],
                ", ".join(o["other_names"] or []),
                "; ".join(o["titles"] or []) or "no title stated",
                _refs(o["source_ids"], ref),
            ]
            for o in report.officials
        ],
    )
    meetings = Table(
        "meetings",
        "Meetings",
        ["date", "place", "participants", "source"],
        [
            [
                date(m),
                m["place"] or "",
                "; ".join(
                    f"{p['name']} ({p['title'] or 'no title stated'})"
                    for p in m["participants"] or []
                ),
                f"[{ref[m['source_id']]}]",
            ]
            for m in report.meetings
        ],
        wide=("participants",),
    )
    trade = Table(
        "trade",
        "Trade",
        ["flow", "period", "value", "change", "source"],
        [
            [
                t["flow"],
                fmt.period(t["period_label"], t["period_start"], t["period_end"]),
                fmt.money(t["value_low"], t["value_high"], t["currency"], t["value_qualifier"]),
                fmt.change(
                    t["change_pct"], t["compared_label"], t["compared_start"], t["compared_end"]
                ),
                f"[{ref[t['source_id']]}]",
            ]
            for t in report.trade_figures
        ],
    )
    goods = Table(
        "goods",
        "Goods traded",
        ["direction", "goods", "source"],
        [
            [
                "Belarus exports" if g["direction"] == "exports" else "Belarus imports",
                g["goods"],
                f"[{ref[g['source_id']]}]",
            ]
            for g in report.trade_goods
        ],
    )
    proposals = Table(
        "proposals", "Proposals", ["sector", "proposal", "status", "source"], wide=("proposal",)
    )
    previous = None
    for p in report.proposals:
        details = [p["title"]]
        if p["proposed_by"] or p["proposed_by_side"]:
            details.append(f"by {p['proposed_by'] or p['proposed_by_side']}")
        if p["enterprises"]:
            details.append(f"enterprises: {', '.join(p['enterprises'])}")
        amount = fmt.money(p["amount_low"], p["amount_high"], p["currency"], p["amount_qualifier"])
        if amount:
            details.append(f"amount: {amount}")
        proposals.rows.append(
            [
                p["sector"] if p["sector"] != previous else "",
                "; ".join(details),
                p["status"].replace("_", " "),
                f"[{ref[p['source_id']]}]",
            ]
        )
        previous = p["sector"]
    enterprises = Table(
        "enterprises",
        "Enterprises",
        ["country", "name", "aliases", "sector", "sources"],
        [
            [
                e["country"],
                e["name"],
                ", ".join(e["aliases"] or []),
                e["sector"] or "",
                _refs(e["source_ids"], ref),
            ]
            for e in report.enterprises
        ],
    )
    sources = Table(
        "sources",
        "Sources",
        ["ref", "file", "title", "publisher", "published"],
        [
            [
                f"[{number}]",
                s["file_name"],
                s["title"] or "untitled",
                s["publisher"] or "not stated",
                date(s),
            ]
            for number, s in enumerate(report.sources, start=1)
        ],
        empty="none",
    )
    tables = [twinning, officials, meetings, trade, goods, proposals, enterprises, sources]
    return Document(
        title=f"{region['name']} ({region['iso_code'] or 'no ISO code'})",
        lines=lines,
        tables=tables,
        data=_report_data(report),
        csv=_report_csv(tables, report),
    )


def _report_data(report: Report) -> dict[str, Any]:
    return {
        "region": report.region,
        "twinning": report.twinning,
        "officials": report.officials,
        "meetings": report.meetings,
        "trade_figures": report.trade_figures,
        "trade_goods": report.trade_goods,
        "proposals": report.proposals,
        "enterprises": report.enterprises,
        "sources": report.sources,
    }


def _report_csv(tables: list[Table], report: Report) -> Table:
    """One long table: each fact line of each section, with its source's file."""
    files = {f"[{n}]": s["file_name"] for n, s in enumerate(report.sources, start=1)}
    long = Table("report", "Report", ["section", "fact", "sources", "source_files"])
    for table in tables:
        if table.key == "sources":
            continue
        for row in table.rows:
            refs = str(row[-1])
            fact = "; ".join(
                f"{column}: {cell(value)}"
                for column, value in zip(table.columns[:-1], row[:-1], strict=True)
                if cell(value)
            )
            long.rows.append(
                [table.key, fact, refs, " ".join(files[r] for r in refs.split() if r in files)]
            )
    return long


def _records_document(
    title: str, records: list[Record], key: str, empty: str = "none recorded"
) -> Document:
    columns = list(records[0]) if records else []
    table = Table(key, title, columns, [list(r.values()) for r in records], empty=empty)
    return Document(tables=[table], data=records)


def _region_filter(conn: psycopg.Connection[Any], region: str | None) -> str | None:
    """The ISO code (or name, when it has none) of the region named, for view filters."""
    if region is None:
        return None
    row = conn.execute(
        "SELECT coalesce(iso_code, name) FROM core.regions WHERE id = %s",
        (find_region(conn, region),),
    ).fetchone()
    assert row is not None
    return str(row[0])


def _query(conn: psycopg.Connection[Any], query: str, params: Any = None) -> list[Record]:
    return list(conn.cursor(row_factory=dict_row).execute(query, params).fetchall())


def regions_document(conn: psycopg.Connection[Any]) -> Document:
    records = _query(
        conn,
        """
        SELECT r.name, r.kind, r.country, r.iso_code, r.other_names,
               (SELECT count(*) FROM core.meeting_regions mr WHERE mr.region_id = r.region_id)
                   AS meetings,
               (SELECT count(*) FROM core.trade_figures t WHERE t.region_id = r.region_id)
                   AS trade_figures,
               (SELECT count(*) FROM core.proposals p WHERE p.region_id = r.region_id)
                   AS proposals
        FROM reporting.regions r
        ORDER BY r.country, r.kind <> 'country', r.name
        """,
    )
    return _records_document("Regions", records, "regions")


def officials_document(conn: psycopg.Connection[Any], region: str | None) -> Document:
    code = _region_filter(conn, region)
    records = _query(
        conn,
        """
        SELECT o.name, o.other_names, o.country, o.positions,
               (SELECT count(*) FROM core.meeting_participants mp
                WHERE mp.official_id = o.official_id) AS meetings
        FROM reporting.officials o
        WHERE %(code)s::text IS NULL OR o.official_id IN (
            SELECT mp.official_id FROM core.meeting_participants mp
            JOIN core.meeting_regions mr ON mr.meeting_id = mp.meeting_id
            JOIN core.regions r ON r.id = mr.region_id
            WHERE coalesce(r.iso_code, r.name) = %(code)s
            UNION
            SELECT h.official_id FROM core.holdings h JOIN core.posts p ON p.id = h.post_id
            JOIN core.regions r ON r.id = p.region_id
            WHERE coalesce(r.iso_code, r.name) = %(code)s)
        ORDER BY o.country, o.name
        """,
        {"code": code},
    )
    return _records_document("Officials", records, "officials")


def enterprises_document(conn: psycopg.Connection[Any], region: str | None) -> Document:
    code = _region_filter(conn, region)
    records = _query(
        conn,
        """
        SELECT e.name, e.kind, e.country, s.name AS sector, h.name AS home_region,
               (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.enterprise_names n
                WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS aliases,
               count(m.mention_id) AS mentions,
               string_agg(DISTINCT m.russian_region, '; ') AS russian_regions
        FROM core.enterprises e
        LEFT JOIN core.sectors s ON s.id = e.sector_id
        LEFT JOIN core.regions h ON h.id = e.region_id
        LEFT JOIN reporting.enterprise_mentions m ON m.enterprise_id = e.id
        WHERE %(code)s::text IS NULL OR m.russian_region_code = %(code)s
        GROUP BY e.id, s.name, h.name
        ORDER BY e.country, e.name
        """,
        {"code": code},
    )
    return _records_document("Enterprises", records, "enterprises")


def trade_document(conn: psycopg.Connection[Any], region: str | None) -> Document:
    code = _region_filter(conn, region)
    records = _query(
        conn,
        """
        SELECT t.russian_region, t.flow, t.period_label, t.period_start, t.period_end,
               t.value_low_usd, t.value_high_usd, t.value_qualifier, t.change_pct,
               t.compared_with, t.compared_start, t.compared_end, t.prior_value_low_usd,
               t.source_file
        FROM reporting.trade_figures t
        WHERE %(code)s::text IS NULL OR t.russian_region_code = %(code)s
        ORDER BY t.russian_region, t.period_end NULLS LAST, t.trade_figure_id
        """,
        {"code": code},
    )
    doc = _records_document("Trade figures", records, "trade")
    doc.tables[0].columns = ["region", "flow", "period", "value", "change", "source"]
    doc.tables[0].rows = [
        [
            r["russian_region"],
            r["flow"],
            fmt.period(r["period_label"], r["period_start"], r["period_end"]),
            fmt.money(r["value_low_usd"], r["value_high_usd"], "USD", r["value_qualifier"]),
            fmt.change(r["change_pct"], r["compared_with"], r["compared_start"], r["compared_end"]),
            r["source_file"],
        ]
        for r in records
    ]
    return doc


SEARCH_TEXT_LIMIT = 1000
"""Characters a search may have: PostgreSQL builds a query tree one level deeper per word,
and a long enough text (60 KB) exhausts its stack ("stack depth limit exceeded")."""


def search_document(conn: psycopg.Connection[Any], text: str, limit: int = 20) -> Document:
    """Articles matching a web-style query (words, "phrases", -exclusions), best first."""
    if len(text) > SEARCH_TEXT_LIMIT:
        raise ValueError(f"a search may have at most {SEARCH_TEXT_LIMIT} characters")
    records = _query(
        conn,
        """
        SELECT s.id AS source_id, s.file_name AS source_file, s.title,
               round(ts_rank_cd(s.search_vector, q)::numeric, 4) AS rank,
               ts_headline('english', s.body, q,
                           'StartSel=«, StopSel=», MaxFragments=2, MaxWords=18, MinWords=6,'
                           ' FragmentDelimiter=" … "') AS snippet
        FROM core.sources s, websearch_to_tsquery('english', %(text)s) AS q
        WHERE s.search_vector @@ q
        ORDER BY rank DESC, s.key
        LIMIT %(limit)s
        """,
        {"text": text, "limit": limit},
    )
    table = Table(
        "search",
        f"Articles matching {text!r}",
        ["rank", "source", "title", "snippet"],
        [
            [r["rank"], r["source_file"], r["title"] or "untitled", Highlighted(r["snippet"])]
            for r in records
        ],
        empty="no article matches",
        wide=("snippet",),
    )
    return Document(tables=[table], data=records)
