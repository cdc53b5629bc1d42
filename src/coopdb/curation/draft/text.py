"""An article's text as spans: lines, page furniture, the headline and sentences.

Every span keeps its offsets into the text as received, so whatever a finder quotes is an
exact substring and a quote's occurrence can be counted the way ``coopdb check`` finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopdb.vocabulary import SkipReason


@dataclass(frozen=True)
class Span:
    """Characters ``start``..``end`` of the text, and what they say."""

    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def span(body: str, start: int, end: int) -> Span:
    """The span of ``body`` from ``start`` to ``end``, trimmed of white space."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end, body[start:end])


def occurrence(body: str, quote: Span) -> int:
    """Which occurrence of its words ``quote`` is, as ``coopdb check`` counts them."""
    count, at = 0, -1
    while True:
        at = body.find(quote.text, at + 1)
        if at < 0 or at > quote.start:
            return max(count, 1)
        count += 1
        if at == quote.start:
            return count


@dataclass(frozen=True)
class Skipped:
    """A line that is not prose, and why."""

    line: Span
    reason: SkipReason


_BULLET_LINE = re.compile(r"^[\s\-–—•·*|/\d:.,]+$")
"""Counters, bullets and times: "- 1", "• 11", "• 7:54"."""
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")
_TERMINAL = re.compile(r"[.!?…\"”»“:;)]\s*$")
_BOILERPLATE = re.compile(
    r"^(?:BelTA|Sputnik|TASS|Interfax|president\.gov\.by|Official Internet Portal)\b.{0,60}$"
    r"|^(?:Print version|Font size|Share|Subscribe|Tags?|Read also|Photo)\b.{0,40}$",
    re.IGNORECASE,
)


def lines(body: str) -> list[Span]:
    """The non-blank lines of the text."""
    found = []
    for match in re.finditer(r"[^\n]+", body):
        line = span(body, match.start(), match.end())
        if line.text:
            found.append(line)
    return found


def _words(text: str) -> int:
    return len(text.split())


def _menu_line(line: Span, latin_article: bool) -> bool:
    """A line of a re-host's menu: Cyrillic words in an article written in Latin letters."""
    text = line.text
    return latin_article and bool(_CYRILLIC.search(text)) and not _LATIN.search(text)


def furniture(body: str) -> list[Skipped]:
    """Lines that are not prose: counters and bullets, a menu in another script, the outlet's
    boilerplate, short unpunctuated lines after the last paragraph, and a paragraph printed
    again (its facts are the first printing's)."""
    all_lines = lines(body)
    latin_article = len(_LATIN.findall(body)) > len(_CYRILLIC.findall(body))
    skipped: list[Skipped] = []
    prose = [line for line in all_lines if _TERMINAL.search(line.text) and _words(line.text) > 6]
    last_prose = prose[-1].end if prose else -1
    seen: set[str] = set()
    for line in all_lines:
        if line.text in seen and _words(line.text) > 6:
            skipped.append(Skipped(line, "repeated"))
        seen.add(line.text)
        if skipped and skipped[-1].line == line:
            continue
        page_date = re.fullmatch(r"[0-3]\d\.[01]\d\.(?:19|20)\d\d", line.text)
        if (_BULLET_LINE.match(line.text) and not page_date) or _menu_line(line, latin_article):
            skipped.append(Skipped(line, "furniture"))
        elif _BOILERPLATE.match(line.text) or (
            line.start > last_prose and _words(line.text) <= 8 and not _TERMINAL.search(line.text)
        ):
            skipped.append(Skipped(line, "boilerplate"))
    return skipped


def headline(body: str, skipped: list[Skipped]) -> Span | None:
    """The first line that is not furniture, when it reads as a headline (no closing
    punctuation, 3 to 25 words) and more text follows it."""
    furniture_starts = {s.line.start for s in skipped}
    prose = [line for line in lines(body) if line.start not in furniture_starts]
    if len(prose) < 2:
        return None
    first = prose[0]
    if _TERMINAL.search(first.text) or not 3 <= _words(first.text) <= 25:
        return None
    return first


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’)]*(?=\s+[\"“«‘(]?[A-ZА-ЯЁ0-9])|\n")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bDr|\bSt|\bNo|\bvs|\bJr|\bCo|\bInc|\bLtd)\.$")


def sentences(body: str) -> list[Span]:
    """Sentences (and lines without a sentence end), with their offsets."""
    found: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        end = match.end()
        if match.group() != "\n" and _ABBREVIATION.search(body[start:end].rstrip('"”»’)')):
            continue
        piece = span(body, start, end)
        if piece.text:
            found.append(piece)
        start = end
    tail = span(body, start, len(body))
    if tail.text:
        found.append(tail)
    return found


def sentence_of(sentence_spans: list[Span], at: Span) -> Span:
    """The sentence holding ``at`` (or ``at`` itself when none does)."""
    for sentence in sentence_spans:
        if sentence.start <= at.start < sentence.end:
            return sentence
    return at
