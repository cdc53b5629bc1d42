"""A skeleton meeting when a sentence says who met whom, with the participants found."""

from __future__ import annotations

import re
from typing import Any

from coopdb.curation.draft.entities import (
    Mention,
    name_hits,
    name_pattern,
    official_quote,
    post_of,
)
from coopdb.curation.draft.known import Known
from coopdb.curation.draft.proposed import Proposed
from coopdb.curation.draft.text import Span
from coopdb.curation.draft.values import Value

_STRONG = re.compile(
    r"\b(?:met|meets|meeting|talks|negotiations|held\s+talks|had\s+a\s+meeting)\b", re.I
)
_WEAK = re.compile(r"\b(?:discussed|received|visit|visited)\b", re.I)


def _person(known: Known, key: str, quote: Span) -> dict[str, Any] | None:
    official = known.official(key)
    if official is None or official.country not in ("BY", "RU"):
        return None
    person: dict[str, Any] = {"official": key, "post": post_of(known, official, quote.text)}
    person |= {"side": official.country, "quote": quote.text, "pending": True}
    return {k: value for k, value in person.items() if value is not None}


def _country(known: Known, entry: Proposed) -> str | None:
    """A proposed official's country: its entry's, or for a new spelling the entry's own."""
    official = known.official(entry.key) if entry.alias else None
    return official.country if official else entry.entry.get("country")


def _proposed_people(
    body: str, known: Known, proposed: list[Proposed], sentence: Span
) -> list[dict[str, Any]]:
    """Proposed officials the sentence names (their meeting waits on their entries)."""
    people: list[dict[str, Any]] = []
    for entry in proposed:
        country = _country(known, entry)
        if entry.kind != "official" or country not in ("BY", "RU"):
            continue
        for match in name_pattern(entry.name.text).finditer(body, sentence.start, sentence.end):
            hit = Span(match.start(), match.end(), match.group())
            quote = official_quote(body, sentence, hit)
            person: dict[str, Any] = {"official": entry.key, "post": entry.post}
            person |= {"side": country, "quote": quote.text, "pending": True}
            people.append({k: v for k, v in person.items() if v is not None})
            break
    return people


def _participants(body: str, known: Known, sentence: Span) -> list[dict[str, Any]]:
    """The known officials the sentence names, each quoted with their title there."""
    people: list[dict[str, Any]] = []
    for kind, key, hit in name_hits(body, known):
        if kind != "official" or not sentence.contains(hit):
            continue
        if any(p["official"] == key for p in people):
            continue
        person = _person(known, key, official_quote(body, sentence, hit))
        if person is not None:
            people.append(person)
    return people


def _other_side(
    known: Known, people: list[dict[str, Any]], mentions: list[Mention], proposed: list[Proposed]
) -> list[dict[str, Any]]:
    """A meeting has two sides: when the sentence names one, the article's first official of
    the other side (quoted where the article names them) joins it."""
    sides = {p["side"] for p in people}
    others: list[dict[str, Any]] = []
    for mention in mentions:
        if mention.kind == "official":
            person = _person(known, mention.key, mention.quote)
            others += [person] if person is not None else []
    for entry in proposed:
        country = _country(known, entry)
        if entry.kind == "official" and country in ("BY", "RU"):
            person = {"official": entry.key, "post": entry.post, "side": country}
            person |= {"quote": entry.quote.text, "pending": True}
            others.append({k: v for k, v in person.items() if v is not None})
    for person in others:
        if person["side"] not in sides and all(p["official"] != person["official"] for p in people):
            people.append(person)
            sides.add(person["side"])
    return people


def _score(sentence: Span, people: list[dict[str, Any]], dated: bool) -> tuple[int, ...]:
    """Both sides named first, then a meeting word, then a date."""
    return (len(people) >= 2, bool(_STRONG.search(sentence.text)), dated, len(people))


def skeleton_meeting(
    body: str,
    known: Known,
    sentences: list[Span],
    found: tuple[list[Value], list[Mention], list[Proposed]],
    hidden: list[Span],
    suffix: str,
) -> tuple[dict[str, Any], Span] | None:
    """The sentence that best says people met (a meeting word, participants, a date) as a
    meeting with its participants and date; None when no sentence says so. Participants may
    be proposed officials: the caller keeps such a meeting apart until they are confirmed."""
    dates, mentions, proposed = found
    best: tuple[tuple[int, ...], Span, list[dict[str, Any]]] | None = None
    for sentence in sentences:
        if any(h.contains(sentence) for h in hidden):
            continue
        if not (_STRONG.search(sentence.text) or _WEAK.search(sentence.text)):
            continue
        people = _participants(body, known, sentence)
        people += _proposed_people(body, known, proposed, sentence)
        dated = any(sentence.contains(d.text) for d in dates)
        score = _score(sentence, people, dated)
        if best is None or score > best[0]:
            best = (score, sentence, people)
    if best is None:
        return None
    sentence, people = best[1], best[2]
    people = _other_side(known, people, mentions, proposed)
    if not people:
        return None
    surnames = [str(p["official"]).rsplit("-", 1)[-1] for p in people]
    meeting: dict[str, Any] = {"key": "-".join([*surnames, suffix])}
    date = next((d for d in dates if sentence.contains(d.text)), None)
    if date is not None:
        meeting["date"] = {"value": date.value, "basis": "stated"}
        if date.flag:
            meeting["date"]["note"] = date.flag
    quote = sentence.text.rstrip(".")
    meeting |= {"quote": quote, "pending": True, "participants": people}
    return meeting, Span(sentence.start, sentence.start + len(quote), quote)
