"""The document around every page of the region report and the site: one inline style,
no script, and a Content-Security-Policy that admits only that style (by its hash) and
``data:`` images (the charts), so a page makes no request wherever it is opened.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any

from coopdb.html.article_page import PAGE_CSS

SITE_CSS = (
    PAGE_CSS
    + """
nav.crumbs{font-size:.9rem;margin:.3rem 0 1rem}nav.crumbs a{margin-right:1rem}
table.data{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.92rem;width:100%}
table.data th,table.data td{border-bottom:1px solid #d4d4d4;padding:.25rem .5rem;
text-align:left;vertical-align:top}table.data th{background:#f4f4f5}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.status-estimate td,tr.status-forecast td,tr.status-target td,tr.status-allocation td{
font-style:italic;color:#44403c}
.status{display:inline-block;border:1px solid #555;border-radius:3px;padding:0 .3rem;
font-size:.8rem}.status-actual .status{background:#dbeafe;border-color:#1d4ed8}
.status.st-estimate,.status.st-forecast,.status.st-target,.status.st-allocation{
border-style:dashed}
.conflict{background:#fee2e2;color:#7f1d1d;border-radius:3px;padding:0 .3rem;font-size:.8rem}
figure{margin:.5rem 0 1rem}img.chart{max-width:100%;height:auto;border:1px solid #e5e7eb}
figcaption{font-size:.9rem;color:#333}
.side-by-side{display:grid;grid-template-columns:minmax(0,2fr) minmax(18rem,1fr);gap:1.5rem}
.side-by-side aside table.data{font-size:.85rem}
.lane{border-left:4px solid #6d28d9;padding-left:.6rem}
section.embedded{border-top:3px solid #d4d4d4;margin-top:2rem}
.counts{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;padding:0;list-style:none}
@media (max-width:50rem){.side-by-side{grid-template-columns:1fr}}
@media print{nav.crumbs{display:none}img.chart{max-width:100%;break-inside:avoid}
table.data{font-size:.8rem}section.embedded{break-before:page}
a[href^="../"]::after,a[href^="#"]::after{content:""}}
"""
)
"""The article page's style plus the tables, charts, lanes and print rules of the others."""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


POLICY = (
    f"default-src 'none'; style-src {_hash(SITE_CSS)}; img-src data:; base-uri 'none';"
    " form-action 'none'"
)
"""Only the page's own style and its ``data:`` charts: nothing loads, nothing runs."""


def document(title: str, body: str) -> str:
    """A whole self-contained HTML page."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title><style>{SITE_CSS}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    caption: str | None = None,
    numeric: Sequence[int] = (),
    row_classes: Sequence[str] | None = None,
) -> str:
    """A data table; cells are HTML already (the caller escapes text)."""
    head = "".join(
        f'<th scope="col"{" class=num" if i in numeric else ""}>{escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = []
    for n, row in enumerate(rows):
        cls = f' class="{row_classes[n]}"' if row_classes and row_classes[n] else ""
        cells = "".join(
            f"<td{' class=num' if i in numeric else ''}>{cell}</td>" for i, cell in enumerate(row)
        )
        body.append(f"<tr{cls}>{cells}</tr>")
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    rows_html = "".join(body)
    return (
        f'<table class="data">{cap}<thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>'
    )


def link(href: str | None, text: str) -> str:
    """An escaped link, or the escaped text alone when there is nowhere to go."""
    if href is None:
        return escape(text)
    return f'<a href="{escape(href)}">{escape(text)}</a>'


MONTHS = "January February March April May June July August September October November December"


def date_text(year: Any, month: Any, day: Any) -> str:
    """A date as precisely as it is known: "5 December 2017", "March 2022", "15 March, year
    not stated", "date not stated"."""
    month_name = MONTHS.split()[month - 1] if month else None
    if year is None:
        if month_name:
            return (
                f"{day} {month_name}, year not stated" if day else f"{month_name}, year not stated"
            )
        return "date not stated"
    if month_name and day:
        return f"{day} {month_name} {year}"
    return f"{month_name} {year}" if month_name else str(year)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
