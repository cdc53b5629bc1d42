"""What the list commands print: ``regions``, ``officials``, ``enterprises``, ``trade`` (each
optionally for one region) and ``search``."""

from __future__ import annotations

from typing import Any

import psycopg

from coopdb import formatting as fmt
from coopdb.render import Document, Highlighted, Table
from coopdb.reports import list_queries, search
from coopdb.reports.lookup import find_region_or_all
from coopdb.reports.queries import Record

SEARCH_TEXT_LIMIT = 1000
"""Characters a search may have: PostgreSQL builds a query tree one level deeper per word,
and a long enough text (60 KB) exhausts its stack ("stack depth limit exceeded")."""


def _records_document(
    title: str, records: list[Record], key: str, empty: str = "none recorded"
) -> Document:
    columns = list(records[0]) if records else []
    table = Table(key, title, columns, [list(r.values()) for r in records], empty=empty)
    return Document(tables=[table], data=records)


def regions_document(conn: psycopg.Connection[Any], *, keys: bool = False) -> Document:
    """Regions; with ``keys``, each one's curated key first (what facts files refer to)."""
    return _records_document("Regions", list_queries.region_rows(conn, keys=keys), "regions")


def officials_document(
    conn: psycopg.Connection[Any], region: str | None, *, keys: bool = False
) -> Document:
    records = list_queries.official_rows(conn, find_region_or_all(conn, region), keys=keys)
    return _records_document("Officials", records, "officials")


def enterprises_document(
    conn: psycopg.Connection[Any], region: str | None, *, keys: bool = False
) -> Document:
    records = list_queries.enterprise_rows(conn, find_region_or_all(conn, region), keys=keys)
    return _records_document("Enterprises", records, "enterprises")


def trade_document(conn: psycopg.Connection[Any], region: str | None) -> Document:
    """Trade figures as display values in text and markdown; json and csv keep the columns.
    Each figure says its status: a forecast or a target is not what was traded."""
    records = list_queries.trade_rows(conn, find_region_or_all(conn, region))
    doc = _records_document("Trade figures", records, "trade")
    doc.tables[0].columns = ["region", "status", "flow", "period", "value", "change", "source"]
    doc.tables[0].rows = [
        [
            r["russian_region"],
            r["figure_status"] + (", probable source error" if r["source_error"] else ""),
            r["flow"],
            fmt.period(r["period_label"], r["period_start"], r["period_end"]),
            fmt.qualified_money(
                r["value_low_usd"],
                r["value_high_usd"],
                r["value_best_usd"],
                "USD",
                r["value_qualifier"],
                r["value_qualifier_words"],
            ),
            _trade_change(r),
            r["source_file"],
        ]
        for r in records
    ]
    return doc


def _trade_change(r: Record) -> str:
    if r["change_text"] is None:
        return fmt.change(
            r["change_pct"], r["compared_with"], r["compared_start"], r["compared_end"]
        )
    text = fmt.qualified_change(
        r["change_direction"],
        r["change_low_pct"],
        r["change_high_pct"],
        r["change_best_pct"],
        r["change_qualifier"],
        r["change_qualifier_words"],
    )
    if r["compared_with"] or r["compared_start"]:
        text += f" vs {fmt.period(r['compared_with'], r['compared_start'], r['compared_end'])}"
    return text


def search_document(
    conn: psycopg.Connection[Any], text: str, limit: int = 20, *, facts: bool = False
) -> Document:
    """Articles (or, with ``facts``, curated facts) matching a web-style query (words,
    "phrases", -exclusions), best first."""
    if len(text) > SEARCH_TEXT_LIMIT:
        raise ValueError(f"a search may have at most {SEARCH_TEXT_LIMIT} characters")
    if facts:
        return _facts_document(conn, text, limit)
    records = search.article_rows(conn, text, limit)
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


def _facts_document(conn: psycopg.Connection[Any], text: str, limit: int) -> Document:
    """Facts matching: what kind, what it says, where, and which article says it."""
    records = search.fact_rows(conn, text, limit)
    table = Table(
        "search",
        f"Facts matching {text!r}",
        ["rank", "kind", "summary", "region", "source"],
        [
            [r["rank"], r["kind"], r["summary"], r["region"] or "no region", r["source_file"]]
            for r in records
        ],
        empty="no fact matches",
        wide=("summary",),
    )
    return Document(tables=[table], data=records)
