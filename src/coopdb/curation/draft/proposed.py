"""A name the shared files do not know yet, proposed as a new shared entry, and the spelling
rules every kind of candidate shares: keys from names, words that are never a name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from coopdb.curation.draft.text import Span

ProposedKind = Literal["region", "post", "official", "enterprise"]


@dataclass(frozen=True)
class Proposed:
    """A new shared entry: where the text names it, and the entry to paste."""

    kind: ProposedKind
    key: str
    name: Span
    quote: Span
    entry: dict[str, Any]
    post: str | None = None
    alias: bool = False
    """A new spelling of an entry the shared files have (``entry`` holds just the spelling)."""


_CYRILLIC_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        re.findall(
            r"\S+", "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
        ),
        strict=True,
    )
)


def latin(text: str) -> str:
    """Cyrillic letters spelt in Latin ones (the BGN/PCGN way keys are usually spelt)."""
    return "".join(
        (_CYRILLIC_LATIN.get(c.lower(), c).replace("-", "") if c.lower() in _CYRILLIC_LATIN else c)
        if not c.isupper()
        else _CYRILLIC_LATIN.get(c.lower(), c).replace("-", "").capitalize()
        for c in text
    )


def slug(text: str) -> str:
    """A key from a name: lower case, words joined by hyphens, Latin letters and digits
    (Cyrillic spelt in Latin letters)."""
    text = latin(text).casefold().replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


_NOT_NAME_WORDS = (
    "oblast region krai republic federation belarus russia russian belarusian minsk moscow city "
    "district ministry plant works factory company the president governor minister committee "
    "executive council administration chamber hall department agency bank court in on at of and "
    "but this that these kursk soviet union state national january february march april may "
    "june july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday"
)
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
"""Capitalised words that are not a name of their own (places, institutions, months)."""


def overlaps_any(at: Span, spans: list[Span]) -> bool:
    """Whether ``at`` overlaps a name already found."""
    return any(at.overlaps(other) for other in spans)
