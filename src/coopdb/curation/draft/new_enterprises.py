"""New enterprises a text names by the genre's patterns: legal forms ("OAO “Grodno Azot”"),
"… Plant" and "… Works", brand-like words, and the other items of a list that holds a known one."""

from __future__ import annotations

import re
from typing import Any

from coopdb.curation.draft.entities import LIST
from coopdb.curation.draft.proposed import NOT_NAME, Proposed, overlaps_any, slug
from coopdb.curation.draft.text import Span, span

_BRAND_PARTS = (
    "atom", "gaz", "neft", "prom", "mash", "agro", "stroy", "stroi", "zavod", "bank", "energo",
    "khim", "azot", "traktor", "stanok", "motor", "kabel", "trolleybus", "gok", "shina",
    "steklo", "mebel", "pribor", "agregat", "tekstil", "trikotazh", "elektro",
)  # fmt: skip
"""Parts of Belarusian and Russian company names ("Gomselmash", "Grodno Azot", "Rosatom")."""
_LEGAL = r"(?:OAO|OJSC|JSC|ZAO|CJSC|PJSC|OOO|LLC|PAO|AO)"
_ORG_NOUNS = r"(?:company|enterprise|plant|factory|holding|concern|corporation|landscaper|group)"
_ENTERPRISE_PATTERNS = (
    re.compile(
        rf"\b{_LEGAL}\s+(?:[“\"«][^”\"»\n]{{2,40}}[”\"»]|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})"
    ),
    re.compile(r"\b(?:[A-Z][\w-]*\s+){1,4}(?:Plant|Works|Factory|Combine|Mill|Holding|Concern)\b"),
    re.compile(
        r"\b[A-Z][a-z]+(?:sky|skiy|sk|ov|ev|in)\s+(?:[a-z]+\s+){1,4}?(?:plant|factory|works|combine|mill)\b"
    ),
    re.compile(r"\b(?:[A-Z][a-z]+\s+)?Ministry(?:\s+of\s+[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?)?"),
    re.compile(r"\b(?:[A-Z][a-z]+\s+)(?:City Hall|(?:City|Regional|Oblast) Executive Committee)"),
    re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}special economic zone\b"),
    re.compile(rf"\bthe (?P<n>[A-Z][\w-]+)(?=\s+(?:city\s+)?{_ORG_NOUNS}\b)"),
    re.compile(rf"\b{_ORG_NOUNS} (?P<n>[A-Z][\w-]+)"),
    re.compile(r"(?<![.!?]\s)(?<!^)\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{2,}\b", re.M),
    re.compile(rf"\b[A-Z][a-z]*(?:{'|'.join(_BRAND_PARTS)})[a-z]{{0,4}}\b"),
    re.compile(r"\b[A-Z][a-z]+\s+(?:Azot|Neft|Energo|Khimvolokno|Steklovolokno)\b"),
)
_ACRONYMS = frozenset(
    {"CIS", "EU", "EAEU", "EAEC", "USA", "UN", "GDP", "SEZ", "CEO", "NPP", "UAE", "BelTA", "TASS"}
    | {"USD", "EUR", "RUB", "BYN", "VAT", "IT", "SCO", "BRICS", "CSTO", "OK"}
    | {"OAO", "OJSC", "JSC", "ZAO", "CJSC", "PJSC", "OOO", "LLC", "PAO", "AO"}
)
_LIST_CONTEXT = re.compile(
    r"(?:brands?|companies|enterprises|manufacturers|producers|firms|such as|including)"
    r"(?:\s+(?:such as|like|as))?\s*$",
    re.IGNORECASE,
)
_LEGAL_PREFIX = re.compile(rf"^{_LEGAL}\s+[“\"«]?|[”\"»]$")


def _enterprise(body: str, hit: Span, quote: Span) -> Proposed | None:
    name = _LEGAL_PREFIX.sub("", hit.text).strip()
    words = name.split()
    if not words or (words[0].lower() in NOT_NAME - {"minsk"} and len(words) == 1):
        return None
    key = slug(name)
    entry: dict[str, Any] = {"key": key, "name": hit.text, "kind": "company", "country": "BY"}
    if hit.text != name:
        entry["aliases"] = [name]
    if "Ministry" in hit.text or "City Hall" in hit.text or "Committee" in hit.text:
        entry["kind"] = "state_body"
    elif "economic zone" in hit.text:
        entry["kind"] = "other"
    return Proposed("enterprise", key, hit, quote, entry)


def _list_items(body: str, known_taken: list[Span]) -> list[tuple[Span, Span]]:
    """Items of name lists that follow "brands such as" or hold a known enterprise."""
    items = []
    for match in LIST.finditer(body):
        whole = span(body, match.start(), match.end())
        context = body[max(0, match.start() - 40) : match.start()]
        if not (_LIST_CONTEXT.search(context) or overlaps_any(whole, known_taken)):
            continue
        for item in re.finditer(r"[A-ZА-Я][\w.-]*(?:\s+[A-ZА-Я][\w.-]*)?", whole.text):
            text = item.group().rstrip(".")
            if text.lower() == "and" or len(text) < 2:
                continue
            start = whole.start + item.start()
            items.append((Span(start, start + len(text), text), whole))
    return items


def _blocked(hit: Span, taken: list[Span], regions: list[Span]) -> bool:
    """Overlapping a name already found, or cutting through a region's name ("Minsk" inside
    "Minsk Motor Plant" is part of the name, not a region)."""
    if any(hit.overlaps(t) for t in taken if not any(t == r for r in regions)):
        return True
    return any(hit.overlaps(r) and not hit.contains(r) for r in regions)


def enterprise_candidates(
    body: str, taken: list[Span], known_enterprises: list[Span], regions: list[Span]
) -> list[Proposed]:
    hits: list[tuple[Span, Span]] = []
    for pattern in _ENTERPRISE_PATTERNS:
        for match in pattern.finditer(body):
            group = "n" if "n" in pattern.groupindex and match["n"] else 0
            hit = span(body, match.start(group), match.end(group))
            hits.append((hit, hit))
    hits += _list_items(body, known_enterprises)
    found: list[Proposed] = []
    for hit, quote in sorted(hits, key=lambda h: (-len(h[0].text), h[0].start)):
        if _blocked(hit, taken, regions) or hit.text.lower() in NOT_NAME:
            continue
        if hit.text in _ACRONYMS:
            continue
        proposed = _enterprise(body, hit, quote)
        if proposed is None or any(p.key == proposed.key for p in found):
            continue
        found.append(proposed)
        taken.append(hit)
    return sorted(found, key=lambda p: p.name.start)
