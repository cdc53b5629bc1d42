"""Twinning agreements and traded goods, from the words the genre states them with:
"signed twinning agreements between 20 municipalities", "Major exports of Belarus were tires,
potash fertilizers, footwear"."""

from __future__ import annotations

import re
from typing import Any

from coopdb.curation.draft.text import Span, sentence_of, span
from coopdb.curation.draft.values import Value

_TWIN = re.compile(r"\b(?:twinn?(?:ing|ed|s)?|sister[- ]cit(?:y|ies))\b", re.I)
_SIGNED = re.compile(r"\b(?:signed|have\s+signed|has\s+signed|concluded|are\s+twinned)\b", re.I)
_AGREEING = re.compile(
    r"\b(?:sign|will\s+sign|to\s+sign|to\s+twin|will\s+twin|are\s+to\s+twin)\b", re.I
)
_RENEWED = re.compile(r"\b(?:renew\w*|extend\w*|prolong\w*)\b", re.I)
_UNITS = frozenset({"district", "municipality", "city", "town", "region"})
_GOODS = re.compile(
    r"\b(?P<flow>exports?|imports?|supplies)\b[^.;:]{0,40}?\b(?:were|are|included|include|"
    r"consisted\s+of|such\s+as)\s+(?P<list>[a-z][\w -]*(?:,\s*[a-z][\w -]*)+)",
    re.I,
)


def _status(sentence: str) -> str:
    if _RENEWED.search(sentence):
        return "renewed"
    return "signed" if _SIGNED.search(sentence) else "planned"


def _date(sentence: Span, found: list[Value]) -> dict[str, Any] | None:
    """A day in the sentence, else a stated year, quarter or half."""
    for value in found:
        if value.kind == "date" and sentence.contains(value.text):
            return {"value": value.value, "basis": "stated"}
    for value in found:
        reading = value.period
        if (
            value.kind == "period"
            and sentence.contains(value.text)
            and reading is not None
            and reading.basis == "stated"
            and reading.value
            and "/" not in reading.value
        ):
            return {"value": reading.value, "basis": "stated"}
    return None


def twinning(
    body: str,
    sentences: list[Span],
    hidden: list[Span],
    found: tuple[list[Value], list[tuple[str, Span]]],
    region: str,
    countries: set[str],
) -> list[tuple[dict[str, Any], Span, list[Value]]]:
    """One twinning skeleton per sentence that speaks of twinning: its status from the
    verb, its count from a number of districts or municipalities, its regions as named, and
    the values it uses (so they are not drafted twice). A sentence that only praises
    twinning, with no verb of signing or twinning, drafts none; countries are left out of
    the regions (the parties' regions say more)."""
    values, region_hits = found
    drafted = []
    for sentence in sentences:
        if any(h.contains(sentence) for h in hidden) or not _TWIN.search(sentence.text):
            continue
        if not (_SIGNED.search(sentence.text) or _AGREEING.search(sentence.text)):
            continue
        fields: dict[str, Any] = {"status": _status(sentence.text)}
        used = [q for q in values if q.kind == "quantity" and sentence.contains(q.text)]
        used = [q for q in used if q.unit in _UNITS][:1]
        if used:
            fields["count"] = int(float(used[0].value.split()[0]))
        named = [key for key, hit in region_hits if key not in countries and sentence.contains(hit)]
        if named:
            fields["regions"] = list(dict.fromkeys([region, *named]))
        date = _date(sentence, values)
        if date is not None:
            fields["date"] = date
        quote = sentence.text.rstrip(".")
        drafted.append((fields, Span(sentence.start, sentence.start + len(quote), quote), used))
    return drafted


def trade_goods(body: str, sentences: list[Span], hidden: list[Span]) -> list[dict[str, Any]]:
    """Goods named in a list after "exports … were" or "imports … included"."""
    facts: list[dict[str, Any]] = []
    for match in _GOODS.finditer(body):
        whole = span(body, match.start(), match.end())
        if any(h.contains(whole) for h in hidden):
            continue
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", match["list"])
        goods = [g.strip() for g in items if g.strip() and len(g.split()) <= 4]
        if len(goods) < 2:
            continue
        direction = "imports" if match["flow"].lower().startswith("import") else "exports"
        sentence = sentence_of(sentences, whole)
        quote = sentence.text.rstrip(".")
        quote_span = Span(sentence.start, sentence.start + len(quote), quote)
        facts.append({"direction": direction, "goods": goods, "quote": quote_span})
    return facts
