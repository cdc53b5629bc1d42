"""Qualified values as news texts write them: money, changes and quantities get bounds by one
written rule, keep their qualifier words, and the numbers they store stay provable from the
quote; texts that cannot be read are refused with a short message.

Pure parsers: no database is involved, so these tests need no server.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopdb.amounts import QUALIFIER_WORDS, numbers_in, parse_amount, quote_supports
from coopdb.changes import implied_prior, parse_change
from coopdb.quantities import parse_quantity
from coopdb.vocabulary import QUALIFIERS, ChangeDirection

M = 1_000_000
B = 1_000_000_000


def _d(value: float | str | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


# text, low, high, best, qualifier, qualifier words, currency
AMOUNTS: list[tuple[str, float | None, float | None, float, str, str | None, str]] = [
    ("$96.3 million", 96.3 * M, 96.3 * M, 96.3 * M, "exact", None, "USD"),
    ("reached $96.3 million", 96.3 * M, 96.3 * M, 96.3 * M, "exact", None, "USD"),
    ("amounted to $1.2 billion", 1.2 * B, 1.2 * B, 1.2 * B, "exact", None, "USD"),
    ("totalled $2.6 billion", 2.6 * B, 2.6 * B, 2.6 * B, "exact", None, "USD"),
    ("stood at $870 million", 870 * M, 870 * M, 870 * M, "exact", None, "USD"),
    ("nearly $240 million", None, 240 * M, 240 * M, "nearly", "nearly", "USD"),
    ("almost $1bn", None, B, B, "nearly", "almost", "USD"),
    ("close to $500 million", None, 500 * M, 500 * M, "nearly", "close to", "USD"),
    ("approaching $3 billion", None, 3 * B, 3 * B, "nearly", "approaching", "USD"),
    ("just under $1.5 billion", None, 1.5 * B, 1.5 * B, "nearly", "just under", "USD"),
    ("exceeded $2.6 billion", 2.6 * B, None, 2.6 * B, "over", "exceeded", "USD"),
    ("surpassed $1 billion", B, None, B, "over", "surpassed", "USD"),
    ("has already exceeded $4 billion", 4 * B, None, 4 * B, "over", "exceeded", "USD"),
    ("more than $70 million", 70 * M, None, 70 * M, "over", "more than", "USD"),
    ("over $5 million", 5 * M, None, 5 * M, "over", "over", "USD"),
    ("in excess of $100 million", 100 * M, None, 100 * M, "over", "in excess of", "USD"),
    ("upwards of $300 million", 300 * M, None, 300 * M, "over", "upwards of", "USD"),
    ("at least $3 billion", 3 * B, None, 3 * B, "over", "at least", "USD"),
    ("less than $10 million", None, 10 * M, 10 * M, "under", "less than", "USD"),
    ("under $5 million", None, 5 * M, 5 * M, "under", "under", "USD"),
    ("below 2 million euros", None, 2 * M, 2 * M, "under", "below", "EUR"),
    ("up to 7 million dollars", None, 7 * M, 7 * M, "up_to", "up to", "USD"),
    ("as much as $50 million", None, 50 * M, 50 * M, "up_to", "as much as", "USD"),
    ("about $1.5 billion", 1.5 * B, 1.5 * B, 1.5 * B, "approximately", "about", "USD"),
    ("some $60 million", 60 * M, 60 * M, 60 * M, "approximately", "some", "USD"),
    ("an estimated $45 million", 45 * M, 45 * M, 45 * M, "approximately", "an estimated", "USD"),
    ("Roughly $2 billion", 2 * B, 2 * B, 2 * B, "approximately", "Roughly", "USD"),
    ("$205-210 million", 205 * M, 210 * M, 207.5 * M, "range", None, "USD"),
    ("$1.2–1.5 billion", 1.2 * B, 1.5 * B, 1.35 * B, "range", None, "USD"),
    ("from $1.2 billion to $1.5 billion", 1.2 * B, 1.5 * B, 1.35 * B, "range", "from", "USD"),
    ("between $5 and $7 million", 5 * M, 7 * M, 6 * M, "range", "between", "USD"),
    ("$800 million to $1.2 billion", 800 * M, 1.2 * B, B, "range", None, "USD"),
    ("about $205-210 million", 205 * M, 210 * M, 207.5 * M, "range", "about", "USD"),
    ("a quarter of a billion dollars", 250 * M, 250 * M, 250 * M, "exact", None, "USD"),
    ("half a billion dollars", 500 * M, 500 * M, 500 * M, "exact", None, "USD"),
    ("a billion dollars", B, B, B, "exact", None, "USD"),
    ("one and a half billion dollars", 1.5 * B, 1.5 * B, 1.5 * B, "exact", None, "USD"),
    ("almost half a billion dollars", None, 500 * M, 500 * M, "nearly", "almost", "USD"),
    ("more than two billion dollars", 2 * B, None, 2 * B, "over", "more than", "USD"),
    ("$1,250,000", 1_250_000, 1_250_000, 1_250_000, "exact", None, "USD"),
    ("5 million Belarusian rubles", 5 * M, 5 * M, 5 * M, "exact", None, "BYN"),
    ("€20 million", 20 * M, 20 * M, 20 * M, "exact", None, "EUR"),
    ("USD 120 million", 120 * M, 120 * M, 120 * M, "exact", None, "USD"),
    ("nearly 1.5 billion US dollars", None, 1.5 * B, 1.5 * B, "nearly", "nearly", "USD"),
    ("a total of $1.1 billion", 1.1 * B, 1.1 * B, 1.1 * B, "exact", None, "USD"),
    ("estimated at $30 million", 30 * M, 30 * M, 30 * M, "approximately", "estimated at", "USD"),
]


@pytest.mark.parametrize(("text", "low", "high", "best", "qualifier", "words", "currency"), AMOUNTS)
def test_money_phrasings(
    text: str,
    low: float | None,
    high: float | None,
    best: float,
    qualifier: str,
    words: str | None,
    currency: str,
) -> None:
    amount = parse_amount(text)
    assert (amount.low, amount.high, amount.best) == (_d(low), _d(high), _d(best))
    assert (amount.qualifier, amount.qualifier_words, amount.currency) == (
        qualifier,
        words,
        currency,
    )
    assert amount.text == text
    for bound in (amount.low, amount.high):
        # the resolver proves each stored bound from the quote that contains the text
        assert bound is None or quote_supports(f"trade {text} in 2016", bound)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("$", "is not money"),
        ("lots of money", "is not money"),
        ("96.3 million", "names no currency"),
        ("$210-205 million", "the low value is above the high value"),
        ("over $5-7 million", "a range cannot also be 'over'"),
        ("nearly $5-7 million", "a range cannot also be 'nearly'"),
        ("between $5-7 million", "write 'between a and b'"),
        ("from $5 million", "'from' needs a second number"),
        ("$5 million euros", "names more than one currency"),
        ("about $5 million and more", "is not money"),
    ],
)
def test_money_refusals(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        parse_amount(text)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 160


def test_every_qualifier_word_selects_its_class_by_the_bound_rule() -> None:
    """One table of words: each word, in any case, gives its class and the class's bounds."""
    assert set(QUALIFIER_WORDS.values()) <= set(QUALIFIERS)
    v = Decimal(5 * M)
    expected = {
        "approximately": (v, v),
        "nearly": (None, v),
        "over": (v, None),
        "under": (None, v),
        "up_to": (None, v),
    }
    for word, qualifier in QUALIFIER_WORDS.items():
        for written in (word, word.upper()):
            amount = parse_amount(f"{written} $5 million")
            assert (amount.qualifier, amount.qualifier_words) == (qualifier, written)
            assert (amount.low, amount.high, amount.best) == (*expected[qualifier], v)
            quantity = parse_quantity(f"{written} 5 million tonnes")
            assert (quantity.qualifier, quantity.low, quantity.high) == (
                qualifier,
                *expected[qualifier],
            )


def test_the_documented_reclassification() -> None:
    """nearly/almost were 'approximately' and under/less than were 'up_to' before format v2;
    an approximately word before a range was 'approximately' and is now 'range'."""
    assert parse_amount("nearly $240 million").qualifier == "nearly"
    assert parse_amount("almost $240 million").qualifier == "nearly"
    assert parse_amount("under $5 million").qualifier == "under"
    assert parse_amount("less than $5 million").qualifier == "under"
    assert parse_amount("about $205-210 million").qualifier == "range"
    assert parse_amount("up to $5 million").qualifier == "up_to"


def test_word_numbers_are_in_quotes() -> None:
    quote = (
        "a quarter of a billion dollars, half a billion, one and a half billion, "
        "a dozen protocols and twenty-five districts"
    )
    for value in (250 * M, 500 * M, 1.5 * B, 12, 25):
        assert quote_supports(quote, Decimal(str(value)))
    assert not quote_supports(quote, 250)
    assert Decimal(2) not in numbers_in("the second agreement")


# text, given direction, direction, low, high, best, qualifier, words, signed exact
CHANGES: list[
    tuple[
        str,
        ChangeDirection | None,
        str,
        float | None,
        float | None,
        float | None,
        str | None,
        str | None,
        float | None,
    ]
] = [
    ("went up 40.5%", None, "increase", 40.5, 40.5, 40.5, "exact", None, 40.5),
    ("rose by 12.3%", None, "increase", 12.3, 12.3, 12.3, "exact", None, 12.3),
    ("grew 7 percent", None, "increase", 7, 7, 7, "exact", None, 7),
    ("up 3.5 per cent", None, "increase", 3.5, 3.5, 3.5, "exact", None, 3.5),
    ("increased by 18%", None, "increase", 18, 18, 18, "exact", None, 18),
    ("fell 10%", None, "decrease", 10, 10, 10, "exact", None, -10),
    ("decreased by 4.2%", None, "decrease", 4.2, 4.2, 4.2, "exact", None, -4.2),
    ("declined 8%", None, "decrease", 8, 8, 8, "exact", None, -8),
    ("dropped by 15 percent", None, "decrease", 15, 15, 15, "exact", None, -15),
    ("down 2.1%", None, "decrease", 2.1, 2.1, 2.1, "exact", None, -2.1),
    ("shrank by 6%", None, "decrease", 6, 6, 6, "exact", None, -6),
    ("rose by more than 15%", None, "increase", 15, None, 15, "over", "more than", None),
    ("by more than 15%", "increase", "increase", 15, None, 15, "over", "more than", None),
    ("by about 11-12%", "increase", "increase", 11, 12, 11.5, "range", "about", None),
    ("increased by 4-5%", None, "increase", 4, 5, 4.5, "range", None, None),
    ("grew by 4% to 5%", None, "increase", 4, 5, 4.5, "range", None, None),
    ("by between 5 and 7 percent", "decrease", "decrease", 5, 7, 6, "range", "between", None),
    ("rose by almost 20%", None, "increase", None, 20, 20, "nearly", "almost", None),
    ("fell by nearly 30%", None, "decrease", None, 30, 30, "nearly", "nearly", None),
    ("rose by about 9%", None, "increase", 9, 9, 9, "approximately", "about", None),
    ("decreased by less than 1%", None, "decrease", None, 1, 1, "under", "less than", None),
    ("by up to 15%", "increase", "increase", None, 15, 15, "up_to", "up to", None),
    ("growth exceeded 20%", None, "increase", 20, None, 20, "over", "exceeded", None),
    ("doubled", None, "increase", 100, 100, 100, "exact", None, 100),
    ("more than doubled", None, "increase", 100, None, 100, "over", "more than", None),
    ("nearly doubled", None, "increase", None, 100, 100, "nearly", "nearly", None),
    ("tripled", None, "increase", 200, 200, 200, "exact", None, 200),
    ("quadrupled", None, "increase", 300, 300, 300, "exact", None, 300),
    ("halved", None, "decrease", 50, 50, 50, "exact", None, -50),
    ("increased 1.5 times", None, "increase", 50, 50, 50, "exact", None, 50),
    ("grew 2.3-fold", None, "increase", 130, 130, 130, "exact", None, 130),
    ("a threefold increase", None, "increase", 200, 200, 200, "exact", None, 200),
    ("rose by one and a half times", None, "increase", 50, 50, 50, "exact", None, 50),
    ("increased 2-3 times", None, "increase", 100, 200, 150, "range", None, None),
    ("decreased 2 times", None, "decrease", 50, 50, 50, "exact", None, -50),
    ("fell three times", None, "decrease", 66.67, 66.67, 66.67, "exact", None, -66.67),
    ("more than 2 times", "increase", "increase", 100, None, 100, "over", "more than", None),
    ("fell by a third", None, "decrease", 33.33, 33.33, 33.33, "exact", None, -33.33),
    ("grew by half", None, "increase", 50, 50, 50, "exact", None, 50),
    ("dropped by a quarter", None, "decrease", 25, 25, 25, "exact", None, -25),
    ("fell by almost a third", None, "decrease", None, 33.33, 33.33, "nearly", "almost", None),
    ("by more than half", "decrease", "decrease", 50, None, 50, "over", "more than", None),
    ("has decreased", None, "decrease", None, None, None, None, None, None),
    ("has increased", None, "increase", None, None, None, None, None, None),
    ("grew", None, "increase", None, None, None, None, None, None),
    ("remained unchanged", None, "unchanged", 0, 0, 0, "exact", None, 0),
    ("stayed at the same level", None, "unchanged", 0, 0, 0, "exact", None, 0),
    ("rose 40.5% to $96.3 million", None, "increase", 40.5, 40.5, 40.5, "exact", None, 40.5),
    ("an increase of 12%", None, "increase", 12, 12, 12, "exact", None, 12),
    ("a decline of 3.4%", None, "decrease", 3.4, 3.4, 3.4, "exact", None, -3.4),
    ("a 15-percent increase", None, "increase", 15, 15, 15, "exact", None, 15),
    ("went down by five percent", None, "decrease", 5, 5, 5, "exact", None, -5),
]


@pytest.mark.parametrize(
    ("text", "given", "direction", "low", "high", "best", "qualifier", "words", "signed"),
    CHANGES,
)
def test_change_phrasings(
    text: str,
    given: ChangeDirection | None,
    direction: str,
    low: float | None,
    high: float | None,
    best: float | None,
    qualifier: str | None,
    words: str | None,
    signed: float | None,
) -> None:
    change = parse_change(text, given)
    assert change.direction == direction
    assert (change.low_pct, change.high_pct, change.best_pct) == (_d(low), _d(high), _d(best))
    assert (change.qualifier, change.qualifier_words) == (qualifier, words)
    assert change.signed_exact_pct == _d(signed)
    assert change.text == text
    for bound in (change.low_pct, change.high_pct, change.best_pct):
        assert bound is None or bound >= 0  # magnitudes; the direction carries the sign


def test_a_direction_given_and_said_agree() -> None:
    assert parse_change("rose 5%", "increase").direction == "increase"
    assert parse_change("by 5%", "decrease").signed_exact_pct == Decimal(-5)


@pytest.mark.parametrize(
    ("text", "given", "message"),
    [
        ("by 15%", None, "says no direction: add direction"),
        ("15%", None, "says no direction"),
        ("up to 15%", None, "says no direction"),
        ("fell 10%", "increase", "says decrease, but the direction given is increase"),
        ("$96.3 million", None, "is not a change as this loader reads it"),
        ("", "increase", "is not a change"),
        ("rose 2 percentage points", None, "percentage points are not a percent change"),
        ("rose from 4 to 5%", None, "'from a to b' reads as two levels"),
        ("rose 15% and fell 3%", None, "says more than one direction"),
        ("rose 15%, or 1.2 times", None, "states more than one change"),
        ("fell by 120%", None, "nothing decreases by more than 100%"),
        ("rose by 0.5 times", None, "a multiplier must be above 1"),
        ("remained unchanged at 5%", None, "an unchanged figure has no percentage"),
        ("halved", "increase", "says decrease"),
        ("grew by more than 4-5%", None, "a range cannot also be 'more than'"),
        ("rose by 12-10%", None, "the low value is above the high value"),
    ],
)
def test_change_refusals(text: str, given: ChangeDirection | None, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        parse_change(text, given)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 160


# value, change, prior low, prior high
PRIORS: list[tuple[str, str, float | None, float | None]] = [
    # 96.3/1.405 = 68.54...: three significant digits, rounded outward
    ("$96.3 million", "went up 40.5%", 68.5 * M, 68.6 * M),
    # even division gives a point
    ("$100 million", "doubled", 50 * M, 50 * M),
    ("$96.3 million", "doubled", 48.1 * M, 48.2 * M),
    # 2.6/1.3 = 2 exactly, two digits
    ("$2.6 billion", "grew by 30%", 2 * B, 2 * B),
    # open change bound: the prior's low bound is open
    ("$96.3 million", "rose by more than 15%", None, 84 * M),
    # open value bound stays open
    ("nearly $240 million", "rose 15%", None, 210 * M),
    ("exceeded $2.6 billion", "rose 30%", 2 * B, None),
    # a decrease: V/(1-p)
    ("$60 million", "fell by a third", 90 * M, 90 * M),
    ("$96.3 million", "fell by a third", 144 * M, 145 * M),
    ("$45 million", "decreased by 10%", 50 * M, 50 * M),
    ("$45 million", "fell by more than 10%", 50 * M, None),
    # a range of changes and a range of values, two digits ("11-12" has two)
    ("$96.3 million", "by about 11-12%", 85 * M, 87 * M),
    # "5%" has one significant digit, so two (the minimum) rule: 195.2 -> 190, 200 -> 200
    ("$205-210 million", "increased by 5%", 190 * M, 200 * M),
    ("$205-210 million", "increased by 5.00%", 195 * M, 200 * M),
    # a direction alone bounds the prior on one side only
    ("$96.3 million", "has increased", None, 96.3 * M),
    ("$96.3 million", "has decreased", 96.3 * M, None),
    ("$96.3 million", "remained unchanged", 96.3 * M, 96.3 * M),
    # "nearly 20%" is at least 0%: the prior is at most the value
    ("$120 million", "rose by almost 20%", 100 * M, 120 * M),
]


@pytest.mark.parametrize(("value", "change", "low", "high"), PRIORS)
def test_implied_prior(value: str, change: str, low: float | None, high: float | None) -> None:
    direction: ChangeDirection | None = "increase" if change.startswith("by") else None
    prior = implied_prior(parse_amount(value), parse_change(change, direction))
    assert prior == (_d(low), _d(high))


def test_implied_prior_of_a_quantity() -> None:
    assert implied_prior(parse_quantity("150 tractors"), parse_change("went up 50%")) == (
        Decimal(100),
        Decimal(100),
    )


# text, low, high, best, qualifier, words, unit words
QUANTITIES: list[tuple[str, float | None, float | None, float, str, str | None, str | None]] = [
    ("150 tractors", 150, 150, 150, "exact", None, "tractors"),
    ("over 30 units", 30, None, 30, "over", "over", "units"),
    ("will exceed 60 units", 60, None, 60, "over", "exceed", "units"),
    ("5 million tonnes", 5 * M, 5 * M, 5 * M, "exact", None, "tonnes"),
    ("28 districts", 28, 28, 28, "exact", None, "districts"),
    ("20 protocols", 20, 20, 20, "exact", None, "protocols"),
    ("a dozen", 12, 12, 12, "exact", None, None),
    ("a dozen agreements", 12, 12, 12, "exact", None, "agreements"),
    ("half a dozen enterprises", 6, 6, 6, "exact", None, "enterprises"),
    ("five districts", 5, 5, 5, "exact", None, "districts"),
    ("more than 1,500 MAZ buses", 1500, None, 1500, "over", "more than", "MAZ buses"),
    ("between 20 and 25 joint ventures", 20, 25, 22.5, "range", "between", "joint ventures"),
    ("10-12 agreements", 10, 12, 11, "range", None, "agreements"),
    (
        "about 300 thousand tonnes of milk",
        300_000,
        300_000,
        300_000,
        "approximately",
        "about",
        "tonnes of milk",
    ),
    ("nearly 2,000 jobs", None, 2000, 2000, "nearly", "nearly", "jobs"),
    ("up to 40 delegations", None, 40, 40, "up_to", "up to", "delegations"),
    ("some 60 companies", 60, 60, 60, "approximately", "some", "companies"),
    ("fewer than 10 hectares", None, 10, 10, "under", "fewer than", "hectares"),
    ("at least 500 jobs", 500, None, 500, "over", "at least", "jobs"),
    ("amounted to 1.2 million tonnes", 1.2 * M, 1.2 * M, 1.2 * M, "exact", None, "tonnes"),
]


@pytest.mark.parametrize(("text", "low", "high", "best", "qualifier", "words", "unit"), QUANTITIES)
def test_quantity_phrasings(
    text: str,
    low: float | None,
    high: float | None,
    best: float,
    qualifier: str,
    words: str | None,
    unit: str | None,
) -> None:
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high, quantity.best) == (_d(low), _d(high), _d(best))
    assert (quantity.qualifier, quantity.qualifier_words) == (qualifier, words)
    assert (quantity.unit_words, quantity.text) == (unit, text)
    for bound in (quantity.low, quantity.high):
        assert bound is None or quote_supports(f"the plan: {text} by 2025", bound)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("$5 million", "is money: write it as an amount"),
        ("5 million dollars", "is money"),
        ("15%", "is a percentage, not a quantity"),
        ("lots of tractors", "is not a quantity as this loader reads it"),
        ("tractors", "is not a quantity"),
        ("one hundred fifty tractors", "write the number in one form"),
        ("over 20-30 units", "a range cannot also be 'over'"),
        ("30-20 units", "the low value is above the high value"),
    ],
)
def test_quantity_refusals(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_quantity(text)
