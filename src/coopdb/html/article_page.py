"""An article as one HTML page, each fact's quote highlighted at its offsets.

The page is built from plain data (``ArticlePage``: the text, the highlights with their
offsets, the sentence marks), so the curated files (``coopdb curate review``) and the
database (the site's article pages) draw the same page. Quotes may nest or overlap: the text
is cut at every quote's and sentence's edge into segments, and each segment is one element
that lists every fact covering it, so the text inside ``<div class="text">`` concatenated
is the article exactly, offsets included.

Texts are hostile input: every text and attribute goes through ``html.escape``; a citation
becomes a link only when it is an ``http(s)`` url. The page carries a Content-Security-Policy
that allows nothing but its own inline style and script (by their hashes), so it makes no
network request, wherever it is opened.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from itertools import pairwise
from typing import Literal

SentenceState = Literal["covered", "skipped", "uncovered"]

KINDS: dict[str, tuple[str, str, str]] = {
    "title": ("title", "#e5e7eb", "#4b5563"),
    "officials": ("official mentioned", "#dbeafe", "#1d4ed8"),
    "enterprises": ("enterprise mentioned", "#fef3c7", "#b45309"),
    "meetings": ("meeting", "#ede9fe", "#6d28d9"),
    "participants": ("meeting participant", "#fae8ff", "#a21caf"),
    "proposals": ("proposal", "#dcfce7", "#15803d"),
    "trade_figures": ("trade figure", "#ffedd5", "#c2410c"),
    "trade_goods": ("traded goods", "#fce7f3", "#be185d"),
    "twinning": ("twinning", "#cffafe", "#0e7490"),
    "attestations": ("attestation", "#e0e7ff", "#4338ca"),
    "quantities": ("quantity", "#fef9c3", "#a16207"),
    "statements": ("statement", "#d1fae5", "#047857"),
    "dates": ("date", "#f1f5f9", "#334155"),
}
"""Each kind of fact: its name in the legend, its background and its edge colour (dark text
on every background has a contrast of at least 7:1)."""
OTHER_KIND = ("fact", "#f5f5f4", "#44403c")

_LINK = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Highlight:
    """One fact's quote: ``body[start:end]``, with what to show beside it."""

    id: str
    """Unique on the page (letters, digits, ``-`` and ``_``)."""
    kind: str
    label: str
    start: int
    end: int
    fields: Sequence[tuple[str, str]] = ()
    pending: bool = False
    links: Sequence[str] = ()


@dataclass(frozen=True)
class SentenceMark:
    start: int
    end: int
    state: SentenceState
    note: str | None = None
    names_only: bool = False
    """Covered only by quotes that name or date (a fact may still be missing)."""


@dataclass(frozen=True)
class ArticlePage:
    title: str
    body: str
    highlights: Sequence[Highlight] = ()
    sentences: Sequence[SentenceMark] = ()
    details: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """Lines of the page's header (article file, counts)."""


def kind_class(kind: str) -> str:
    """The css class of a kind of fact (``k-other`` for a kind the page has no colour for)."""
    return "k-" + (kind if kind in KINDS else "other")


def _kind_info(kind: str) -> tuple[str, str, str]:
    return KINDS.get(kind, OTHER_KIND)


_NOT_ID = re.compile(r"[^A-Za-z0-9_-]")


@lru_cache(maxsize=65536)
def _id(text: str) -> str:
    """A fact's id as an HTML id; cached, as each fact's id is written several times per
    segment it covers (a long page asks for it hundreds of thousands of times)."""
    return _NOT_ID.sub("_", text)


@dataclass
class _Segment:
    start: int
    end: int
    facts: list[Highlight]
    starting: list[Highlight]
    sentence: int | None


def _segments(page: ArticlePage) -> Iterator[_Segment]:
    """The text cut at every edge; each piece with the quotes over it, innermost first."""
    size = len(page.body)
    starts: dict[int, list[Highlight]] = defaultdict(list)
    edges = {0, size}
    for h in page.highlights:
        start, end = max(0, min(h.start, size)), max(0, min(h.end, size))
        if start < end:
            starts[start].append(h)
            edges.update((start, end))
    sentence_at: dict[int, int] = {}
    for number, mark in enumerate(page.sentences):
        edges.update((max(0, min(mark.start, size)), max(0, min(mark.end, size))))
        sentence_at[mark.start] = number
    ordered = sorted(edges)
    active: list[Highlight] = []
    sentence: int | None = None
    for start, end in pairwise(ordered):
        active = [h for h in active if h.end > start] + starts.get(start, [])
        if start in sentence_at:
            sentence = sentence_at[start]
        elif sentence is not None and page.sentences[sentence].end <= start:
            sentence = None
        inner = sorted(active, key=lambda h: (h.end - h.start, h.start))
        yield _Segment(start, end, inner, starts.get(start, []), sentence)


def _mark(page: ArticlePage, segment: _Segment) -> str:
    text = escape(page.body[segment.start : segment.end])
    anchors = "".join(f'<span class="anchor" id="q-{_id(h.id)}"></span>' for h in segment.starting)
    if not segment.facts:
        return anchors + text
    first = segment.facts[0]
    classes = ["q", kind_class(first.kind)]
    if any(h.pending for h in segment.facts):
        classes.append("pending")
    if len(segment.facts) > 1:
        classes.append("multi")
    ids = " ".join(_id(h.id) for h in segment.facts)
    described = " ".join(f"fact-{_id(h.id)}" for h in segment.facts)
    title = "; ".join(
        f"{_kind_info(h.kind)[0]} {h.label}{' (pending)' if h.pending else ''}"
        for h in segment.facts
    )
    focus = ' tabindex="0"' if segment.starting else ""
    return (
        f'{anchors}<mark class="{" ".join(classes)}" data-facts="{ids}"'
        f' data-start="{segment.start}" data-end="{segment.end}"{focus}'
        f' aria-describedby="{described}" title="{escape(title)}">{text}</mark>'
    )


def _text_html(page: ArticlePage) -> str:
    """The article text: sentence spans around segment marks, the body exactly."""
    out: list[str] = []
    open_sentence: int | None = None
    for segment in _segments(page):
        if segment.sentence != open_sentence:
            if open_sentence is not None:
                out.append("</span>")
            if segment.sentence is not None:
                mark = page.sentences[segment.sentence]
                note = f' title="{escape(mark.note)}"' if mark.note else ""
                weak = " s-names" if mark.names_only else ""
                out.append(
                    f'<span class="s s-{mark.state}{weak}" id="s-{segment.sentence}"'
                    f' data-state="{mark.state}"{note}>'
                )
            open_sentence = segment.sentence
        out.append(_mark(page, segment))
    if open_sentence is not None:
        out.append("</span>")
    return "".join(out)


def _fact_card(page: ArticlePage, h: Highlight) -> str:
    name, _, _ = _kind_info(h.kind)
    pending = ' <strong class="badge">pending review</strong>' if h.pending else ""
    rows = "".join(f"<dt>{escape(key)}</dt><dd>{escape(value)}</dd>" for key, value in h.fields)
    links = "".join(
        f'<li><a href="{escape(url)}">{escape(url)}</a></li>'
        if _LINK.match(url)
        else f"<li>{escape(url)}</li>"
        for url in h.links
    )
    quote = page.body[max(0, h.start) : max(0, h.end)]
    classes = f"fact {kind_class(h.kind)}{' pending' if h.pending else ''}"
    return (
        f'<li class="{classes}" id="fact-{_id(h.id)}">'
        f'<a class="jump" href="#q-{_id(h.id)}"><span class="kind">{escape(name)}</span>'
        f" {escape(h.label)}</a>{pending}"
        f'<blockquote class="quote">{escape(quote)}</blockquote>'
        + (f"<dl>{rows}</dl>" if rows else "")
        + (f'<ul class="links" aria-label="citations">{links}</ul>' if links else "")
        + "</li>"
    )


def _legend(page: ArticlePage, prefix: str = "") -> str:
    used = list(dict.fromkeys(h.kind for h in page.highlights))
    items = [
        f'<li><span class="swatch {kind_class(kind)}"></span>{escape(_kind_info(kind)[0])}</li>'
        for kind in used
    ]
    items += [
        '<li><span class="swatch pending-swatch"></span>pending review (dashed)</li>',
        '<li><span class="swatch s-uncovered"></span>sentence no fact covers</li>',
        '<li><span class="swatch s-skipped"></span>sentence skipped (out of scope)</li>',
        '<li><span class="swatch s-names"></span>sentence covered by names or dates only</li>',
    ]
    return (
        f'<section class="legend" aria-labelledby="{prefix}legend-title">'
        f'<h2 id="{prefix}legend-title">Legend</h2><ul>' + "".join(items) + "</ul></section>"
    )


def _todo(page: ArticlePage) -> str:
    """Links to the uncovered sentences: the list a keyboard reaches them by."""
    items = [
        f'<li><a href="#s-{number}">{escape(page.body[mark.start : mark.end])}</a></li>'
        for number, mark in enumerate(page.sentences)
        if mark.state == "uncovered"
    ]
    if not page.sentences:
        return ""
    body = f"<ol>{''.join(items)}</ol>" if items else "<p>Every sentence is covered or skipped.</p>"
    return (
        '<section class="todo" aria-labelledby="todo-title">'
        f'<h2 id="todo-title">Uncovered sentences ({len(items)})</h2>{body}</section>'
    )


def article_section(page: ArticlePage, prefix: str = "") -> str:
    """The page's content without the document around it: the text, the facts beside it,
    the legend and the uncovered sentences (for a site page to embed with ``PAGE_CSS``).

    ``prefix`` starts the section's own element ids, so several articles can share a page
    (the highlights' ids are the caller's and must be unique already)."""
    details = "".join(
        f"<div><dt>{escape(key)}</dt><dd>{escape(value)}</dd></div>" for key, value in page.details
    )
    cards = "".join(_fact_card(page, h) for h in page.highlights)
    return (
        '<div class="article-page">'
        f'<header><h1>{escape(page.title)}</h1><dl class="details">{details}</dl></header>'
        f"{_legend(page, prefix)}"
        '<div class="columns">'
        f'<article aria-labelledby="{prefix}text-title">'
        f'<h2 id="{prefix}text-title">Article text</h2>'
        f'<div class="text" id="{prefix}text">{_text_html(page)}</div></article>'
        f'<aside aria-labelledby="{prefix}facts-title">'
        f'<h2 id="{prefix}facts-title">Facts ({len(page.highlights)})</h2>'
        f'<ol class="facts">{cards}</ol></aside>'
        f"</div>{_todo(page)}</div>"
    )


def _kind_css() -> str:
    rules = []
    for kind, (_, background, edge) in [*KINDS.items(), ("other", OTHER_KIND)]:
        rules.append(f".{kind_class(kind)}{{background:{background};--edge:{edge}}}")
    return "\n".join(rules)


PAGE_CSS = """
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;
color:#111;background:#fff;line-height:1.55}
body{margin:0 auto;max-width:84rem;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.1rem;margin:1rem 0 .5rem}
.details{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:0;color:#333}
.details div{display:flex;gap:.4rem}.details dt{font-weight:600}.details dd{margin:0}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:2rem}
.text{white-space:pre-wrap;font-size:1.05rem;overflow-wrap:anywhere}
mark.q{color:#111;border-bottom:2px solid var(--edge,#444);padding:0 1px;
border-radius:2px}
mark.q.multi{box-shadow:inset 0 -4px 0 #0006}
mark.q.pending,.fact.pending{outline:2px dashed #7c2d12;outline-offset:1px}
mark.q[tabindex]:focus{outline:3px solid #000;outline-offset:2px}
mark.q.active{outline:3px solid #000}
.s-uncovered{background:#fee2e2;text-decoration:underline wavy #b91c1c;
text-decoration-thickness:1px;text-underline-offset:3px}
.s-uncovered::before{content:"\\25B8";color:#b91c1c;font-weight:700}
.s-skipped{color:#595959;background:#f4f4f4}
.s-names{text-decoration:underline dotted #6b7280;text-underline-offset:4px}
.swatch.s-names{border:2px dotted #6b7280}
.s-skipped mark.q{color:#595959}
.legend ul{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:0}
.swatch{display:inline-block;width:1.1em;height:1.1em;margin-right:.35em;
vertical-align:middle;border:2px solid var(--edge,#555);border-radius:3px}
.pending-swatch{border:2px dashed #7c2d12;background:#fff}
.facts{list-style:none;padding:0;margin:0}
.fact{border-left:6px solid var(--edge,#444);margin:0 0 .6rem;padding:.4rem .6rem;border-radius:3px}
.fact.active{outline:3px solid #000}
.fact .kind{font-weight:700}.fact .jump{color:#111}
.fact blockquote{margin:.3rem 0;font-style:italic;white-space:pre-wrap}
.fact dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:.2rem 0;
font-size:.9rem}.fact dt{font-weight:600}.fact dd{margin:0;overflow-wrap:anywhere}
.badge{background:#7c2d12;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.8rem}
.links{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem;overflow-wrap:anywhere}
a{color:#1e3a8a}a:focus{outline:3px solid #000}
@media (max-width:50rem){.columns{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0}.columns{display:block}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
aside{break-before:page}.fact{break-inside:avoid}mark.q{box-shadow:none}
a{color:#000;text-decoration:none}}
""" + _kind_css()
"""The page's style: a colour per kind of fact, dashed pending facts, print styles."""

PAGE_SCRIPT = """
(function(){document.documentElement.classList.add("js");
var t=document.getElementById("text");if(!t)return;
function show(e,on){var m=e.target.closest?e.target.closest("mark[data-facts]"):null;
if(!m)return;m.getAttribute("data-facts").split(" ").forEach(function(id,i){
var c=document.getElementById("fact-"+id);if(!c)return;c.classList.toggle("active",on);
if(on&&i===0&&e.type==="focusin")c.scrollIntoView({block:"nearest"});});}
t.addEventListener("mouseover",function(e){show(e,true);});
t.addEventListener("mouseout",function(e){show(e,false);});
t.addEventListener("focusin",function(e){show(e,true);});
t.addEventListener("focusout",function(e){show(e,false);});})();
"""
"""Hovering or focusing a quote outlines its facts beside the text (the page works without)."""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {_hash(PAGE_CSS)}; script-src {_hash(PAGE_SCRIPT)};"
    " img-src data:; base-uri 'none'; form-action 'none'"
)
"""Nothing but the page's own style and script: no request leaves the page."""


def render_article_page(page: ArticlePage) -> str:
    """The whole self-contained HTML document of one article."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(page.title)}</title><style>{PAGE_CSS}</style></head>"
        f"<body><main>{article_section(page)}</main>"
        f"<script>{PAGE_SCRIPT}</script></body></html>\n"
    )
