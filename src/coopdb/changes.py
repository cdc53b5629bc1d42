"""Changes as texts write them ("rose by more than 15%", "more than doubled", "fell by a third",
"has decreased"), and the prior value they imply.

A change keeps its words as written, a direction, and magnitudes in percent (never negative):
the qualifier classes and bound rule are those of ``coopdb.amounts``. Multipliers become
percentages: N times up is (N-1)·100%, N times down is (1-1/N)·100% ("doubled" +100%,
"tripled" +200%, "halved" and "decreased 2 times" -50%); fractions likewise ("by a third"
33.33%, "by half" 50%, "by a quarter" 25%). A figure that did not change is 0%, exact.
Percentages that do not divide evenly are kept to two decimal places.

The implied prior value (what the figure was before the change) is interval arithmetic on the
value's bounds and the change's bounds: after an increase of p% the prior is V/(1+p/100), after
a decrease V/(1-p/100). A change with no lower bound ("nearly 15%", "has increased") counts as
at least 0%; one with no upper bound ("more than 15%") leaves the matching prior bound open
(None), as does an open bound of the value. Each bound is then rounded outward (the low one
down, the high one up) to the significant digits of the least precise number written in the
value or the change (trailing zeros of a whole number do not count; never fewer than 2).
Numbers written as words and multipliers set no precision. So $96.3 million after +40.5% is
$68.5-68.6 million (96.3/1.405 = 68.54...): a point value gives a point only when the division
comes out even at that precision, otherwise an interval one unit of the last digit wide, which
is the honest reading of two rounded numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import Protocol

from coopdb.amounts import (
    NUMBER,
    QUALIFIER,
    WORD_NUMBERS,
    Bounds,
    alternatives,
    number_value,
    qualified_bounds,
    range_bounds,
    shown,
    significant_digits,
)
from coopdb.vocabulary import ChangeDirection, Qualifier

_DIRECTION_WORDS: dict[str, ChangeDirection] = {
    **dict.fromkeys(
        [
            "rose",
            "rise",
            "rises",
            "rising",
            "risen",
            "grew",
            "grow",
            "grows",
            "growing",
            "grown",
            "growth",
            "increased",
            "increase",
            "increases",
            "increasing",
            "added",
            "adds",
            "gained",
            "gain",
            "gains",
            "climbed",
            "jumped",
            "surged",
            "soared",
            "expanded",
            "higher",
            "doubled",
            "tripled",
            "trebled",
            "quadrupled",
        ],
        "increase",
    ),
    **dict.fromkeys(["went up", "goes up", "go up", "up"], "increase"),
    **dict.fromkeys(
        [
            "fell",
            "fall",
            "falls",
            "falling",
            "fallen",
            "decreased",
            "decrease",
            "decreases",
            "decreasing",
            "declined",
            "decline",
            "declines",
            "declining",
            "dropped",
            "drop",
            "drops",
            "dropping",
            "reduced",
            "reduction",
            "reduce",
            "shrank",
            "shrunk",
            "shrinks",
            "contracted",
            "contraction",
            "slumped",
            "plunged",
            "lower",
            "halved",
        ],
        "decrease",
    ),
    **dict.fromkeys(["went down", "goes down", "down"], "decrease"),
    **dict.fromkeys(["unchanged", "stable", "flat", "the same level"], "unchanged"),
}
"""The words that say which way a figure moved; "up to" and "down to" are not among them."""

_BARE = ("up", "down")
_DIRECTION = re.compile(
    rf"\b(?:{alternatives(w for w in _DIRECTION_WORDS if w not in _BARE)})\b"
    r"|\b(?:up|down)\b(?!\s+to\b)",
    re.IGNORECASE,
)
_PERCENT = r"(?:\s*%|[\s-]*per\s*cent\b|\s+pct\b)"
_BY_QUALIFIER = rf"(?:\bby\s+)?(?:(?P<qualifier>{QUALIFIER})\s+)?(?:by\s+)?"
_PERCENT_FORM = re.compile(
    rf"""{_BY_QUALIFIER}(?:(?P<rangeword>from|between)\s+)?
    (?P<low>{NUMBER}){_PERCENT}?
    (?:\s*(?P<sep>-|–|—|\bto\b|\band\b)\s*(?P<high>{NUMBER}))?{_PERCENT}""",
    re.IGNORECASE | re.VERBOSE,
)
_MULTIPLIERS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 2}
_FOLD_WORDS = alternatives([word for word in WORD_NUMBERS if " " not in word])
_TIMES_FORM = re.compile(
    rf"""{_BY_QUALIFIER}(?:
    (?P<word>{alternatives(_MULTIPLIERS)})\b
    |(?P<fold>{_FOLD_WORDS})fold\b
    |(?P<low>{NUMBER})(?:\s*(?P<sep>-|–|—|\bto\b)\s*(?P<high>{NUMBER}))?
     (?:\s*-?\s*fold\b|\s+times\b))""",
    re.IGNORECASE | re.VERBOSE,
)
_FRACTION_PCT = {
    "a third": Fraction(100, 3),
    "one third": Fraction(100, 3),
    "two thirds": Fraction(200, 3),
    "half": Fraction(50),
    "a half": Fraction(50),
    "one half": Fraction(50),
    "a quarter": Fraction(25),
    "one quarter": Fraction(25),
    "three quarters": Fraction(75),
    "a fifth": Fraction(20),
    "a tenth": Fraction(10),
}
_FRACTION_FORM = re.compile(
    rf"(?:(?P<qualifier>{QUALIFIER})\s+)?\bby\s+(?:(?P<qualifier2>{QUALIFIER})\s+)?"
    rf"(?P<fraction>{alternatives(_FRACTION_PCT)})\b",
    re.IGNORECASE,
)
_EXAMPLES = "(e.g. 'went up 40.5%', 'by more than 15%', 'more than doubled', 'has decreased')"


@dataclass(frozen=True)
class Change:
    """A change as bounds on its magnitude in percent; None is an open bound.

    ``digits`` is the precision of the written magnitude (None for words such as "doubled"),
    which ``implied_prior`` rounds to; ``exact`` maps a stored two-place percentage to the exact
    one it stands for (33.33 to 100/3), so the prior is computed from the words, not the rounding.
    """

    low_pct: Decimal | None
    high_pct: Decimal | None
    best_pct: Decimal | None
    qualifier: Qualifier | None
    qualifier_words: str | None
    text: str
    direction: ChangeDirection
    digits: int | None = None
    exact: tuple[tuple[Decimal, Fraction], ...] = field(default=(), repr=False, compare=False)

    @property
    def signed_exact_pct(self) -> Decimal | None:
        """The signed percentage when the change is one exact number (the v1 ``change_pct``:
        +40.5 for "went up 40.5%", -10 for "fell 10%"), else None."""
        if self.qualifier != "exact" or self.best_pct is None:
            return None
        return -self.best_pct if self.direction == "decrease" else self.best_pct


def _direction(text: str, given: ChangeDirection | None) -> ChangeDirection:
    """The direction the words say, checked against the one given; ValueError when unknown."""
    said = {_DIRECTION_WORDS[" ".join(m[0].lower().split())] for m in _DIRECTION.finditer(text)}
    if len(said) > 1:
        raise ValueError(f"{shown(text)} says more than one direction ({', '.join(sorted(said))})")
    if said and given and given not in said:
        raise ValueError(f"{shown(text)} says {said.pop()}, but the direction given is {given}")
    if said:
        return said.pop()
    if given is None:
        raise ValueError(
            f"{shown(text)} says no direction: add direction: increase, decrease or unchanged"
        )
    return given


def _two_places(pct: Fraction) -> Decimal:
    """A percentage as stored: exact when it is, else to two decimal places."""
    value = Decimal(pct.numerator) / Decimal(pct.denominator)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(Decimal("0.01"), ROUND_HALF_EVEN).normalize()


def _times_pct(factor: Decimal, direction: ChangeDirection, text: str) -> Fraction:
    """A multiplier as an exact percentage: up (N-1)·100, down (1-1/N)·100."""
    if factor <= 1:
        raise ValueError(f"{shown(text)}: a multiplier must be above 1")
    if direction == "increase":
        return (Fraction(factor) - 1) * 100
    return (1 - 1 / Fraction(factor)) * 100


def _times(match: re.Match[str], direction: ChangeDirection, text: str) -> list[Fraction]:
    """The exact percentages of "doubled", "threefold", "1.5-2 times" (one or two)."""
    if match["word"]:
        implied = "decrease" if match["word"].lower() == "halved" else "increase"
        if implied != direction:
            raise ValueError(f"{shown(text)}: '{match['word']}' is not a {direction}")
        factors = [Decimal(_MULTIPLIERS[match["word"].lower()])]
    elif match["fold"]:
        factors = [WORD_NUMBERS[match["fold"].lower()]]
    else:
        factors = [number_value(part, None) for part in (match["low"], match["high"]) if part]
    return [_times_pct(factor, direction, text) for factor in factors]


_Magnitude = tuple[Bounds, int | None, tuple[tuple[Decimal, Fraction], ...]]
"""Bounds as stored, the written precision, and the exact value of each rounded bound."""


def _exactly(words: str | None, pcts: list[Fraction], text: str) -> _Magnitude:
    """Bounds of exact percentages, stored rounded, with the exact values kept aside."""
    stored = [_two_places(pct) for pct in pcts]
    bounds = qualified_bounds(words, stored[0], stored[1] if len(stored) > 1 else None, None, text)
    return bounds, None, tuple(zip(stored, pcts, strict=True))


def _magnitude(text: str, direction: ChangeDirection) -> _Magnitude | None:
    """The one magnitude the text states, with its precision; None when it states none."""
    if re.search(r"percentage\s+points?|p\.\s?p\.", text, re.IGNORECASE):
        raise ValueError(f"{shown(text)}: percentage points are not a percent change")
    found: list[_Magnitude] = []
    for match in _PERCENT_FORM.finditer(text):
        if (match["rangeword"] or "").lower() == "from":
            raise ValueError(f"{shown(text)}: 'from a to b' reads as two levels; write 'by a-b%'")
        found.append((range_bounds(match, text), significant_digits(match[0]), ()))
    for match in _TIMES_FORM.finditer(text):
        found.append(_exactly(match["qualifier"], _times(match, direction, text), text))
    for match in _FRACTION_FORM.finditer(text):
        pct = _FRACTION_PCT[" ".join(match["fraction"].lower().split())]
        found.append(_exactly(match["qualifier"] or match["qualifier2"], [pct], text))
    if len(found) > 1:
        raise ValueError(f"{shown(text)} states more than one change")
    return found[0] if found else None


def parse_change(text: str, direction: ChangeDirection | None = None) -> Change:
    """Parse a change as written; ``direction`` is needed only when the words do not say it.
    Raise ValueError with what is wrong."""
    forms = (_DIRECTION, _PERCENT_FORM, _TIMES_FORM, _FRACTION_FORM)
    if not any(form.search(text) for form in forms):
        raise ValueError(f"{shown(text)} is not a change as this loader reads it {_EXAMPLES}")
    way = _direction(text, direction)
    magnitude = _magnitude(text, way)
    if way == "unchanged":
        if magnitude is not None:
            raise ValueError(f"{shown(text)}: an unchanged figure has no percentage")
        zero = Decimal(0)
        return Change(zero, zero, zero, "exact", None, text, way, None)
    if magnitude is None:
        return Change(None, None, None, None, None, text, way, None)
    bounds, digits, exact = magnitude
    if way == "decrease" and max(b for b in (bounds.low, bounds.high) if b is not None) > 100:
        raise ValueError(f"{shown(text)}: nothing decreases by more than 100%")
    return Change(
        bounds.low,
        bounds.high,
        bounds.best,
        bounds.qualifier,
        bounds.qualifier_words,
        text,
        way,
        digits,
        exact,
    )


class Bounded(Protocol):
    """Any stated value with bounds and its text (an Amount, a Quantity)."""

    @property
    def low(self) -> Decimal | None: ...
    @property
    def high(self) -> Decimal | None: ...
    @property
    def text(self) -> str: ...


def _outward(value: Fraction | None, digits: int, up: bool) -> Decimal | None:
    """An exact value rounded to ``digits`` significant digits, up or down, written plainly."""
    if value is None or value == 0:
        return None if value is None else Decimal(0)
    exponent = (Decimal(value.numerator) / Decimal(value.denominator)).adjusted() - digits + 1
    steps = value / Fraction(10) ** exponent
    rounded = Decimal(math.ceil(steps) if up else math.floor(steps)).scaleb(exponent)
    return rounded.quantize(Decimal(1)) if exponent > 0 else rounded


def implied_prior(value: Bounded, change: Change) -> tuple[Decimal | None, Decimal | None]:
    """The bounds (low, high) of the value before the change, rounded outward; None is open.

    The arithmetic is exact (fractions), so "fell by a third" from $60 million is $90 million,
    not the 89.99 that 33.33% would give; only the final rounding is outward."""
    if change.direction == "unchanged":
        return value.low, value.high
    exact = dict(change.exact)

    def pct(stored: Decimal | None) -> Fraction | None:
        return None if stored is None else exact.get(stored, Fraction(stored)) / 100

    lowest, highest = pct(change.low_pct) or Fraction(0), pct(change.high_pct)
    v_low = None if value.low is None else Fraction(value.low)
    v_high = None if value.high is None else Fraction(value.high)
    low: Fraction | None = None
    high: Fraction | None = None
    if change.direction == "increase":
        if v_low is not None and highest is not None:
            low = v_low / (1 + highest)
        if v_high is not None:
            high = v_high / (1 + lowest)
    else:
        if v_low is not None:
            low = v_low / (1 - lowest)
        if v_high is not None and highest is not None and highest < 1:
            high = v_high / (1 - highest)
    precisions = [d for d in (significant_digits(value.text), change.digits) if d is not None]
    digits = max(2, min(precisions, default=2))
    return _outward(low, digits, up=False), _outward(high, digits, up=True)
