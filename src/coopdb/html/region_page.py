"""A region's report as one self-contained HTML page: trade over time, a meetings
timeline, proposals by sector and status, enterprises, each fact linked to its article.

The page reads the same ``reports.Report`` the text report prints. Each chart has a table
behind it and alt text; undated figures and meetings whose year is unknown are listed, never
dropped. Where a fact's link leads is the caller's choice (``Links``): into the page itself,
where the region's articles follow with every quote highlighted (``coopdb report --format
html``), or to the site's article pages (``coopdb site``).

Example:

    page = region_page(report, articles, standalone_links(articles))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

import psycopg

from coopdb.html.article_page import article_section
from coopdb.html.charts import chart_image, counts_spec, meetings_spec, trade_spec
from coopdb.html.shell import date_text, document, iso, link, table
from coopdb.html.site_data import Article, fact_id
from coopdb.reports.queries import Record, Report
from coopdb.reports.words import what_region


@dataclass(frozen=True)
class Links:
    """Where links lead: ``article(source_id)``, ``fact(table, id, source_id)``,
    ``official(id)`` and ``enterprise(id)`` (None: no page to go to)."""

    article: Callable[[int], str]
    fact: Callable[[str, int, int], str]
    official: Callable[[int], str | None]
    enterprise: Callable[[int], str | None]
    crumbs: str = ""


def standalone_links(articles: Sequence[Article]) -> Links:
    """Links into the page itself: its articles follow the report."""
    return Links(
        article=lambda source: f"#article-{source}",
        fact=lambda tbl, row, source: f"#q-{fact_id(tbl, row)}",
        official=lambda _: None,
        enterprise=lambda _: None,
    )


def _million(value: Any) -> float | None:
    return None if value is None else float(Decimal(value) / Decimal(1_000_000))


def _status(status: str | None) -> str:
    s = status or "actual"
    return f'<span class="status st-{escape(s)}">{escape(s)}</span>'


def _source(links: Links, record: Record, tbl: str, numbers: dict[int, int]) -> str:
    source = record["source_id"]
    return link(links.fact(tbl, record["id"], source), f"[{numbers.get(source, '?')}]")


def _middle(start: date, end: date) -> str:
    return (start + (end - start) / 2).isoformat()


def _slot(start: date, end: date, number: int, count: int) -> tuple[date, date]:
    """The ``number``-th of ``count`` equal parts of a period: figures of one period (sources
    that disagree, or a figure and a forecast) are drawn side by side, not over each other."""
    if count <= 1:
        return start, end
    step = (end - start) / count
    return start + step * number, start + step * (number + 1)


def _trade_chart(figures: Sequence[Record]) -> str:
    """The chart of the figures in US dollars with a period; the tables give them all."""
    drawn = [
        f
        for f in figures
        if f["period_end"] is not None and f["currency"] == "USD" and f["value_low"] is not None
    ]
    same_period = Counter((f["flow"], f["period_start"], f["period_end"]) for f in drawn)
    slots: Counter[tuple[Any, ...]] = Counter()
    values = []
    for f in drawn:
        period = (f["flow"], f["period_start"], f["period_end"])
        start, end = _slot(
            f["period_start"] or f["period_end"],
            f["period_end"],
            slots[period],
            same_period[period],
        )
        slots[period] += 1
        low, high = _million(f["value_low"]), _million(f["value_high"] or f["value_low"])
        best = _million(f["value_best"]) if f["value_best"] is not None else None
        values.append(
            {
                "start": iso(start),
                "end": iso(end),
                "middle": _middle(start, end),
                "low": low,
                "high": high,
                "best": best if best is not None else (low or 0) / 2 + (high or 0) / 2,
                "status": f["status"] or "actual",
                "label": f["value_text"] or "",
            }
        )
    if not values:
        return "<p>No dated figure in US dollars to draw.</p>"
    alt = (
        f"Chart of {len(values)} trade figure(s) over their periods, from "
        f"{min(str(v['start']) for v in values)} to {max(str(v['end']) for v in values)}; "
        "the table below gives every figure."
    )
    return (
        f"<figure>{chart_image(trade_spec(values), alt)}<figcaption>Each box spans a"
        " figure's period from its low to its high value; the diamond is its best value."
        " Estimates, forecasts and targets are dashed and paler than actuals; figures of one"
        " period share it side by side.</figcaption>"
        "</figure>"
    )


def _value(f: Record) -> str:
    text = escape(f["value_text"] or "")
    low, high = _million(f["value_low"]), _million(f["value_high"])
    if low is not None:
        span = f"{low:,.1f}" if high in (None, low) else f"{low:,.1f}–{high:,.1f}"
        text += f" <small>({escape(f['currency'] or '')} {span} million"
        if f["value_best"] is not None:
            text += f", best {_million(f['value_best']):,.1f}"
        text += ")</small>"
    if f.get("value_qualifier_words"):
        text += f" <em>{escape(str(f['value_qualifier_words']))}</em>"
    return text


def _trade_section(report: Report, links: Links, numbers: dict[int, int]) -> str:
    figures = sorted(
        report.trade_figures,
        key=lambda f: (f["period_end"] is None, f["figure_group_id"] or 0, f["period_end"] or 0),
    )
    rows, classes, undated = [], [], []
    for f in figures:
        conflict = (
            ' <span class="conflict">sources disagree</span>' if f.get("values_differ") else ""
        )
        period = escape(f["period_label"] or "period not stated")
        row = [
            period,
            escape(f["flow"] or ""),
            _status(f["status"]) + conflict,
            _value(f),
            _source(links, f, "trade_figures", numbers),
        ]
        if f["period_end"] is None:
            undated.append(row)
        else:
            rows.append(row)
            classes.append(f"status-{f['status'] or 'actual'}")
    headers = ["period", "flow", "status", "value", "source"]
    dated = table(headers, rows, "Dated figures", row_classes=classes) if rows else ""
    aside = (
        table(headers, undated, "Figures without a period (not on the chart)")
        if undated
        else "<p>Every figure has a period.</p>"
    )
    return (
        '<section id="trade"><h2>Trade over time</h2><div class="side-by-side"><div>'
        f"{_trade_chart(figures)}{dated}</div><aside>{aside}</aside></div></section>"
    )


def precision(m: Record) -> str:
    """How precisely a meeting's date is known: day, month, year, or year unknown."""
    if m["date_year"] is None:
        return "year unknown"
    if m["date_day"] is not None:
        return "day"
    return "month" if m["date_month"] is not None else "year"


def _official_ids(report: Report) -> dict[str, int]:
    """The report's officials by name, where a name is one official's only: a meeting's
    participants are named, and so link to the official's page."""
    counts = Counter(o["name"] for o in report.officials)
    return {o["name"]: o["id"] for o in report.officials if counts[o["name"]] == 1}


def _who(m: Record, links: Links, officials: dict[str, int]) -> str:
    sides: dict[str, list[str]] = {}
    for p in m["participants"] or []:
        official = officials.get(p["name"])
        href = links.official(official) if official is not None else None
        name = link(href, p["name"]) + (f" ({escape(p['title'])})" if p.get("title") else "")
        sides.setdefault(p.get("side") or "?", []).append(name)
    parts = [f"{escape(side)}: {', '.join(names)}" for side, names in sorted(sides.items())]
    return " met ".join(parts) if parts else "participants not stated"


def _meetings_section(report: Report, links: Links, numbers: dict[int, int]) -> str:
    values, rows, unknown = [], [], []
    officials = _official_ids(report)
    for m in report.meetings:
        kind = precision(m)
        when = escape(date_text(m["date_year"], m["date_month"], m["date_day"]))
        sources = " ".join(
            link(links.article(s), f"[{numbers.get(s, '?')}]") for s in m["attested_by"] or []
        )
        row = [
            when,
            escape(kind),
            _who(m, links, officials),
            escape(m["place"] or ""),
            _source(links, m, "meetings", numbers) + (f" also {sources}" if sources else ""),
        ]
        if kind == "year unknown" or m["date_earliest"] is None:
            unknown.append(row)
            continue
        rows.append(row)
        values.append(
            {
                "earliest": iso(m["date_earliest"]),
                "latest": iso(m["date_latest"]),
                "middle": _middle(m["date_earliest"], m["date_latest"]),
                "precision": kind,
                "label": date_text(m["date_year"], m["date_month"], m["date_day"]),
            }
        )
    headers = ["date", "known to the", "who met whom", "place", "source"]
    chart = (
        "<figure>"
        + chart_image(
            meetings_spec(values),
            f"Timeline of {len(values)} meeting(s) with a known year, one lane per precision"
            " of the date; the table below lists them all.",
        )
        + "<figcaption>A month or a year is drawn as the span it covers.</figcaption></figure>"
        if values
        else "<p>No meeting with a known year.</p>"
    )
    lane = (
        '<div class="lane"><h3>Year unknown</h3>'
        + table(headers, unknown, "Meetings whose year is not known (not on the chart)")
        + "</div>"
        if unknown
        else ""
    )
    return (
        f'<section id="meetings"><h2>Meetings ({len(report.meetings)})</h2>{chart}'
        f"{table(headers, rows, 'Meetings by date') if rows else ''}{lane}</section>"
    )


def _proposals_section(report: Report, links: Links, numbers: dict[int, int]) -> str:
    counts = Counter((p["sector"], p["status"]) for p in report.proposals)
    if not counts:
        return '<section id="proposals"><h2>Proposals</h2><p>None recorded.</p></section>'
    values = [{"group": s, "part": st, "count": n} for (s, st), n in sorted(counts.items())]
    alt = "Bar chart of proposals by sector, stacked by status: " + "; ".join(
        f"{v['group']} {v['part']} {v['count']}" for v in values
    )
    rows = [
        [
            escape(p["sector"]),
            _status(p["status"]),
            escape(p["title"])
            + (f" <small>by {escape(p['proposed_by'])}</small>" if p["proposed_by"] else ""),
            escape(p["amount_text"] or ""),
            _source(links, p, "proposals", numbers),
        ]
        for p in sorted(report.proposals, key=lambda p: (p["sector"], p["status"]))
    ]
    return (
        f'<section id="proposals"><h2>Proposals ({len(report.proposals)})</h2>'
        f"<figure>{chart_image(counts_spec(values, 'Proposals by sector and status'), alt)}"
        "</figure>"
        + table(["sector", "status", "proposal", "amount", "source"], rows, "Proposals")
        + "</section>"
    )


def _people_sections(report: Report, links: Links, numbers: dict[int, int]) -> str:
    def sources(ids: Sequence[int]) -> str:
        return " ".join(link(links.article(s), f"[{numbers.get(s, '?')}]") for s in sorted(ids))

    enterprises = [
        [
            link(links.enterprise(e["id"]), e["name"]),
            escape(e["kind"] or ""),
            escape(e["country"] or ""),
            escape(e["sector"] or ""),
            str(len(e["source_ids"] or [])),
            sources(e["source_ids"] or []),
        ]
        for e in report.enterprises
    ]
    officials = [
        [
            link(links.official(o["id"]), o["name"]),
            escape(o["country"] or ""),
            escape("; ".join(o["titles"] or [])),
            sources(o["source_ids"] or []),
        ]
        for o in report.officials
    ]
    return (
        f'<section id="enterprises"><h2>Enterprises ({len(enterprises)})</h2>'
        + table(
            ["enterprise", "kind", "country", "sector", "articles", "sources"],
            enterprises,
            numeric=[4],
        )
        + f'</section><section id="officials"><h2>Officials ({len(officials)})</h2>'
        + table(["official", "country", "titles", "sources"], officials)
        + "</section>"
    )


def _other_facts(report: Report, links: Links, numbers: dict[int, int]) -> str:
    """Twinning, goods, quantities and statements: short tables, each row linked to its quote."""

    def src(tbl: str, r: Record) -> str:
        if "id" in r:
            return _source(links, r, tbl, numbers)
        return link(links.article(r["source_id"]), f"[{numbers.get(r['source_id'], '?')}]")

    twinning = [
        [
            escape(t["status"] or ""),
            escape(", ".join(t["partners"] or [])),
            escape(str(t["units_count"] or "")),
            escape(date_text(t["date_year"], t["date_month"], t["date_day"])),
            src("twinning_agreements", t),
        ]
        for t in report.twinning
    ]
    goods = [
        [escape(g["direction"] or ""), escape(g["goods"] or ""), src("trade_goods", g)]
        for g in report.trade_goods
    ]
    quantities = [
        [
            escape(q["what"] or ""),
            escape(q["value_text"] or ""),
            _status(q["status"]),
            escape(q["period_label"] or ""),
            src("quantities", q),
        ]
        for q in report.quantities
    ]
    statements = [
        [
            escape(st["kind"] or ""),
            escape(st["speaker"] or st["side"] or ""),
            escape(st["summary"] or st["quote"] or ""),
            src("statements", st),
        ]
        for st in report.statements
    ]
    parts = [
        ("Twinning", ["status", "with", "units", "date", "source"], twinning),
        ("Goods traded", ["direction", "goods", "source"], goods),
        ("Quantities", ["what", "value", "status", "period", "source"], quantities),
        ("Statements", ["kind", "speaker", "summary", "source"], statements),
    ]
    return "".join(
        f'<section id="{title.split()[0].lower()}"><h2>{title} ({len(rows)})</h2>'
        + table(headers, rows)
        + "</section>"
        for title, headers, rows in parts
        if rows
    )


def _sources_section(report: Report, links: Links, numbers: dict[int, int]) -> str:
    items = "".join(
        f'<li value="{numbers[s["id"]]}">'
        + link(links.article(s["id"]), s["title"] or s["file_name"])
        + (f" <small>{escape(s['publisher'])}</small>" if s.get("publisher") else "")
        + "</li>"
        for s in report.sources
    )
    return f'<section id="sources"><h2>Sources</h2><ol>{items}</ol></section>'


def _notes_section(report: Report) -> str:
    """The curators' notes, numbered as the text report's footnotes ``[^N]`` are."""
    from coopdb.reports.notes import report_notes

    notes = report_notes(report)
    if not notes:
        return ""
    items = "".join(f'<li id="note-{n}">{escape(text)}</li>' for n, text in enumerate(notes, 1))
    return f'<section id="notes"><h2>Notes</h2><ol>{items}</ol></section>'


def region_body(report: Report, links: Links) -> str:
    """The report's sections, without the document around them."""
    region = report.region
    numbers = {s["id"]: n for n, s in enumerate(report.sources, start=1)}
    code = f" ({escape(region['iso_code'])})" if region.get("iso_code") else ""
    region_line = "country" if region["kind"] == "country" else what_region(region)
    counts = (
        f"<li>{len(report.meetings)} meetings</li><li>{len(report.trade_figures)} trade figures"
        f"</li><li>{len(report.proposals)} proposals</li><li>{len(report.enterprises)}"
        f" enterprises</li><li>{len(report.sources)} articles</li>"
    )
    return (
        f"{links.crumbs}<header><h1>{escape(region['name'])}{code}</h1>"
        f"<p>{escape(region_line)}</p>"
        f'<ul class="counts">{counts}</ul></header>'
        + _trade_section(report, links, numbers)
        + _meetings_section(report, links, numbers)
        + _proposals_section(report, links, numbers)
        + _people_sections(report, links, numbers)
        + _other_facts(report, links, numbers)
        + _sources_section(report, links, numbers)
        + _notes_section(report)
    )


def region_page(report: Report, articles: Sequence[Article], links: Links) -> str:
    """The whole page; ``articles`` (the report's sources) follow the report when its links
    lead into the page, each with its quotes highlighted at their offsets."""
    embedded = "".join(
        f'<section class="embedded" id="article-{a.id}">'
        f"{article_section(a.page(), prefix=f'a{a.id}-')}</section>"
        for a in articles
    )
    return document(
        f"{report.region['name']}: coopdb report", region_body(report, links) + embedded
    )


def report_html(conn: psycopg.Connection[Any], region: str) -> str:
    """``coopdb report REGION --format html``: the page with the region's articles in it,
    read inside the caller's snapshot.

    Example:

        with connect(target) as conn, snapshot(conn):
            Path("kursk.html").write_text(report_html(conn, "kursk"), encoding="utf-8")
    """
    from coopdb.html.site_data import articles
    from coopdb.reports.lookup import find_region
    from coopdb.reports.queries import region_report

    report = region_report(conn, find_region(conn, region))
    found = articles(conn, [s["id"] for s in report.sources])
    return region_page(report, found, standalone_links(found))
