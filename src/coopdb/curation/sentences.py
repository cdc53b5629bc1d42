"""An article cut into sentences, with character offsets into its text.

Coverage (``coopdb curate coverage``) asks of each sentence whether a fact's quote touches
it, so the cut must follow the genre of the articles rather than a period followed by a
space: news agency copy is one paragraph a line, headlines and page furniture ("- 1",
"• 11 • 7:54", a site's "Версия для печати" menu) are lines without final punctuation,
and titles ("Mr.", "St."), initials ("A. Lukashenko"), dotted acronyms ("U.S.") and
decimals ("$96.3 million") hold periods that end nothing.

The rules, in order:
- a sentence never crosses a line break, except that a line ending without final
  punctuation is joined to a next line starting in lower case (hard-wrapped text);
- a line that has no letters, or is a site's menu (see ``MENU_LINES``), is one sentence
  of kind ``furniture``; any other line without final punctuation (a headline, a byline) is
  one sentence of kind ``line`` unless it holds sentence ends of its own;
- inside a line, a sentence ends after ``.``, ``!``, ``?`` or ``…`` (a run of them, and the
  closing quotation marks and brackets right after) when whitespace follows and the next
  word does not start in lower case, unless the period ends an abbreviation
  (``ABBREVIATIONS``), a single-letter initial or a dotted acronym (a year's "2017 г." still
  ends one: the city's "г. Минск" does not);
- leading and trailing whitespace is not part of a sentence; a piece with no letter or
  digit is not a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

SentenceKind = Literal["sentence", "line", "furniture"]
"""``sentence``: prose ending in final punctuation; ``line``: a line without it (a
headline, a byline, a last paragraph left open); ``furniture``: a line that is not prose."""

ABBREVIATIONS = frozenset(
    {
        # titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov",
        "sen", "rep", "rev", "hon", "jr", "sr", "st", "mt", "ft",
        # companies and places
        "inc", "ltd", "co", "corp", "bros", "dept", "univ", "ave", "blvd", "rd",
        # months and words of reference
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "p", "pp", "fig", "approx", "est", "vs", "cf", "ca",
        # Russian: towns, streets, years, titles, "and others", "that is"
        "г", "гг", "ул", "пр", "просп", "пл", "д", "обл", "р", "руб", "млн", "млрд", "тыс",
        "им", "т", "е", "др", "проф", "акад", "см", "стр", "с", "долл", "евро", "коп", "ок", "мес",
    }
)  # fmt: skip
"""Words (lower case, without their period) after which a period does not end a sentence."""

MENU_LINES = re.compile(
    r"(?i)^(?:версия для печати|размер шрифта|распечатать|поделиться|печать|print(?: version)?"
    r"|font size|share|subscribe|read more|related news|подписаться|читать также"
    r"|читайте также|новости|news)\b.{0,20}$"
)
"""A site's menu and sharing lines, in the two languages of the sources."""

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)$")
_FINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_HAS_WORD = re.compile(r"\w")
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: ``text == body[start:end]``."""

    start: int
    end: int
    text: str
    kind: SentenceKind


def split_sentences(body: str) -> list[Sentence]:
    """The sentences of an article, in order, with offsets into ``body``."""
    sentences: list[Sentence] = []
    for start, end in _paragraphs(body):
        sentences.extend(_paragraph_sentences(body, start, end))
    return sentences


def _lines(body: str) -> Iterator[tuple[int, int]]:
    """Each line's offsets, without its line break."""
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", body):
        yield start, match.start()
        start = match.end()
    yield start, len(body)


def _paragraphs(body: str) -> Iterator[tuple[int, int]]:
    """Lines, a hard-wrapped line joined to the next when the next starts in lower case."""
    pending: tuple[int, int] | None = None
    for start, end in _lines(body):
        text = body[start:end].strip()
        if pending is not None:
            joined = text[:1].islower() and not _FINAL.search(
                body[pending[0] : pending[1]].rstrip()
            )
            if joined:
                pending = (pending[0], end)
                continue
            yield pending
            pending = None
        if text:
            pending = (start, end)
    if pending is not None:
        yield pending


def _paragraph_sentences(body: str, start: int, end: int) -> Iterator[Sentence]:
    line = body[start:end]
    if is_furniture(line):
        yield _trimmed(body, start, end, "furniture")
        return
    cut = start
    for match in _END.finditer(line):
        stop = start + match.end()
        if _ends_sentence(body, start + match.start(), stop, end):
            piece = _trimmed(body, cut, stop, "sentence")
            if _HAS_WORD.search(piece.text):
                yield piece
            cut = stop
    rest = body[cut:end].strip()
    if _HAS_WORD.search(rest):
        yield _trimmed(body, cut, end, "sentence" if _FINAL.search(rest) else "line")


def is_furniture(line: str) -> bool:
    """A line that is not prose: no letters at all ("- 1", "• 11", "7:54"), or a menu."""
    text = line.strip()
    return bool(text) and (not _HAS_LETTER.search(text) or bool(MENU_LINES.match(text)))


def _ends_sentence(body: str, mark: int, stop: int, limit: int) -> bool:
    """Whether the punctuation at ``body[mark:stop]`` ends a sentence."""
    following = body[stop:limit].lstrip()
    if not following or following[0].islower():
        return not following
    if body[mark] != "." or body[mark:stop].startswith(".."):
        return True
    word = _WORD_BEFORE.search(body[max(0, mark - 40) : mark])
    if word is None:
        return True
    token = word.group(1)
    if "." in token:
        return False  # a dotted acronym: U.S., т.е
    if len(token) == 1 and token.isupper():
        return False  # an initial: A. Lukashenko
    if token in ("г", "гг") and re.search(r"\d\s*$", body[max(0, mark - 60) : mark - len(token)]):
        return True  # "в 2017 г." ends a sentence when the next word is capitalised
    return token.casefold() not in ABBREVIATIONS


def _trimmed(body: str, start: int, end: int, kind: SentenceKind) -> Sentence:
    text = body[start:end]
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return Sentence(start + left, start + right, text[left:right], kind)
