"""``coopdb site DIR``: a static website of the whole database.

Each page is planned first with a digest of its inputs (the rows it is drawn from, the paths
it links to, the drawing code; see ``manifest``). A page whose digest is the one recorded by
the last build, and whose file is still as written, is neither read in full nor drawn again;
a drawn page is written only when its bytes differ from the file there. So a rebuild after a
load draws only the pages whose data changed, and a static host or a sync tool sees only the
files that changed. When the database has not changed at all since the last build (its
token), nothing is read but the token. Links are relative and pages self-contained (no script,
no request), so the site works from ``file://`` as well as from any web server.

Layout: ``index.html``; ``regions/KEY.html`` (the region report, its facts linking to the
article pages); ``articles/KEY.html`` (the article text, every fact highlighted, colour per
kind); ``officials/KEY.html``; ``enterprises/KEY.html``; ``officials.html``,
``enterprises.html`` and ``articles.html`` (A–Z lists, searched with find-in-page); ``data/``
(the data dictionary as a page and as Markdown, one CSV per reporting view and
``datapackage.json``).

Example:

    with connect(target) as conn, snapshot(conn):
        result = build_site(conn, Path("public"))
    print(result.drawn, "pages drawn,", result.written, "written")
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import psycopg

from coopdb.html import site_data
from coopdb.html.manifest import (
    CODE_VERSION,
    Entry,
    Manifest,
    database_token,
    digest,
    read_manifest,
    write_manifest,
)
from coopdb.html.region_page import region_body
from coopdb.html.shell import document
from coopdb.html.site_data import Article, Record
from coopdb.html.site_pages import (
    Names,
    article_page,
    dictionary_page,
    index_page,
    list_page,
    person_page,
    site_links,
    slug,
)

OWN_FOLDERS = ("regions", "articles", "officials", "enterprises", "data")
"""The only folders whose stale files a rebuild removes: nothing else in DIR is touched."""


@dataclass
class BuildResult:
    """What a build did: every file it produced, how many it drew, wrote or removed."""

    total: int = 0
    drawn: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    written_paths: list[str] = field(default_factory=list)


@dataclass
class Page:
    """One page to be: its path, the digest of its inputs, and how to draw it."""

    path: str
    inputs: str
    draw: Callable[[], str]
    article: int | None = None
    """The article whose text and facts drawing needs (read only for the pages drawn)."""


@dataclass
class _Plan:
    pages: list[Page]
    articles: dict[int, Article]
    """Filled with the articles of the pages to draw, just before they are drawn."""


def _region_page(record: Record, report: Any, names: Names, sources: dict[int, str]) -> Page:
    links = site_links(names, sources)
    linked = (  # every page a region page links to: its articles, officials and enterprises
        [sources.get(s["id"]) for s in report.sources],
        [names.get("officials", o["id"]) for o in report.officials],
        [names.get("enterprises", e["id"]) for e in report.enterprises],
    )
    return Page(
        f"regions/{slug(record['key'])}.html",
        digest("region", report, linked),
        lambda: document(f"{record['name']}: coopdb", region_body(report, links)),
    )


def _names(listed: list[Record], officials: list[Record], enterprises: list[Record]) -> Names:
    names = Names()
    for folder, rows in (("articles", listed), ("officials", officials)):
        for row in rows:
            names.add(folder, row["id"], str(row["key"]))
    for e in enterprises:
        names.add("enterprises", e["id"], e["key"])
    return names


def _index(conn: psycopg.Connection[Any], names: Names, sources: dict[int, str]) -> Page:
    regions = [(names.get("regions", r["id"]), r) for r in site_data.regions(conn)]
    meetings = [(sources.get(m["source_id"]), m) for m in site_data.latest_meetings(conn)]
    years = site_data.trade_by_year(conn)
    return Page(
        "index.html",
        digest("index", regions, meetings, years),
        partial(index_page, regions, meetings, years),
    )


def _plan(conn: psycopg.Connection[Any]) -> _Plan:
    """Every page of the site with its inputs' digest; reads all but the articles' text."""
    from coopdb.reports.queries import region_report

    listed = site_data.article_list(conn)
    officials, enterprises = site_data.officials(conn), site_data.enterprises(conn)
    names = _names(listed, officials, enterprises)
    sources = {a["id"]: str(names.get("articles", a["id"])) for a in listed}
    titles = {a["id"]: a["title"] or a["file_name"] for a in listed}
    mentions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    plan = _Plan([], {})
    for r in site_data.regions(conn):
        names.names[("regions", r["id"])] = f"regions/{slug(r['key'])}.html"
        report = region_report(conn, r["id"])
        page = _region_page(r, report, names, sources)
        for s in report.sources:
            mentions[s["id"]].append((page.path, f"region: {r['name']}"))
        plan.pages.append(page)
    for kind, rows in (("official", officials), ("enterprise", enterprises)):
        for row in rows:
            path = str(names.get(f"{kind}s", row["id"]))
            for s in row["source_ids"]:
                mentions[s].append((path, f"{kind}: {row['name']}"))
            cited = [(sources.get(s), titles.get(s, str(s))) for s in sorted(row["source_ids"])]
            inputs = digest(kind, row, cited)
            plan.pages.append(Page(path, inputs, partial(person_page, kind, row, cited)))
    for a in listed:
        cites = sorted(mentions.get(a["id"], []))
        inputs = digest("article", a, cites)  # a["fingerprint"]: its source row and facts
        draw = partial(_draw_article, plan.articles, a["id"], cites)
        plan.pages.append(Page(sources[a["id"]], inputs, draw, article=a["id"]))
    plan.pages.append(_index(conn, names, sources))
    plan.pages += _lists(listed, officials, enterprises, names)
    return plan


def _lists(
    listed: list[Record], officials: list[Record], enterprises: list[Record], names: Names
) -> list[Page]:
    """The A–Z lists of officials, enterprises and articles."""
    lists = {
        "officials": (
            ["official", "country", "posts"],
            [
                [names.get("officials", o["id"]), o["name"], o["country"], "; ".join(o["posts"])]
                for o in officials
            ],
        ),
        "enterprises": (
            ["enterprise", "country", "sector", "mentions"],
            [
                [
                    names.get("enterprises", e["id"]),
                    e["name"],
                    e["country"],
                    e["sector"],
                    str(e["mentions"]),
                ]
                for e in enterprises
            ],
        ),
        "articles": (
            ["article", "file"],
            [
                [names.get("articles", a["id"]), a["title"] or a["file_name"], a["key"]]
                for a in listed
            ],
        ),
    }
    return [
        Page(
            f"{folder}.html",
            digest("list", folder, headers, rows),
            partial(list_page, folder.capitalize(), headers, rows),
        )
        for folder, (headers, rows) in lists.items()
    ]


def _draw_article(
    articles: dict[int, Article], article_id: int, cites: list[tuple[str, str]]
) -> str:
    return article_page(articles[article_id], cites)


def _data_files(conn: psycopg.Connection[Any]) -> dict[str, bytes]:
    """The data dictionary (a page and Markdown), the CSV export and its datapackage.json."""
    from coopdb.analyst.catalog import data_dictionary, export, read_catalog

    relations = read_catalog(conn)
    files = {
        "data/data-dictionary.md": data_dictionary(relations).encode(),
        "data/data-dictionary.html": dictionary_page(relations).encode(),
    }
    with tempfile.TemporaryDirectory(prefix="coopdb-site-") as scratch:
        export(conn, Path(scratch))
        for path in sorted(Path(scratch).iterdir()):
            files[f"data/{path.name}"] = path.read_bytes()
    return files


class _Writer:
    """Writes files whose bytes differ, notes each file in the new manifest."""

    def __init__(self, folder: Path, old: Manifest, new: Manifest) -> None:
        self.folder, self.old, self.new = folder, old, new
        self.result = BuildResult()

    def keep(self, relative: str) -> None:
        self.new.files[relative] = self.old.files[relative]
        self.result.unchanged += 1

    def put(self, relative: str, inputs: str, content: bytes) -> None:
        path = self.folder / relative
        if path.is_file() and path.read_bytes() == content:
            self.result.unchanged += 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            scratch = path.with_name(path.name + ".tmp")
            scratch.write_bytes(content)
            scratch.replace(path)  # a reader never sees half a page
            self.result.written += 1
            self.result.written_paths.append(relative)
        stat = path.stat()
        self.new.files[relative] = Entry(inputs, stat.st_size, stat.st_mtime_ns)

    def remove_stale(self) -> None:
        """Remove the files of the site's own folders that this build did not produce."""
        for own in OWN_FOLDERS:
            folder = self.folder / own
            for path in sorted(folder.glob("*")) if folder.is_dir() else []:
                if path.is_file() and f"{own}/{path.name}" not in self.new.files:
                    path.unlink()
                    self.result.removed += 1


def _write_data(conn: psycopg.Connection[Any], writer: _Writer, token: str) -> None:
    """The data folder is one whole: read again whenever the database may have changed."""
    inputs = digest("data", token)
    kept = [p for p, e in writer.old.files.items() if p.startswith("data/")]
    if kept and all(writer.old.unchanged(p, inputs, writer.folder) for p in kept):
        for relative in kept:
            writer.keep(relative)
        return
    for relative, content in _data_files(conn).items():
        writer.put(relative, inputs, content)


def build_site(conn: psycopg.Connection[Any], folder: Path, *, full: bool = False) -> BuildResult:
    """Build the site of the database ``conn`` reads into ``folder`` (inside a snapshot),
    drawing only the pages whose inputs changed since the last build (all, with ``full``)."""
    old = Manifest() if full else read_manifest(folder)
    token = database_token(conn)
    writer = _Writer(folder, old, Manifest(token, CODE_VERSION))
    if old.current(token, folder):  # nothing changed: no page to read, none to draw
        for relative in old.files:
            writer.keep(relative)
    else:
        plan = _plan(conn)
        todo = [p for p in plan.pages if not old.unchanged(p.path, p.inputs, folder)]
        wanted = [p.article for p in todo if p.article is not None]
        if wanted:
            plan.articles.update((a.id, a) for a in site_data.articles(conn, wanted))
        drawn = {p.path for p in todo}
        for page in plan.pages:
            if page.path in drawn:
                writer.put(page.path, page.inputs, page.draw().encode())
            else:
                writer.keep(page.path)
        writer.result.drawn = len(todo)
        _write_data(conn, writer, token)
    writer.remove_stale()
    folder.mkdir(parents=True, exist_ok=True)
    write_manifest(folder, writer.new)
    writer.result.total = len(writer.new.files)
    return writer.result
