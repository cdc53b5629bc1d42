"""A skeleton meeting when a sentence says who met whom, with the known participants."""

from __future__ import annotations

import re
from typing import Any

from coopdb.curation.draft.entities import name_hits, official_quote, post_of
from coopdb.curation.draft.known import Known
from coopdb.curation.draft.text import Span
from coopdb.curation.draft.values import Value

_MET = re.compile(
    r"\b(?:met|meets|meeting|talks|negotiations|held\s+talks|discussed|have\s+discussed|"
    r"has\s+discussed|received|visit)\b",
    re.IGNORECASE,
)


def _participants(body: str, known: Known, sentence: Span) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    for kind, key, hit in name_hits(body, known):
        if (
            kind != "official"
            or not sentence.contains(hit)
            or any(p["official"] == key for p in people)
        ):
            continue
        official = known.official(key)
        if official is None or official.country not in ("BY", "RU"):
            continue
        quote = official_quote(body, sentence, hit)
        person: dict[str, Any] = {"official": key, "post": post_of(known, official, quote.text)}
        person |= {"side": official.country, "quote": quote.text, "pending": True}
        people.append({k: value for k, value in person.items() if value is not None})
    return people


def skeleton_meeting(
    body: str,
    known: Known,
    sentences: list[Span],
    dates: list[Value],
    hidden: list[Span],
    suffix: str,
) -> tuple[dict[str, Any], Span] | None:
    """The first sentence that says people met (most participants first) as a meeting with
    its participants and, when the sentence gives one, its date; None when there is none."""
    best: tuple[int, Span, list[dict[str, Any]]] | None = None
    for sentence in sentences:
        if any(h.contains(sentence) for h in hidden) or not _MET.search(sentence.text):
            continue
        people = _participants(body, known, sentence)
        if people and (best is None or len(people) > best[0]):
            best = (len(people), sentence, people)
    if best is None:
        return None
    _count, sentence, people = best
    surnames = [str(p["official"]).rsplit("-", 1)[-1] for p in people]
    meeting: dict[str, Any] = {"key": "-".join([*surnames, suffix])}
    date = next((d for d in dates if sentence.contains(d.text)), None)
    if date is not None:
        meeting["date"] = {"value": date.value, "basis": "stated"}
    quote = sentence.text.rstrip(".")
    meeting |= {"quote": quote, "pending": True, "participants": people}
    return meeting, Span(sentence.start, sentence.start + len(quote), quote)
