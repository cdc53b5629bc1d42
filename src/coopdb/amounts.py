"""Money and numbers as texts write them, and the proof that a stored number is in its quote.

Curators copy money as written ("$205-210 million", "nearly $240 million", "a quarter of a
billion dollars"); this module turns it into honest bounds. One table of qualifier words
(``QUALIFIER_WORDS``) and one bound rule (``qualified_bounds``) serve money here, changes in
``coopdb.changes`` and counted things in ``coopdb.quantities``, so "over 30" means the same
everywhere. ``numbers_in`` lists every value a quote can support, so the validator can refuse a
stored number that its quote does not contain.

The bound rule, per qualifier class (v is the stated number, a-b a stated range):

=============  ==========================================================  ====  ====  =======
class          words                                                       low   high  best
=============  ==========================================================  ====  ====  =======
exact          (none; verbs such as "reached", "amounted to" are words)    v     v     v
approximately  about, approximately, around, roughly, some, circa, ...     v     v     v
nearly         nearly, almost, close to, approaching, just under, ...      --    v     v
over           over, more than, above, exceeding, exceeded, at least, ...  v     --    v
under          under, less than, below, fewer than                         --    v     v
up_to          up to, as much as, as many as, no more than                 --    v     v
range          a-b, a to b, from a to b, between a and b (also "about a-b") a     b     (a+b)/2
=============  ==========================================================  ====  ====  =======

"approximately" keeps the stated number as both bounds: the text gives no margin and coopdb
invents none. "nearly" means below but close, so the number is the upper bound.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from coopdb.vocabulary import Qualifier

SCALES = {
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "bln": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
}
_WORD_SCALES = SCALES | {"hundred": Decimal(100), "dozen": Decimal(12)}
_UNITS = [
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
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS |= {"ninety": 90}
WORD_NUMBERS = (
    {word: Decimal(value) for value, word in enumerate(_UNITS)}
    | {word: Decimal(value) for word, value in _TENS.items()}
    | {
        f"{tens}-{_UNITS[unit]}": Decimal(value + unit)
        for tens, value in (("twenty", 20), *_TENS.items())
        for unit in range(1, 10)
    }
    | {"hundred": Decimal(100)}
)
"""Number words a quote can state on their own ("six districts", "twenty-five")."""

_FRACTIONS = {
    "a quarter of a": Decimal("0.25"),
    "quarter of a": Decimal("0.25"),
    "three quarters of a": Decimal("0.75"),
    "half a": Decimal("0.5"),
    "half of a": Decimal("0.5"),
    "a half": Decimal("0.5"),
}
"""Fractions of a scale word: "a quarter of a billion", "half a billion", "half a dozen"."""
_AND_A = {"": Decimal(0), "half": Decimal("0.5"), "quarter": Decimal("0.25")}

QUALIFIER_WORDS: dict[str, Qualifier] = {
    **dict.fromkeys(
        ["about", "approximately", "around", "roughly", "some", "circa", "an estimated"],
        "approximately",
    ),
    **dict.fromkeys(["estimated", "estimated at", "approx."], "approximately"),
    **dict.fromkeys(
        ["nearly", "almost", "close to", "approaching", "just under", "just below"], "nearly"
    ),
    **dict.fromkeys(
        ["over", "more than", "above", "exceeding", "exceeded", "surpassed", "in excess of"],
        "over",
    ),
    **dict.fromkeys(["upwards of", "at least", "no less than", "not less than"], "over"),
    **dict.fromkeys(["exceed", "exceeds", "surpass", "surpasses", "surpassing"], "over"),
    **dict.fromkeys(["topped", "just over", "well over", "well above"], "over"),
    **dict.fromkeys(["under", "less than", "below", "fewer than", "well below"], "under"),
    **dict.fromkeys(
        ["up to", "as much as", "as many as", "no more than", "not more than", "not exceeding"],
        "up_to",
    ),
}
"""Every word that selects a qualifier class; matched longest first, in any case."""

_LEADS = [
    "reached",
    "reach",
    "reaches",
    "amounted to",
    "amounts to",
    "amount to",
    "amounting to",
    "totalled",
    "totaled",
    "totals",
    "total",
    "totalling",
    "totaling",
    "stood at",
    "stands at",
    "came to",
    "is expected to",
    "are expected to",
    "is set to",
    "are set to",
    "will",
    "would",
    "could",
    "may",
    "should",
    "has",
    "have",
    "had",
    "already",
    "is",
    "are",
    "was",
    "were",
    "be",
    "worth",
    "a total of",
]
"""Verbs and auxiliaries that may precede a value; they are words, not qualifiers."""

_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "₽": "RUB"}
_CURRENCY_SYMBOLS |= {"USD": "USD", "EUR": "EUR", "RUB": "RUB", "BYN": "BYN"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "us dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "russian rubles": "RUB",
    "russian roubles": "RUB",
    "belarusian rubles": "BYN",
    "belarusian roubles": "BYN",
    "byn": "BYN",
    "rubles": "RUB",
    "roubles": "RUB",
}


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation, longest first, safe in verbose mode (a space matches any run of
    white space, so a line break inside a quoted phrase still reads)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SCALE = alternatives(SCALES)
_ANY_SCALE = alternatives(_WORD_SCALES)
_COUNTS = alternatives([word for word in WORD_NUMBERS if word != "hundred"])
NUMBER = (
    rf"(?:{_DIGITS}"
    rf"|(?:{alternatives(_FRACTIONS)})(?=\s+(?:{_ANY_SCALE})\b)"
    rf"|an?(?=\s+(?:{_ANY_SCALE})\b)"
    rf"|(?:{_COUNTS})(?:\s+and\s+a\s+(?:half|quarter))?\b)"
)
"""A number as written, without its scale: digits, or words ("one and a half", "half a")."""
SCALE = rf"(?:{_ANY_SCALE})\b"
QUALIFIER = rf"(?:{alternatives(QUALIFIER_WORDS)})"
LEAD = rf"(?:(?:{alternatives(_LEADS)})\s+)*"
_SYMBOL = r"(?:US\$|\$|€|₽|(?:USD|EUR|RUB|BYN)\b)"
_MONEY = re.compile(
    rf"""^\s*{LEAD}
    (?:(?P<qualifier>{QUALIFIER})\s+)?
    (?:(?P<rangeword>from|between)\s+)?
    (?P<symbol>{_SYMBOL})?\s*
    (?P<low>{NUMBER})(?:\s*(?P<lowscale>{SCALE}))?
    (?:\s*(?P<sep>-|–|—|\bto\b|\band\b)\s*(?P<highsymbol>{_SYMBOL})?\s*
       (?P<high>{NUMBER})(?:\s*(?P<highscale>{SCALE}))?)?
    (?:\s+(?P<word>{alternatives(_CURRENCY_WORDS)}))?
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Amount:
    """Money as bounds; a point value has low == high, an open bound is None.

    ``best`` is the single number a sum or a chart uses (the stated number, or a range's
    midpoint); ``qualifier_words`` are the words that chose the class, as written (None for
    exact), so a report can say "nearly" where the text did.
    """

    low: Decimal | None
    high: Decimal | None
    currency: str
    qualifier: Qualifier
    text: str
    best: Decimal
    qualifier_words: str | None


@dataclass(frozen=True)
class Bounds:
    """A qualified value without its unit: what money, quantities and changes share."""

    low: Decimal | None
    high: Decimal | None
    best: Decimal
    qualifier: Qualifier
    qualifier_words: str | None


def shown(text: str) -> str:
    """The text quoted for a message, cut short so every message stays one short line."""
    return repr(text if len(text) <= 60 else text[:59] + "…")


def number_value(number: str, scale: str | None) -> Decimal:
    """The value of a number as written ("1,250", "half a", "one and a half") times its scale."""
    words = " ".join(number.lower().split())
    factor = _WORD_SCALES[scale.lower()] if scale else Decimal(1)
    if words[0].isdigit():
        value = Decimal(words.replace(",", ""))
    elif words in _FRACTIONS:
        value = _FRACTIONS[words]
    elif words in ("a", "an"):
        value = Decimal(1)
    else:
        count, _, extra = words.partition(" and a ")
        value = WORD_NUMBERS[count] + _AND_A[extra]
    return value * factor


def qualified_bounds(
    words: str | None, low: Decimal, high: Decimal | None, range_words: str | None, text: str
) -> Bounds:
    """Apply the bound rule table to a stated number or range; ValueError when it cannot hold.

    ``words`` is the qualifier as written, ``range_words`` a "from"/"between" that opened a
    range. A range keeps an approximately word as its qualifier_words ("about 11-12%").
    """
    qualifier = QUALIFIER_WORDS[" ".join(words.lower().split())] if words else None
    if high is not None:
        if low > high:
            raise ValueError(f"{shown(text)}: the low value is above the high value")
        if qualifier not in (None, "approximately") or (qualifier and range_words):
            raise ValueError(f"{shown(text)}: a range cannot also be '{words}'")
        return Bounds(low, high, (low + high) / 2, "range", words or range_words)
    if range_words:
        raise ValueError(f"{shown(text)}: '{range_words}' needs a second number")
    if qualifier in ("nearly", "under", "up_to"):
        return Bounds(None, low, low, qualifier, words)
    if qualifier == "over":
        return Bounds(low, None, low, qualifier, words)
    return Bounds(low, low, low, qualifier or "exact", words)


def range_bounds(match: re.Match[str], text: str) -> Bounds:
    """Bounds from a match with groups qualifier, rangeword, low, sep, high (and optional
    lowscale, highscale).

    A low number without a scale borrows the high one's ("$205-210 million"); "between" goes
    with "and" and "and" with "between" only.
    """
    groups = match.groupdict()
    high_scale = groups.get("highscale")
    low_scale = groups.get("lowscale") or (high_scale if groups["low"][0].isdigit() else None)
    low = number_value(groups["low"], low_scale)
    high = number_value(groups["high"], high_scale) if groups["high"] else None
    rangeword = (groups["rangeword"] or "").lower()
    sep = (groups["sep"] or "").lower()
    if (rangeword == "between") != (sep == "and"):
        raise ValueError(f"{shown(text)}: write 'between a and b'")
    return qualified_bounds(groups["qualifier"], low, high, groups["rangeword"], text)


def parse_amount(text: str) -> Amount:
    """Parse money as written; raise ValueError with what is wrong."""
    match = _MONEY.match(text)
    if not match:
        raise ValueError(
            f"{shown(text)} is not money as this loader reads it"
            " (e.g. '$96.3 million', '$205-210 million', 'about $1.5 billion')"
        )
    symbols = (match["symbol"], match["highsymbol"])
    currencies = {_CURRENCY_SYMBOLS[s.upper()] for s in symbols if s}
    if match["word"]:
        currencies.add(_CURRENCY_WORDS[" ".join(match["word"].lower().split())])
    if not currencies:
        raise ValueError(f"{shown(text)} names no currency ('$', '€', 'dollars', 'rubles' ...)")
    if len(currencies) > 1:
        raise ValueError(f"{shown(text)} names more than one currency")
    bounds = range_bounds(match, text)
    return Amount(
        bounds.low,
        bounds.high,
        currencies.pop(),
        bounds.qualifier,
        text,
        bounds.best,
        bounds.qualifier_words,
    )


_CURRENCY = re.compile(rf"{_SYMBOL}|\b(?:{alternatives(_CURRENCY_WORDS)})\b", re.IGNORECASE)


def names_currency(text: str) -> bool:
    """True when the text names a currency, so another parser can send it here."""
    return _CURRENCY.search(text) is not None


def significant_digits(text: str) -> int | None:
    """The significant digits of the numbers written in ``text``: the fewest of any number,
    except that a range counts as precise as its finer end ("205-210" has 3). Trailing zeros
    of a whole number are placeholders ("210" has 2, "96.30" has 4). None when the text
    writes no digits (word numbers and multipliers set no precision)."""
    counts = []
    for match in _NUMBER_TOKEN.finditer(text):
        counts.append(max(_digits(part) for part in (match["low"], match["high"]) if part))
    return min(counts) if counts else None


def _digits(number: str) -> int:
    plain = number.replace(",", "")
    whole, _, decimals = plain.partition(".")
    written = (whole + decimals).lstrip("0")
    if not decimals:
        written = written.rstrip("0")
    return max(len(written), 1)


_NUMBER_TOKEN = re.compile(
    rf"(?P<low>{_DIGITS})(?:\s*(?:-|–|—|\bto\b|\band\b)\s*{_SYMBOL}?\s*(?P<high>{_DIGITS}))?"
    rf"(?:\s*(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
# Number words are matched in case-folded text, without IGNORECASE: several times faster, as
# IGNORECASE defeats the regex engine's literal prefix scans over these long alternations.
_WORD_TOKEN_FOLDED = re.compile(rf"\b(?:{alternatives(WORD_NUMBERS)})\b")
_WORD_PHRASE_FOLDED = re.compile(
    rf"\b(?P<number>(?:{alternatives(_FRACTIONS)})|an?|(?:{_COUNTS})(?:\s+and\s+a\s+(?:half|quarter))?)"
    rf"\s+(?P<scale>{SCALE})"
)


def numbers_in(quote: str) -> set[Decimal]:
    """Every value the quote states: digits as written, scaled forms, and number words
    ("six", "a quarter of a billion", "one and a half billion", "a dozen")."""
    return set(_numbers_in(quote))


@functools.lru_cache(maxsize=4096)
def _numbers_in(quote: str) -> frozenset[Decimal]:
    """``numbers_in``, remembered: an article checks several figures against one quote, and
    the word patterns cost about a millisecond a quote."""
    found: set[Decimal] = set()
    for match in _NUMBER_TOKEN.finditer(quote):
        scale = SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
        for part in (match["low"], match["high"]):
            if part:
                found.add(number_value(part, None))
                found.add(number_value(part, None) * scale)
    # Words are matched in the case-folded quote, so what is found is spelled as the tables
    # spell it ("ſix" is "six", where IGNORECASE matched it and the lookup failed).
    folded = quote.casefold()
    for match in _WORD_TOKEN_FOLDED.finditer(folded):
        found.add(WORD_NUMBERS[match[0]])
    for match in _WORD_PHRASE_FOLDED.finditer(folded):
        found.add(number_value(match["number"], match["scale"]))
    return frozenset(value.normalize() for value in found)


def quote_supports(quote: str, value: Decimal | int) -> bool:
    """True when the number appears in the quote in some written form."""
    return Decimal(value).normalize() in _numbers_in(quote)
