"""Partial dates, money as written, numbers in quotes, and how they read in reports."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coopdb import formatting as fmt
from coopdb.amounts import numbers_in, parse_amount, quote_supports
from coopdb.dates import parse_partial_date


@pytest.mark.parametrize(
    ("text", "parts", "earliest", "latest"),
    [
        ("2017", (2017, None, None), dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("2022-Q3", (2022, None, None), dt.date(2022, 7, 1), dt.date(2022, 9, 30)),
        ("2016-02", (2016, 2, None), dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2017-12-05", (2017, 12, 5), dt.date(2017, 12, 5), dt.date(2017, 12, 5)),
        ("--03-15", (None, 3, 15), None, None),
        ("--02-29", (None, 2, 29), None, None),
    ],
)
def test_partial_dates(
    text: str, parts: tuple[int | None, ...], earliest: dt.date | None, latest: dt.date | None
) -> None:
    date = parse_partial_date(text)
    assert (date.year, date.month, date.day) == parts
    assert (date.earliest, date.latest) == (earliest, latest)
    assert date.date == (earliest if parts[2] and parts[0] else None)


@pytest.mark.parametrize("text", ["2017-02-29", "2017-13", "--02-30", "17", "2017-Q5", ""])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_date(text)


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("$96.3 million", "96300000", "96300000", "exact"),
        ("$205-210 million", "205000000", "210000000", "range"),
        ("$205–210 million", "205000000", "210000000", "range"),
        ("approximately $108 million", "108000000", "108000000", "approximately"),
        ("about $1.5 billion", "1500000000", "1500000000", "approximately"),
        ("over $5 million", "5000000", None, "over"),
        ("up to 7 million dollars", None, "7000000", "up_to"),
        ("$1,250,000", "1250000", "1250000", "exact"),
    ],
)
def test_money_as_written(text: str, low: str | None, high: str | None, qualifier: str) -> None:
    amount = parse_amount(text)
    assert amount.low == (Decimal(low) if low else None)
    assert amount.high == (Decimal(high) if high else None)
    assert (amount.currency, amount.qualifier) == ("USD", qualifier)


@pytest.mark.parametrize("text", ["96.3 million", "$210-205 million", "lots of money", "$"])
def test_money_that_cannot_be_read(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_numbers_in_quotes() -> None:
    quote = "went up 40.5% to $96.3 million; Six districts; $205-210 million; 1.5 years"
    assert quote_supports(quote, Decimal("96300000"))
    assert quote_supports(quote, Decimal("40.5"))
    assert quote_supports(quote, 6)
    assert quote_supports(quote, 210_000_000)
    assert not quote_supports(quote, 96)
    assert not quote_supports(quote, Decimal("45.5"))
    assert Decimal(2) not in numbers_in("the second agreement")


def test_readable_values() -> None:
    assert fmt.partial_date(None, 3, 15, "stated") == "15 Mar, year not stated"
    assert fmt.partial_date(2022, 6, 9, "inferred") == "9 Jun 2022 (inferred)"
    assert fmt.partial_date(None, None, None, "unknown") == "date not stated"
    assert (
        fmt.money(Decimal(205_000_000), Decimal(210_000_000), "USD", "range") == "$205–210 million"
    )
    assert (
        fmt.money(Decimal(108_000_000), Decimal(108_000_000), "USD", "approximately")
        == "≈ $108 million"
    )
    assert fmt.money(Decimal("96300000"), Decimal("96300000"), "USD", "exact") == "$96.3 million"
    assert fmt.change(Decimal("40.5"), None, dt.date(2016, 1, 1), dt.date(2016, 9, 30)) == (
        "+40.5% vs Jan–Sep 2016"
    )
    assert fmt.period("the past 11 months", None, None) == "the past 11 months"


_PIECES = [
    "six", "Twelve", "a quarter of a", "one and a half", "billion", "MILLION", "Dozen",
    "$", "1.5", "205-210", "–", " ", ", ", "over", "İ", "ß", "ſix", "Kursk", "тысяч", "\n",
]  # fmt: skip


def _case_blind_numbers(quote: str) -> set[Decimal]:
    """``numbers_in`` as it was, with IGNORECASE patterns over the quote as written."""
    from coopdb import amounts

    found: set[Decimal] = set()
    for match in amounts._NUMBER_TOKEN.finditer(quote):
        scale = amounts.SCALES[match["scale"].lower()] if match["scale"] else Decimal(1)
        for part in (match["low"], match["high"]):
            if part:
                found |= {
                    amounts.number_value(part, None),
                    amounts.number_value(part, None) * scale,
                }
    for match in re.compile(amounts._WORD_TOKEN_FOLDED.pattern, re.I).finditer(quote):
        found.add(amounts.WORD_NUMBERS[match[0].casefold()])
    for match in re.compile(amounts._WORD_PHRASE_FOLDED.pattern, re.I).finditer(quote):
        found.add(amounts.number_value(match["number"].casefold(), match["scale"].casefold()))
    return {value.normalize() for value in found}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_number_words_are_found_in_any_case_as_case_blind_patterns_find_them(
    quote: str,
) -> None:
    """Number words are matched over the case-folded quote (several times faster than
    IGNORECASE): the same values, wherever folding keeps the text's length (a letter that
    folds to two, as "ß" does, may move a word boundary)."""
    assume(len(quote.casefold()) == len(quote))
    assert numbers_in(quote) == _case_blind_numbers(quote)


@pytest.mark.parametrize("quote", ["ſix", "ßſix billion", "İsix", "ONE AND A HALF ſcore"])
def test_letters_that_fold_oddly_are_no_crash(quote: str) -> None:
    """IGNORECASE matched "ſix" as "six" and the table lookup by its lowercase failed."""
    assert isinstance(numbers_in(quote), set)
