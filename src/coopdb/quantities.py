"""Counted things as texts write them ("150 tractors", "over 30 units", "will exceed 60 units",
"5 million tonnes", "a dozen agreements"): bounds by the same qualifier words and bound rule as
money (``coopdb.amounts``), and the noun as written.

Money and percentages are refused here so that each kind of number goes through the parser
that knows its unit: a quantity is a number of things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from coopdb.amounts import (
    LEAD,
    NUMBER,
    QUALIFIER,
    SCALE,
    WORD_NUMBERS,
    names_currency,
    range_bounds,
    shown,
)
from coopdb.vocabulary import Qualifier

_WORD = r"[^\W\d_][\w'’.-]*"
_QUANTITY = re.compile(
    rf"""^\s*{LEAD}
    (?:(?P<qualifier>{QUALIFIER})\s+)?
    (?:(?P<rangeword>from|between)\s+)?
    (?P<low>{NUMBER})(?:\s*(?P<lowscale>{SCALE}))?
    (?:\s*(?P<sep>-|–|—|\bto\b|\band\b)\s*(?P<high>{NUMBER})(?:\s*(?P<highscale>{SCALE}))?)?
    (?:\s+(?P<unit>{_WORD}(?:\s+{_WORD})*))?
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_A_UNIT = re.compile(rf"^(?:{'|'.join(WORD_NUMBERS)}|{SCALE}|and)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number of things as bounds (an open bound is None), with the noun as written.

    ``unit_words`` is None when the text names no noun ("a dozen"); the curator's singular
    ``unit`` field says what is counted.
    """

    low: Decimal | None
    high: Decimal | None
    best: Decimal
    qualifier: Qualifier
    qualifier_words: str | None
    unit_words: str | None
    text: str


def _refuse_money(text: str) -> None:
    """Money and percentages have their own parsers; say so rather than count dollars."""
    if re.search(r"%|\bper\s*cent\b|\bpct\b", text, re.IGNORECASE):
        raise ValueError(f"{shown(text)} is a percentage, not a quantity")
    if names_currency(text):
        raise ValueError(f"{shown(text)} is money: write it as an amount, not a quantity")


def parse_quantity(text: str) -> Quantity:
    """Parse a counted quantity as written; raise ValueError with what is wrong."""
    _refuse_money(text)
    match = _QUANTITY.match(text)
    if not match:
        raise ValueError(
            f"{shown(text)} is not a quantity as this loader reads it"
            " (e.g. '150 tractors', 'over 30 units', 'a dozen agreements')"
        )
    unit = match["unit"]
    if unit and _NOT_A_UNIT.match(unit):
        raise ValueError(f"{shown(text)}: write the number in one form ('150', not words after it)")
    bounds = range_bounds(match, text)
    return Quantity(
        bounds.low,
        bounds.high,
        bounds.best,
        bounds.qualifier,
        bounds.qualifier_words,
        " ".join(unit.split()) if unit else None,
        text,
    )
