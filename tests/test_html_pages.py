"""The HTML region report and the static site, opened in a real headless browser.

The browser is Debian's ``chromium``, started once per worker (``browser``: each page opens in
a tab of its own). Where it cannot be found the browser tests skip, except in CI (``CI`` or
``COOPDB_REQUIRE_BROWSER`` set, as ``.ci/run`` does), where they fail: they must not pass
there by not running.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser import Browser
from conftest import modules_imported_by, run, sql

PAGE_LIMIT = 500 * 1024


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") or os.environ.get("COOPDB_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (CI or COOPDB_REQUIRE_BROWSER) but not found")
        pytest.skip("chromium is not installed")
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    started = Browser(_browser())
    try:
        yield started
    finally:
        started.close()


class _Marks(HTMLParser):
    """Each ``<mark>``'s attributes and text, every element id, every link."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[dict[str, str], str]] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.images: list[dict[str, str]] = []
        self._open: dict[str, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag == "img":
            self.images.append(values)
        if tag == "mark":
            self._open, self._text = values, []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append((self._open, "".join(self._text)))
            self._open = None


def _parse(dom: str) -> _Marks:
    parsed = _Marks()
    parsed.feed(dom)
    return parsed


def _known_figure(url: str) -> tuple[int, str, int, int]:
    """The Kursk turnover of January–September 2017: id, quote and offsets."""
    rows = sql(
        url,
        "SELECT id, quote, quote_start, quote_end FROM core.trade_figures"
        " WHERE value_text = '$96.3 million'",
    )
    assert len(rows) == 1
    row = rows[0]
    return int(str(row[0])), str(row[1]), int(str(row[2])), int(str(row[3]))


def _assert_highlighted(parsed: _Marks, fact: str, quote: str, start: int, end: int) -> None:
    pieces = [(a, text) for a, text in parsed.marks if fact in a.get("data-facts", "").split()]
    assert pieces, f"no mark for {fact}"
    assert "".join(text for _, text in pieces) == quote
    assert min(int(a["data-start"]) for a, _ in pieces) == start
    assert max(int(a["data-end"]) for a, _ in pieces) == end
    assert f"q-{fact}" in parsed.ids


@pytest.fixture(scope="module")
def kursk_page(tmp_path_factory: pytest.TempPathFactory, _shared_loaded_db: str) -> Path:
    page = tmp_path_factory.mktemp("html") / "kursk.html"
    result = run(
        "--database-url", _shared_loaded_db, "report", "kursk", "--format", "html", "-o", str(page)
    )
    assert result.exit_code == 0, result.stderr
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, _shared_loaded_db: str) -> Path:
    folder = tmp_path_factory.mktemp("site") / "public"
    result = run("--database-url", _shared_loaded_db, "site", str(folder))
    assert result.exit_code == 0, result.stderr
    return folder


# --- without a browser --------------------------------------------------------------------


def test_the_cli_does_not_load_the_chart_renderer_at_start_up() -> None:
    modules = modules_imported_by("import coopdb.cli")
    charts = ("vl_convert", "altair")
    assert [m for m in modules if m.split(".")[0] in charts or m.startswith("coopdb.html")] == []


def test_without_the_html_extra_html_is_one_line_and_text_still_works(
    read_only_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import vl_convert raises
    page = tmp_path / "k.html"
    result = run(
        "--database-url", read_only_db, "report", "kursk", "--format", "html", "-o", str(page)
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith("pip install 'coopdb[html]'"), lines
    assert not page.exists()
    assert run("--database-url", read_only_db, "site", str(tmp_path / "s")).exit_code == 1
    text = run("--database-url", read_only_db, "report", "kursk")
    assert text.exit_code == 0, text.stderr
    assert text.stdout.startswith("Kursk Oblast (RU-KRS)\n")


def test_the_kursk_page_is_self_contained_and_light(kursk_page: Path) -> None:
    html = kursk_page.read_text(encoding="utf-8")
    assert kursk_page.stat().st_size < PAGE_LIMIT
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    assert policy.group(1).startswith("default-src 'none'; style-src 'sha256-")
    assert "unsafe" not in policy.group(1)
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing fetched from anywhere
    for heading in ("Trade over time", "Meetings (3)", "Year unknown", "Proposals (22)"):
        assert heading in html
    # the undated figure is listed beside the chart, not dropped
    assert "Figures without a period" in html
    assert "$205-210 million" in html or "$205–210 million" in html


def test_region_pages_say_what_the_region_is_in_words(site: Path) -> None:
    """The header reads "oblast of Russia", not "oblast of RU"; a country is a country."""
    assert "<p>oblast of Russia</p>" in (site / "regions" / "kursk-oblast.html").read_text("utf-8")
    belarus = (site / "regions" / "belarus.html").read_text(encoding="utf-8")
    assert "<p>country</p>" in belarus and " of BY<" not in belarus


def test_the_report_writes_text_formats_to_a_file_too(read_only_db: str, tmp_path: Path) -> None:
    out = tmp_path / "k.md"
    result = run(
        "--database-url", read_only_db, "report", "kursk", "--format", "markdown", "-o", str(out)
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Kursk Oblast")


# --- in a real browser ----------------------------------------------------------------------


def test_the_kursk_page_renders_with_its_charts(
    browser: Browser, kursk_page: Path, tmp_path: Path
) -> None:
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    empty = browser.screenshot(blank, tmp_path / "blank.png")
    shot = browser.screenshot(kursk_page, tmp_path / "kursk.png")
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(shot) > 10 * len(empty)  # a blank page of that size compresses to nearly nothing
    parsed = _parse(browser.dom(kursk_page))
    charts = [i for i in parsed.images if "chart" in i.get("class", "")]
    assert len(charts) == 3  # trade, meetings, proposals
    for chart in charts:
        assert chart["alt"]
        prefix = "data:image/svg+xml;base64,"
        assert chart["src"].startswith(prefix)
        svg = base64.b64decode(chart["src"][len(prefix) :]).decode()
        assert svg.startswith("<svg") and "role-mark" in svg


def test_a_known_quote_is_highlighted_at_its_offsets_and_its_link_leads_there(
    browser: Browser, kursk_page: Path, _shared_loaded_db: str
) -> None:
    figure, quote, start, end = _known_figure(_shared_loaded_db)
    parsed = _parse(browser.dom(kursk_page))
    _assert_highlighted(parsed, f"tf{figure}", quote, start, end)
    assert f"#q-tf{figure}" in parsed.links  # the trade table's source link


def test_following_a_facts_link_on_the_site_reaches_its_article(
    browser: Browser, site: Path, _shared_loaded_db: str
) -> None:
    figure, quote, start, end = _known_figure(_shared_loaded_db)
    region = site / "regions" / "kursk-oblast.html"
    assert region.stat().st_size < PAGE_LIMIT
    parsed = _parse(browser.dom(region))
    targets = [h for h in parsed.links if h.endswith(f"#q-tf{figure}")]
    assert targets, parsed.links
    split = urlsplit(targets[0])
    article = (region.parent / unquote(split.path)).resolve()
    assert article.is_file() and article.parent.name == "articles"
    _assert_highlighted(_parse(browser.dom(article)), split.fragment[2:], quote, start, end)


def test_every_site_link_leads_to_a_file_of_the_site(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert (site / "index.html") in pages
    for folder in ("regions", "articles", "officials", "enterprises"):
        assert any(p.parent.name == folder for p in pages), folder
    assert (site / "data" / "datapackage.json").is_file()
    assert (site / "data" / "data-dictionary.md").is_file()
    for page in pages:
        parsed = _parse(page.read_text(encoding="utf-8"))
        for href in parsed.links:
            target = urlsplit(href)
            assert not target.scheme or target.scheme in ("http", "https"), (page, href)
            if target.path and not target.scheme:
                assert (page.parent / unquote(target.path)).resolve().is_file(), (page, href)


def test_the_pages_make_no_network_request(
    browser: Browser, kursk_page: Path, site: Path, tmp_path: Path
) -> None:
    requests: list[str] = []

    class Count(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Count)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        for number, page in enumerate([kursk_page, site / "index.html"]):
            # Were anything to slip into a page, its policy would still let nothing load.
            tampered = tmp_path / f"tampered{number}.html"
            tampered.write_text(
                page.read_text(encoding="utf-8").replace(
                    "<main>",
                    f'<main><img src="{url}/img"><link rel="stylesheet" href="{url}/css">'
                    f'<script src="{url}/js"></script><iframe src="{url}/frame"></iframe>'
                    f'<img src="data:image/png;base64,iVBORw0KGgo=" srcset="{url}/srcset 2x">',
                    1,
                ),
                encoding="utf-8",
            )
            assert f"{url}/img" in browser.dom(tampered)
        assert requests == []
    finally:
        server.shutdown()
        server.server_close()


# --- rebuilding the site ----------------------------------------------------------------------


def test_a_rebuild_rewrites_only_the_pages_that_changed(
    loaded_db: str, seeds_copy: Path, tmp_path: Path
) -> None:
    from coopdb.db import Target, connect
    from coopdb.html.site import build_site
    from coopdb.reports import snapshot

    folder = tmp_path / "public"

    def build() -> list[str]:
        with connect(Target(loaded_db, embedded=False)) as conn, snapshot(conn):
            return build_site(conn, folder).written_paths

    first = build()
    assert "index.html" in first and "regions/kursk-oblast.html" in first
    stamps = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    assert build() == []
    assert stamps == {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}

    article = seeds_copy / "002_a28e6e6453cc9cc1.txt"
    article.write_text(
        article.read_text(encoding="utf-8") + "\n\nThe talks ended in the evening.\n",
        encoding="utf-8",
    )
    result = run("--database-url", loaded_db, "load", str(seeds_copy))
    assert result.exit_code == 0, result.stderr
    pages = [p for p in build() if not p.startswith("data/")]
    assert pages == ["articles/002_a28e6e6453cc9cc1.html"]
    assert "The talks ended in the evening." in (folder / pages[0]).read_text(encoding="utf-8")


def _figure(number: int, status: str, low: int, high: int, **more: object) -> dict[str, object]:
    from datetime import date

    return {
        "id": number,
        "source_id": number,
        "flow": "turnover",
        "status": status,
        "period_label": "2023",
        "period_start": date(2023, 1, 1),
        "period_end": date(2023, 12, 31),
        "currency": "USD",
        "value_low": low * 1_000_000,
        "value_high": high * 1_000_000,
        "value_best": None,
        "value_text": f"${low}-{high} million",
        "value_qualifier_words": None,
        "figure_group_id": 1,
        "values_differ": True,
        **more,
    }


def test_figures_of_one_period_stand_side_by_side_and_a_forecast_is_dashed() -> None:
    from coopdb.html.region_page import region_page, standalone_links
    from coopdb.reports.queries import Report

    report = Report(
        region={"name": "Testland", "iso_code": None, "kind": "oblast", "country": "RU"},
        trade_figures=[
            _figure(1, "actual", 100, 100),
            _figure(2, "actual", 120, 130),
            _figure(3, "forecast", 150, 160),
            _figure(4, "actual", 90, 95, period_start=None, period_end=None),
        ],
        sources=[{"id": n, "title": f"article {n}", "file_name": f"{n}.txt"} for n in (1, 2, 3, 4)],
    )
    html = region_page(report, [], standalone_links([]))
    assert html.count('<span class="conflict">sources disagree</span>') == 4
    chart = re.search(r'<img class="chart" src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert chart is not None
    svg = base64.b64decode(chart.group(1)).decode()
    boxes = re.findall(r'aria-roledescription="rect mark" d="M(-?[\d.]+),[^"]*"([^>]*)>', svg)
    assert len({round(float(x)) for x, _ in boxes}) == 3  # 2023 in thirds, one box each
    assert sum("stroke-dasharray" in rest for _, rest in boxes) == 1  # the forecast, dashed
    undated = html.split("Figures without a period", 1)[1]
    assert "$90-95 million" in undated  # listed beside the chart, not dropped


def test_the_kursk_page_prints(browser: Browser, kursk_page: Path, tmp_path: Path) -> None:
    data = browser.pdf(kursk_page, tmp_path / "kursk.pdf")
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 2  # report, then articles
    assert "@media print" in kursk_page.read_text(encoding="utf-8")


# --- the data dictionary and the officials ----------------------------------------------------


def test_the_data_dictionary_is_a_page_linked_from_every_page(
    browser: Browser, site: Path, _shared_loaded_db: str
) -> None:
    dictionary = site / "data" / "data-dictionary.html"
    for page in (site / "index.html", site / "regions" / "kursk-oblast.html"):
        links = _parse(page.read_text(encoding="utf-8")).links
        targets = {(page.parent / unquote(urlsplit(h).path)).resolve() for h in links}
        assert dictionary.resolve() in targets, page
    relations = sql(
        _shared_loaded_db,
        "SELECT n.nspname || '.' || c.relname FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname IN ('reporting', 'core') AND c.relkind IN ('r', 'v') AND EXISTS"
        " (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0)",
    )
    parsed = _parse(browser.dom(dictionary))  # as the browser reads it
    for (relation,) in relations:
        assert str(relation) in parsed.ids, relation
        assert f"#{relation}" in parsed.links, relation
    html = dictionary.read_text(encoding="utf-8")
    assert "<table" in html and "| column |" not in html  # a page, not Markdown
    comment = sql(_shared_loaded_db, "SELECT obj_description('reporting.regions'::regclass)")
    assert str(comment[0][0]).split("\n")[0][:40] in html.replace("&#x27;", "'")


def test_meeting_participants_link_to_their_official_pages(site: Path) -> None:
    region = site / "regions" / "kursk-oblast.html"
    html = region.read_text(encoding="utf-8")
    meetings = html.split('id="meetings"', 1)[1].split("</section>", 1)[0]
    linked = re.findall(r'<a href="(\.\./officials/[^"]+)">([^<]+)</a>', meetings)
    assert {name for _, name in linked} >= {"Aleksandr Lukashenko", "Roman Starovoit"}, linked
    for href, name in linked:
        page = (region.parent / unquote(href)).resolve()
        assert f"<h1>{name}</h1>" in page.read_text(encoding="utf-8"), (href, name)


def test_the_lists_name_every_official_enterprise_and_article(
    site: Path, _shared_loaded_db: str
) -> None:
    for listing, query in (
        ("officials.html", "SELECT name FROM core.officials"),
        ("enterprises.html", "SELECT name FROM core.enterprises"),
        ("articles.html", "SELECT coalesce(title, file_name) FROM core.sources"),
    ):
        page = site / listing
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', page.read_text(encoding="utf-8"))
        named = {unescape(text): href for href, text in links}
        folder = listing.removesuffix(".html")
        for (name,) in sql(_shared_loaded_db, query):
            href = named.get(str(name))
            assert href is not None and href.startswith(f"{folder}/"), (listing, name)
            assert (site / unquote(href)).is_file(), (listing, href)
        assert listing in _parse((site / "index.html").read_text(encoding="utf-8")).links
