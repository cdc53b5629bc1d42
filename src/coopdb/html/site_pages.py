"""The site's own pages besides the region reports: the index, an article, an official, an
enterprise and the data dictionary. Each is drawn from plain records and the paths of the
pages it links to (``Names``), and from nothing else, so the inputs the build hashes are the
page's whole input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from coopdb.html.article_page import article_section
from coopdb.html.charts import chart_image, counts_spec
from coopdb.html.region_page import Links
from coopdb.html.shell import date_text, document, link, table
from coopdb.html.site_data import Article, Record, fact_id


def slug(key: str) -> str:
    """A file name from a key: nothing a URL or a file system would read otherwise."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", key).lstrip(".") or "_"


class Names:
    """File names of the site's pages by row id, unique within each folder."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, int], str] = {}
        self.taken: set[tuple[str, str]] = set()

    def add(self, folder: str, row_id: int, key: str) -> None:
        name = slug(key)
        if (folder, name) in self.taken:
            name = f"{name}-{row_id}"
        self.taken.add((folder, name))
        self.names[(folder, row_id)] = f"{folder}/{name}.html"

    def get(self, folder: str, row_id: int) -> str | None:
        return self.names.get((folder, row_id))


def up(path: str | None) -> str | None:
    """A link from a page one folder deep."""
    return None if path is None else f"../{path}"


def crumbs(depth: int) -> str:
    """The links every page starts with."""
    top = "../" * depth
    return (
        '<nav class="crumbs" aria-label="site">'
        f'<a href="{top}index.html">coopdb: all regions</a>'
        f'<a href="{top}officials.html">officials</a>'
        f'<a href="{top}enterprises.html">enterprises</a>'
        f'<a href="{top}articles.html">articles</a>'
        f'<a href="{top}data/data-dictionary.html">data dictionary</a>'
        f'<a href="{top}data/datapackage.json">data (CSV, datapackage)</a></nav>'
    )


def site_links(names: Names, sources: dict[int, str]) -> Links:
    """Links of a region page to the site's other pages."""

    def article(source: int) -> str:
        return up(sources.get(source)) or "#"

    return Links(
        article=article,
        fact=lambda tbl, row, source: f"{article(source)}#q-{fact_id(tbl, row)}",
        official=lambda row: up(names.get("officials", row)),
        enterprise=lambda row: up(names.get("enterprises", row)),
        crumbs=crumbs(1),
    )


def _list(items: Iterable[str]) -> str:
    found = list(items)
    return "<ul>" + "".join(f"<li>{i}</li>" for i in found) + "</ul>" if found else "<p>None.</p>"


def article_page(article: Article, mentions: Sequence[tuple[str, str]]) -> str:
    """An article, every fact highlighted, and the pages (path, text) that cite it."""
    related = _list(link(up(path), text) for path, text in sorted(mentions))
    body = (
        crumbs(1)
        + article_section(article.page())
        + f'<section id="related"><h2>Regions, officials and enterprises</h2>{related}</section>'
    )
    return document(article.record["title"] or article.key, body)


def person_page(kind: str, record: Record, articles: Sequence[tuple[str | None, str]]) -> str:
    """An official's or an enterprise's page; ``articles``: (path, title) of its sources."""
    listed = _list(link(up(path), title) for path, title in articles)
    regions = _list(link(f"../regions/{slug(r)}.html", r) for r in sorted(record["regions"]))
    extra = ""
    if record.get("posts"):
        extra = "<h2>Posts</h2>" + _list(escape(p) for p in sorted(record["posts"]))
    if record.get("sector"):
        extra = f"<p>Sector: {escape(record['sector'])}; {record['mentions']} mention(s)</p>"
    body = (
        f"{crumbs(1)}<header><h1>{escape(record['name'])}</h1>"
        f"<p>{escape(kind)} · {escape(record.get('country') or '')}</p></header>{extra}"
        f"<h2>Regions</h2>{regions}<h2>Articles</h2>{listed}"
    )
    return document(f"{record['name']}: coopdb", body)


def _trade_chart(years: Sequence[Record]) -> str:
    values = [
        {"group": str(y["year"]), "part": y["status"], "count": float(y["total"]) / 1e6}
        for y in years
    ]
    if not values:
        return ""
    return chart_image(
        counts_spec(values, "Turnover quoted, by year its period ends", "US$ million"),
        "Bar chart of the turnover figures quoted per year; the table below gives them.",
    )


def index_page(
    regions: Sequence[tuple[str | None, Record]],
    meetings: Sequence[tuple[str | None, Record]],
    years: Sequence[Record],
) -> str:
    """The index: regions with counts, the latest meetings, trade by year. ``regions`` and
    ``meetings`` come with the path of the page each links to."""
    region_rows = [
        [
            link(path, r["name"]),
            escape(r["iso_code"] or ""),
            escape(r["country"] or ""),
            str(r["meetings"]),
            str(r["trade_figures"]),
            str(r["proposals"]),
        ]
        for path, r in regions
    ]
    meeting_rows = [
        [
            escape(date_text(m["date_year"], m["date_month"], m["date_day"])),
            escape(m["regions"] or ""),
            escape(m["who"] or ""),
            link(path, "article"),
        ]
        for path, m in meetings
    ]
    trade = [
        [str(y["year"]), escape(y["status"]), str(y["figures"]), f"{float(y['total']) / 1e6:,.1f}"]
        for y in years
    ]
    body = (
        crumbs(0).replace('href="index.html"', 'href="index.html" aria-current="page"')
        + "<header><h1>coopdb: Belarus–Russia regional cooperation</h1></header>"
        + "<section><h2>Regions</h2>"
        + table(
            ["region", "code", "country", "meetings", "trade figures", "proposals"],
            region_rows,
            numeric=[3, 4, 5],
        )
        + "</section><section><h2>Latest meetings</h2>"
        + table(["date", "regions", "participants", "source"], meeting_rows)
        + f"</section><section><h2>Trade by year</h2><figure>{_trade_chart(years)}</figure>"
        + table(["year", "status", "figures", "sum (US$ million)"], trade, numeric=[2, 3])
        + "</section>"
    )
    return document("coopdb", body)


def dictionary_page(relations: Sequence[Any]) -> str:
    """The data dictionary as a page: every relation of ``analyst.catalog.read_catalog``,
    its comment and its columns, with a table of contents per schema."""
    contents, sections = [], []
    for schema in dict.fromkeys(r.schema for r in relations):
        members = [r for r in relations if r.schema == schema]
        contents.append(
            f"<h3>Schema <code>{escape(schema)}</code></h3>"
            + _list(
                f'<a href="#{escape(schema)}.{escape(r.name)}">{escape(r.name)}</a>'
                for r in members
            )
        )
        for r in members:
            rows = [
                [
                    f"<code>{escape(c.name)}</code>",
                    escape(c.type),
                    "yes" if c.nullable else "no",
                    escape(c.comment or ""),
                ]
                for c in r.columns
            ]
            sections.append(
                f'<section id="{escape(schema)}.{escape(r.name)}">'
                f"<h2><code>{escape(schema)}.{escape(r.name)}</code> ({escape(r.kind)})</h2>"
                f"<p>{escape(r.comment or 'No description.')}</p>"
                + table(["column", "type", "null", "description"], rows)
                + "</section>"
            )
    body = (
        f"{crumbs(1)}<header><h1>coopdb data dictionary</h1><p>Every table and view, from"
        " the comments in the database catalog. The <code>reporting</code> relations are the"
        " stable interface for SQL and BI tools (one CSV each beside this page, described by"
        ' <a href="datapackage.json">datapackage.json</a>); the <code>core</code> tables are'
        " the normalized storage behind them. The same text as Markdown:"
        ' <a href="data-dictionary.md">data-dictionary.md</a>.</p></header>'
        f'<nav aria-label="relations">{"".join(contents)}</nav>{"".join(sections)}'
    )
    return document("coopdb data dictionary", body)


def list_page(title: str, headers: Sequence[str], rows: Sequence[Sequence[str | None]]) -> str:
    """An A–Z list of the site's officials, enterprises or articles: each row's first cell a
    page's path, the next its name; the browser's find-in-page searches it, no script needed."""
    cells = [
        [link(row[0], row[1] or ""), *(escape(c or "") for c in row[2:])]
        for row in sorted(rows, key=lambda r: ((r[1] or "").casefold(), r[0] or ""))
    ]
    body = f"{crumbs(0)}<header><h1>{escape(title)} ({len(rows)})</h1></header>" + table(
        headers, cells
    )
    return document(f"{title}: coopdb", body)
