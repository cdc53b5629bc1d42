"""Money and numbers as texts write them, and the proof that a stored number is in its quote.

Curators copy money as written ("$205-210 million", "approximately $108 million"); this module
turns it into honest bounds. ``numbers_in`` lists every value a quote can support, so the
validator can refuse a stored number that its quote does not contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

SCALES = {
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "bln": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
}
WORD_NUMBERS = {
    word: Decimal(value)
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": Decimal(30), "forty": Decimal(40), "fifty": Decimal(50), "hundred": Decimal(100)}

_QUALIFIERS = {
    "approximately": "approximately",
    "about": "approximately",
    "around": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "some": "approximately",
    "over": "over",
    "more than": "over",
    "above": "over",
    "exceeding": "over",
    "up to": "up_to",
    "under": "up_to",
    "less than": "up_to",
    "below": "up_to",
}
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "russian rubles": "RUB",
    "belarusian rubles": "BYN",
    "rubles": "RUB",
}


def _alternatives(words: dict[str, str]) -> str:
    """A regex alternation, longest first, safe in verbose mode (spaces escaped)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MONEY = re.compile(
    rf"""^\s*
    (?:(?P<qualifier>{_alternatives(_QUALIFIERS)})\s+)?
    (?P<symbol>US\$|\$|€|₽)?\s*
    (?P<low>{_NUMBER})
    (?:\s*(?:-|–|—|to)\s*(?:US\$|\$|€|₽)?\s*(?P<high>{_NUMBER}))?
    (?:\s*(?P<scale>{"|".join(SCALES)})\b)?
    (?:\s+(?P<word>{_alternatives(_CURRENCY_WORDS)}))?
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Amount:
    """Money as bounds; a point value has low == high, an open bound is None."""

    low: Decimal | None
    high: Decimal | None
    currency: str
    qualifier: str
    text: str


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def parse_amount(text: str) -> Amount:
    """Parse money as written; raise ValueError with what is wrong."""
    shown = repr(text if len(text) <= 60 else text[:59] + "…")  # messages stay short
    match = _MONEY.match(text)
    if not match:
        raise ValueError(
            f"{shown} is not money as this loader reads it"
            " (e.g. '$96.3 million', '$205-210 million', 'about $1.5 billion')"
        )
    currency = None
    if match["symbol"]:
        currency = _CURRENCY_SYMBOLS[match["symbol"]]
    if match["word"]:
        currency = _CURRENCY_WORDS[match["word"].lower()]
    if currency is None:
        raise ValueError(f"{shown} names no currency ('$', '€', 'dollars', 'rubles' ...)")
    scale = SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
    low = _number(match["low"]) * scale
    high = _number(match["high"]) * scale if match["high"] else low
    if low > high:
        raise ValueError(f"{shown}: the low value is above the high value")
    qualifier = _QUALIFIERS[match["qualifier"].lower()] if match["qualifier"] else None
    if match["high"]:
        if qualifier not in (None, "approximately"):
            raise ValueError(f"{shown}: a range cannot also be '{match['qualifier']}'")
        return Amount(low, high, currency, qualifier or "range", text)
    if qualifier == "over":
        return Amount(low, None, currency, "over", text)
    if qualifier == "up_to":
        return Amount(None, low, currency, "up_to", text)
    return Amount(low, high, currency, qualifier or "exact", text)


_NUMBER_TOKEN = re.compile(
    rf"(?P<low>{_NUMBER})(?:\s*(?:-|–|—)\s*(?P<high>{_NUMBER}))?"
    rf"(?:\s*(?P<scale>{'|'.join(SCALES)})\b)?",
    re.IGNORECASE,
)
_WORD_TOKEN = re.compile(rf"\b(?:{'|'.join(WORD_NUMBERS)})\b", re.IGNORECASE)


def numbers_in(quote: str) -> set[Decimal]:
    """Every value the quote states: digits as written, scaled forms, and number words."""
    found: set[Decimal] = set()
    for match in _NUMBER_TOKEN.finditer(quote):
        scale = SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
        for part in (match["low"], match["high"]):
            if part:
                found.add(_number(part))
                found.add(_number(part) * scale)
    for match in _WORD_TOKEN.finditer(quote):
        found.add(WORD_NUMBERS[match[0].lower()])
    return {value.normalize() for value in found}


def quote_supports(quote: str, value: Decimal | int) -> bool:
    """True when the number appears in the quote in some written form."""
    return Decimal(value).normalize() in numbers_in(quote)
