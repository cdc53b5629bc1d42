"""One article drafted: every finder run over the text, the findings made facts of the
curated format, each marked pending review."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from coopdb.curation.draft import agreements
from coopdb.curation.draft import text as t
from coopdb.curation.draft import values as v
from coopdb.curation.draft.candidates import candidates
from coopdb.curation.draft.entities import Mention, known_mentions, name_hits
from coopdb.curation.draft.known import Known
from coopdb.curation.draft.meeting import skeleton_meeting
from coopdb.curation.draft.proposed import Proposed
from coopdb.periods import parse_period_value, read_period_label

OUTLETS = ("BelTA", "Sputnik", "TASS", "Interfax", "RIA Novosti", "president.gov.by")
_TRADE = re.compile(r"\b(?:trade|turnover|exports?|imports?|exported|imported)\b", re.I)
_FORECAST = re.compile(r"\b(?:expected|forecast|projected|could|will|may|might)\b", re.I)
_TARGET = re.compile(r"\b(?:aim|aims|target|goal|plan|plans|planned|intend|intends)\b", re.I)
_ALLOCATION = re.compile(r"\b(?:earmark\w*|allocat\w*|set aside|budget\w*)\b", re.I)


_LABELS = {
    "money": ("amount of money", "amounts of money"),
    "percentage": ("percentage", "percentages"),
    "change": ("change", "changes"),
    "quantity": ("quantity", "quantities"),
    "period": ("period", "periods"),
    "date": ("date", "dates"),
}
_DRAFTED = {
    "meetings": ("meeting drafted", "meetings drafted"),
    "twinning": ("twinning drafted", "twinnings drafted"),
    "trade_goods": ("list of traded goods drafted", "lists of traded goods drafted"),
    "trade_figures": ("trade figure drafted", "trade figures drafted"),
    "proposals": ("proposal drafted", "proposals drafted"),
    "quantities": ("quantity fact drafted", "quantity facts drafted"),
}


@dataclass
class Draft:
    """A drafted facts file (``doc``) and everything found on the way (for the summary and
    the benchmark): known mentions, proposed shared entries, values, furniture."""

    name: str
    body: str
    doc: dict[str, Any]
    mentions: list[Mention]
    proposed: list[Proposed]
    values: list[v.Value]
    dateline: v.Dateline | None
    skipped: list[t.Skipped]
    attached: set[int] = field(default_factory=set)
    """Starts of the values that a drafted fact holds (the rest are listed as comments)."""
    waiting_meetings: list[dict[str, Any]] = field(default_factory=list)
    """Meetings with a proposed participant: written commented until it is confirmed."""

    def counts(self) -> dict[str, int]:
        """How many of each kind were found and drafted, for the command's summary (each
        label in the singular or plural its count needs)."""
        found: Counter[tuple[str, str]] = Counter()
        for mention in self.mentions:
            found[f"known {mention.kind}", f"known {mention.kind}s"] += 1
        for proposed in self.proposed:
            found[f"proposed {proposed.kind}", f"proposed {proposed.kind}s"] += 1
        for value in self.values:
            found[_LABELS[value.kind]] += 1
        for key, label in _DRAFTED.items():
            found[label] = len(self.doc.get(key) or [])
        found["meeting waiting on proposed officials", "meetings waiting on proposed officials"] = (
            len(self.waiting_meetings)
        )
        found["furniture line skipped", "furniture lines skipped"] = len(self.skipped)
        return {(one if n == 1 else many): n for (one, many), n in found.items() if n}


def _fact(body: str, quote: t.Span, **fields: Any) -> dict[str, Any]:
    """A fact mapping: its fields, its quote (with its occurrence) and the pending mark."""
    fact = {k: val for k, val in fields.items() if val is not None}
    fact["quote"] = quote.text
    occurrence = t.occurrence(body, quote)
    if occurrence > 1:
        fact["occurrence"] = occurrence
    fact["pending"] = True
    return fact


def _visible(spans: list[t.Span], hidden: list[t.Span]) -> list[t.Span]:
    return [s for s in spans if not any(h.contains(s) for h in hidden)]


def _article_region(body: str, known: Known, mentions: list[Mention]) -> str:
    """The Russian region named most often (the first on a tie), else Russia."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        region = known.region(mention.key) if mention.kind == "region" else None
        if region is not None and region.kind != "country" and region.country == "RU":
            counts[region.key] += sum(body.casefold().count(n.casefold()) for n in region.names)
    if counts:
        return counts.most_common(1)[0][0]
    if known.region("russia"):
        return "russia"
    return known.regions[0].key if known.regions else "russia"


def _in(sentence: t.Span, found: list[v.Value], kind: str) -> list[v.Value]:
    return [x for x in found if x.kind == kind and sentence.contains(x.text)]


def _status(sentence: str) -> str | None:
    if _TARGET.search(sentence):
        return "target"
    if _FORECAST.search(sentence):
        return "forecast"
    return None


def _flow(sentence: str) -> str:
    lowered = sentence.lower()
    if "turnover" in lowered or "mutual trade" in lowered:
        return "turnover"
    if "export" in lowered:
        return "exports"
    if "import" in lowered:
        return "imports"
    return "turnover"


def _period(value: v.Value) -> dict[str, Any]:
    reading = value.period
    period: dict[str, Any] = {"label": value.text.text}
    if reading is not None and reading.value and reading.basis == "stated":
        period["value"] = reading.value
    elif reading is not None and reading.months:
        period["months"] = reading.months
    return period


def _compared(value: v.Value, period: dict[str, Any]) -> dict[str, Any]:
    """ "The same period of 2016", resolved against the figure's own period when stated."""
    compared: dict[str, Any] = {"label": value.text.text}
    if "value" in period:
        interval = parse_period_value(str(period["value"]))
        reading = read_period_label(value.text.text, None, same_period_as=interval)
        if reading is not None and reading.value and reading.basis == "stated":
            compared["value"] = reading.value
    return compared


@dataclass
class _Context:
    body: str
    known: Known
    sentences: list[t.Span]
    hidden: list[t.Span]
    found: list[v.Value]
    suffix: str
    region: str
    attached: set[int] = field(default_factory=set)


def _quote_of(ctx: _Context, sentence: t.Span) -> t.Span:
    text = sentence.text.rstrip(".")
    return t.Span(sentence.start, sentence.start + len(text), text)


def _trade_figure(ctx: _Context, sentence: t.Span, money: v.Value, n: int) -> dict[str, Any]:
    quote = _quote_of(ctx, sentence)
    periods = [p for p in _in(sentence, ctx.found, "period") if p.text.start < money.text.end + 80]
    own = next((p for p in periods if "period" not in p.text.text.lower()), None)
    same = next((p for p in periods if "period" in p.text.text.lower()), None)
    change = next(iter(_in(sentence, ctx.found, "change")), None)
    flow = _flow(sentence.text)
    period = _period(own) if own else None
    fields: dict[str, Any] = {"key": f"{ctx.region}-{flow}-{ctx.suffix}-{n}", "flow": flow}
    fields |= {"status": _status(sentence.text), "period": period, "value": money.text.text}
    fields["change"] = change.text.text if change else None
    fields["compared_with"] = _compared(same, period or {}) if same else None
    for used in (money, own, same, change):
        if used is not None:
            ctx.attached.add(used.text.start)
    return _fact(ctx.body, quote, **fields)


def _proposal(ctx: _Context, sentence: t.Span, money: v.Value, n: int) -> dict[str, Any]:
    quote = _quote_of(ctx, sentence)
    words = quote.text.split()
    title = " ".join(words[:18]) + ("…" if len(words) > 18 else "")
    sector = "general" if "general" in ctx.known.sectors or not ctx.known.sectors else None
    ctx.attached.add(money.text.start)
    status = "allocation" if _ALLOCATION.search(sentence.text) else None
    return _fact(
        ctx.body,
        quote,
        key=f"proposal-{ctx.suffix}-{n}",
        title=title,
        sector=sector or ctx.known.sectors[0],
        status="proposed",
        amount=money.text.text,
        amount_status=status,
    )


def _money_facts(ctx: _Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    figures: list[dict[str, Any]] = []
    proposals: list[dict[str, Any]] = []
    for money in ctx.found:
        if money.kind != "money":
            continue
        sentence = t.sentence_of(ctx.sentences, money.text)
        if _TRADE.search(sentence.text):
            figures.append(_trade_figure(ctx, sentence, money, len(figures) + 1))
        else:
            proposals.append(_proposal(ctx, sentence, money, len(proposals) + 1))
    return figures, proposals


def _twinning_facts(ctx: _Context, region_hits: list[tuple[str, t.Span]]) -> list[dict[str, Any]]:
    facts = []
    countries = {r.key for r in ctx.known.regions if r.kind == "country"}
    found = agreements.twinning(
        ctx.body, ctx.sentences, ctx.hidden, (ctx.found, region_hits), ctx.region, countries
    )
    for n, (fields, quote, used) in enumerate(found, 1):
        ctx.attached |= {value.text.start for value in used}
        facts.append(_fact(ctx.body, quote, key=f"twinning-{ctx.suffix}-{n}", **fields))
    return facts


def _quantity_facts(ctx: _Context) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for quantity in ctx.found:
        if quantity.kind != "quantity" or quantity.unit is None:
            continue
        if quantity.text.start in ctx.attached:  # a twinning's count
            continue
        sentence = t.sentence_of(ctx.sentences, quantity.text)
        what = quantity.flag or quantity.unit
        ctx.attached.add(quantity.text.start)
        key = f"{_unit_key(quantity.unit)}-{ctx.suffix}-{len(facts) + 1}"
        facts.append(
            _fact(
                ctx.body,
                _quote_of(ctx, sentence),
                key=key,
                text=quantity.text.text,
                unit=quantity.unit,
                what=what[:1].upper() + what[1:],
                status=_status(sentence.text),
            )
        )
    return facts


def _unit_key(text: str) -> str:
    """A quantity's unit as the first part of its key."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "quantity"


def _values(body: str, sentences: list[t.Span], hidden: list[t.Span]) -> list[v.Value]:
    found = [*v.money(body), *v.percentages(body, sentences), *v.dates(body), *v.periods(body)]
    found += v.quantities(body, [x.text for x in found])
    visible = [x for x in found if not any(h.contains(x.text) for h in hidden)]
    return sorted(visible, key=lambda x: x.text.start)


def _header(
    name: str, body: str, title: t.Span | None, line: v.Dateline | None, region: str
) -> dict[str, Any]:
    doc: dict[str, Any] = {"article": name, "title": title.text if title else None}
    outlet = line.outlet if line and line.outlet in OUTLETS else None
    outlet = outlet or next((o for o in OUTLETS if re.search(rf"\b{re.escape(o)}\b", body)), None)
    if outlet:
        doc["publisher"] = outlet
    if line is not None:
        doc["dateline"] = line.place
        stated: dict[str, Any] = {"value": line.date.value, "basis": "stated"}
        if line.date.flag:
            stated["note"] = line.date.flag
        doc["dateline_date"] = {**stated, "quote": line.quote.text}
    doc["region"] = region
    return doc


def _mentions(body: str, mentions: list[Mention]) -> dict[str, list[dict[str, Any]]]:
    officials = [
        _fact(body, m.quote, official=m.key, post=m.post) for m in mentions if m.kind == "official"
    ]
    enterprises = [
        _fact(body, m.quote, enterprise=m.key) for m in mentions if m.kind == "enterprise"
    ]
    return {"officials": officials, "enterprises": enterprises}


def draft_article(name: str, body: str, known: Known) -> Draft:
    """Draft the facts file of article ``name`` (its text ``body``) against ``known``."""
    skipped = t.furniture(body)
    title = t.headline(body, skipped)
    hidden = [s.line for s in skipped] + ([title] if title else [])
    sentences = t.sentences(body)
    mentions = known_mentions(body, known, sentences, hidden)
    hits = name_hits(body, known)
    proposed = candidates(
        body,
        known,
        sentences,
        [hit for _kind, _key, hit in hits],
        [hit for kind, _key, hit in hits if kind == "enterprise"],
        hidden,
        [hit for kind, _key, hit in hits if kind == "region"],
    )
    inside = [p.name for p in proposed if p.kind == "enterprise"]
    mentions = [m for m in mentions if not any(n.contains(m.name) for n in inside)]
    line = v.dateline(body)
    found = _values(body, sentences, hidden)
    if line is not None:
        found = [x for x in found if not line.quote.contains(x.text)]
    region = _article_region(body, known, mentions)
    suffix = (
        re.sub(r"[^0-9a-f]", "", name.rsplit("_", maxsplit=1)[-1].removesuffix(".txt"))[:8]
        or "draft"
    )
    ctx = _Context(body, known, sentences, hidden, found, suffix, region)
    doc = _header(name, body, title, line, region)
    doc |= _mentions(body, mentions)
    dates = [x for x in found if x.kind == "date"]
    meeting = skeleton_meeting(body, known, sentences, (dates, mentions, proposed), hidden, suffix)
    waiting: list[dict[str, Any]] = []
    if meeting is not None:
        new_keys = {p.key for p in proposed if p.kind == "official"}
        if any(person["official"] in new_keys for person in meeting[0]["participants"]):
            waiting.append(meeting[0])
        else:
            doc["meetings"] = [meeting[0]]
        ctx.attached |= {d.text.start for d in dates if meeting[1].contains(d.text)}
    doc["trade_figures"], doc["proposals"] = _money_facts(ctx)
    doc["trade_goods"] = [
        _fact(body, goods.pop("quote"), **goods)
        for goods in agreements.trade_goods(body, sentences, hidden)
    ]
    doc["twinning"] = _twinning_facts(
        ctx, [(key, hit) for kind, key, hit in hits if kind == "region"]
    )
    doc["quantities"] = _quantity_facts(ctx)
    doc["skip"] = [
        {"quote": s.line.text, **_occurrence(body, s.line), "reason": s.reason} for s in skipped
    ]
    doc = {k: val for k, val in doc.items() if val != []}
    draft = Draft(name, body, doc, mentions, proposed, found, line, skipped, ctx.attached)
    draft.waiting_meetings = waiting
    return draft


def _occurrence(body: str, at: t.Span) -> dict[str, int]:
    n = t.occurrence(body, at)
    return {"occurrence": n} if n > 1 else {}
