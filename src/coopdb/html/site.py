"""``coopdb site DIR``: a static website of the whole database.

Every page is built in memory first, then written only when its bytes differ from the file
already there, so rebuilding after a load rewrites only the pages the load changed (and a
static host or a sync tool sees only those). Links are relative, pages self-contained (no
script, no request), so the site works from ``file://`` as well as from any web server.

Layout: ``index.html``; ``regions/KEY.html`` (the region report, its facts linking to the
article pages); ``articles/KEY.html`` (the article text, every fact highlighted, colour per
kind); ``officials/KEY.html``; ``enterprises/KEY.html``; ``data/`` (the data dictionary,
one CSV per reporting view and ``datapackage.json``).

Example:

    with connect(target) as conn, snapshot(conn):
        result = build_site(conn, Path("public"))
    print(result.written, "pages written")
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import psycopg

from coopdb.html import site_data
from coopdb.html.article_page import article_section
from coopdb.html.charts import chart_image, counts_spec
from coopdb.html.region_page import Links, region_body
from coopdb.html.shell import date_text, document, link, table
from coopdb.html.site_data import Article, Record, fact_id

OWN_FOLDERS = ("regions", "articles", "officials", "enterprises", "data")
"""The only folders whose stale files a rebuild removes: nothing else in DIR is touched."""


@dataclass
class BuildResult:
    """What a build did: every file it produced, and which of them it wrote or removed."""

    total: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    written_paths: list[str] = field(default_factory=list)


def _slug(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", key).lstrip(".") or "_"


class _Names:
    """File names of the site's pages by row id, unique within each folder."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, int], str] = {}
        self.taken: set[tuple[str, str]] = set()

    def add(self, folder: str, row_id: int, key: str) -> None:
        name = _slug(key)
        if (folder, name) in self.taken:
            name = f"{name}-{row_id}"
        self.taken.add((folder, name))
        self.names[(folder, row_id)] = f"{folder}/{name}.html"

    def get(self, folder: str, row_id: int) -> str | None:
        return self.names.get((folder, row_id))


def _up(path: str | None) -> str | None:
    """A link from a page one folder deep."""
    return None if path is None else f"../{path}"


def _crumbs(depth: int) -> str:
    up = "../" * depth
    return (
        '<nav class="crumbs" aria-label="site">'
        f'<a href="{up}index.html">coopdb: all regions</a>'
        f'<a href="{up}data/data-dictionary.md">data dictionary</a>'
        f'<a href="{up}data/datapackage.json">data (CSV, datapackage)</a></nav>'
    )


def _links(names: _Names, sources: dict[int, str]) -> Links:
    def article(source: int) -> str:
        return _up(sources.get(source)) or "#"

    return Links(
        article=article,
        fact=lambda tbl, row, source: f"{article(source)}#q-{fact_id(tbl, row)}",
        official=lambda row: _up(names.get("officials", row)),
        enterprise=lambda row: _up(names.get("enterprises", row)),
        crumbs=_crumbs(1),
    )


def _list(items: Iterable[str]) -> str:
    found = list(items)
    return "<ul>" + "".join(f"<li>{i}</li>" for i in found) + "</ul>" if found else "<p>None.</p>"


def _article_page(
    article: Article, names: _Names, mentions: dict[int, list[tuple[str, str]]]
) -> str:
    related = _list(link(_up(path), text) for path, text in sorted(mentions.get(article.id, [])))
    body = (
        _crumbs(1)
        + article_section(article.page())
        + f'<section id="related"><h2>Regions, officials and enterprises</h2>{related}</section>'
    )
    return document(article.record["title"] or article.key, body)


def _person_page(kind: str, record: Record, sources: dict[int, str], titles: dict[int, str]) -> str:
    articles = _list(
        link(_up(sources.get(s)), titles.get(s, str(s))) for s in sorted(record["source_ids"])
    )
    regions = _list(link(f"../regions/{_slug(r)}.html", r) for r in sorted(record["regions"]))
    extra = ""
    if record.get("posts"):
        extra = "<h2>Posts</h2>" + _list(escape(p) for p in sorted(record["posts"]))
    if record.get("sector"):
        extra = f"<p>Sector: {escape(record['sector'])}; {record['mentions']} mention(s)</p>"
    body = (
        f"{_crumbs(1)}<header><h1>{escape(record['name'])}</h1>"
        f"<p>{escape(kind)} · {escape(record.get('country') or '')}</p></header>{extra}"
        f"<h2>Regions</h2>{regions}<h2>Articles</h2>{articles}"
    )
    return document(f"{record['name']}: coopdb", body)


def _index_page(conn: psycopg.Connection[Any], names: _Names, sources: dict[int, str]) -> str:
    regions = [
        [
            link(names.get("regions", r["id"]), r["name"]),
            escape(r["iso_code"] or ""),
            escape(r["country"] or ""),
            str(r["meetings"]),
            str(r["trade_figures"]),
            str(r["proposals"]),
        ]
        for r in site_data.regions(conn)
    ]
    meetings = [
        [
            escape(date_text(m["date_year"], m["date_month"], m["date_day"])),
            escape(m["regions"] or ""),
            escape(m["who"] or ""),
            link(sources.get(m["source_id"]), "article"),
        ]
        for m in site_data.latest_meetings(conn)
    ]
    years = site_data.trade_by_year(conn)
    values = [
        {"group": str(y["year"]), "part": y["status"], "count": float(y["total"]) / 1e6}
        for y in years
    ]
    chart = (
        chart_image(
            counts_spec(values, "Turnover quoted, by year its period ends", "US$ million"),
            "Bar chart of the turnover figures quoted per year; the table below gives them.",
        )
        if values
        else ""
    )
    trade = [
        [str(y["year"]), escape(y["status"]), str(y["figures"]), f"{float(y['total']) / 1e6:,.1f}"]
        for y in years
    ]
    body = (
        _crumbs(0).replace('href="index.html"', 'href="index.html" aria-current="page"')
        + "<header><h1>coopdb: Belarus–Russia regional cooperation</h1></header>"
        + "<section><h2>Regions</h2>"
        + table(
            ["region", "code", "country", "meetings", "trade figures", "proposals"],
            regions,
            numeric=[3, 4, 5],
        )
        + "</section><section><h2>Latest meetings</h2>"
        + table(["date", "regions", "participants", "source"], meetings)
        + f"</section><section><h2>Trade by year</h2><figure>{chart}</figure>"
        + table(["year", "status", "figures", "sum (US$ million)"], trade, numeric=[2, 3])
        + "</section>"
    )
    return document("coopdb", body)


def _data_files(conn: psycopg.Connection[Any]) -> dict[str, bytes]:
    from coopdb.analyst.catalog import data_dictionary, export, read_catalog

    files = {"data/data-dictionary.md": data_dictionary(read_catalog(conn)).encode()}
    with tempfile.TemporaryDirectory(prefix="coopdb-site-") as scratch:
        export(conn, Path(scratch))
        for path in sorted(Path(scratch).iterdir()):
            files[f"data/{path.name}"] = path.read_bytes()
    return files


def site_files(conn: psycopg.Connection[Any]) -> dict[str, bytes]:
    """Every file of the site by its path relative to the site's folder."""
    from coopdb.reports.queries import region_report

    articles = site_data.articles(conn)
    officials, enterprises = site_data.officials(conn), site_data.enterprises(conn)
    regions = site_data.regions(conn)
    names = _Names()
    for folder, rows in (("articles", articles), ("officials", officials)):
        for row in rows:
            names.add(folder, row.id if isinstance(row, Article) else row["id"], _key(row))
    for e in enterprises:
        names.add("enterprises", e["id"], e["key"])
    for r in regions:
        names.names[("regions", r["id"])] = f"regions/{_slug(r['key'])}.html"
    sources = {a.id: names.names[("articles", a.id)] for a in articles}
    titles = {a.id: a.record["title"] or a.record["file_name"] for a in articles}
    mentions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    files: dict[str, bytes] = {}
    links = _links(names, sources)
    for r in regions:
        report = region_report(conn, r["id"])
        path = names.names[("regions", r["id"])]
        for s in report.sources:
            mentions[s["id"]].append((path, f"region: {r['name']}"))
        html = document(f"{r['name']}: coopdb", region_body(report, links))
        files[path] = html.encode()
    for kind, rows in (("official", officials), ("enterprise", enterprises)):
        for row in rows:
            path = names.names[(f"{kind}s", row["id"])]
            for s in row["source_ids"]:
                mentions[s].append((path, f"{kind}: {row['name']}"))
            files[path] = _person_page(kind, row, sources, titles).encode()
    for a in articles:
        files[sources[a.id]] = _article_page(a, names, mentions).encode()
    files["index.html"] = _index_page(conn, names, sources).encode()
    files.update(_data_files(conn))
    return files


def _key(row: Article | Record) -> str:
    return row.key if isinstance(row, Article) else str(row["key"])


def write_site(files: dict[str, bytes], folder: Path) -> BuildResult:
    """Write the files whose bytes differ, remove stale files of the site's own folders."""
    result = BuildResult(total=len(files))
    for relative, content in sorted(files.items()):
        path = folder / relative
        if path.is_file() and path.read_bytes() == content:
            result.unchanged += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(path.name + ".tmp")
        scratch.write_bytes(content)
        scratch.replace(path)  # a reader never sees half a page
        result.written += 1
        result.written_paths.append(relative)
    for own in OWN_FOLDERS:
        for path in sorted((folder / own).glob("*")) if (folder / own).is_dir() else []:
            if path.is_file() and f"{own}/{path.name}" not in files:
                path.unlink()
                result.removed += 1
    return result


def build_site(conn: psycopg.Connection[Any], folder: Path) -> BuildResult:
    """Build the site of the database ``conn`` reads into ``folder`` (inside a snapshot)."""
    return write_site(site_files(conn), folder)
