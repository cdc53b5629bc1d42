"""How uncertain values read: partial dates, bounded money, periods and changes.

One place decides that a date without a year reads "15 Mar, year not stated" and a range
reads "$205–210 million", so every output format says the same thing the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

_SCALES = (
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
    (Decimal(10) ** 3, "thousand"),
)
_SYMBOLS = {"USD": "$", "EUR": "€", "RUB": "₽"}


def partial_date(year: int | None, month: int | None, day: int | None, basis: str) -> str:
    """'9 Jun 2022 (inferred)', '15 Mar, year not stated', 'date not stated'."""
    if year is None and month is None:
        return "date not stated"
    parts = []
    if day is not None:
        parts.append(str(day))
    if month is not None:
        parts.append(calendar.month_abbr[month])
    text = " ".join(parts)
    if year is None:
        text += ", year not stated"
    else:
        text = f"{text} {year}".strip()
    if basis == "inferred":
        text += " (inferred)"
    return text


def _scaled(value: Decimal) -> tuple[str, str]:
    for factor, word in _SCALES:
        if abs(value) >= factor:
            return _plain(value / factor), f" {word}"
    return _plain(value), ""


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(
    low: Decimal | None, high: Decimal | None, currency: str | None, qualifier: str | None
) -> str:
    """'$96.3 million', '$205–210 million', '≈ $108 million', '> $5 million', '≤ $5 million'."""
    if low is None and high is None:
        return ""
    symbol = _SYMBOLS.get(currency or "", "")
    suffix = "" if symbol else f" {currency}"
    if low is not None and high is not None and low != high:
        low_text, low_word = _scaled(low)
        high_text, high_word = _scaled(high)
        if low_word == high_word:
            return f"{symbol}{low_text}–{high_text}{high_word}{suffix}"
        return f"{symbol}{low_text}{low_word}–{symbol}{high_text}{high_word}{suffix}"
    value = low if low is not None else high
    assert value is not None
    number, word = _scaled(value)
    text = f"{symbol}{number}{word}{suffix}"
    prefix = {"approximately": "≈ ", "nearly": "≲ ", "over": "> ", "under": "< ", "up_to": "≤ "}
    return prefix.get(qualifier or "", "") + text


def period(label: str | None, start: dt.date | None, end: dt.date | None) -> str:
    """'Jan–Sep 2017' from dates when known, else the label as stated, else 'period not stated'."""
    if start and end:
        if start.year == end.year:
            if start.month == end.month:
                return f"{calendar.month_abbr[start.month]} {start.year}"
            if start.month == 1 and end.month == 12:
                return str(start.year)
            return f"{calendar.month_abbr[start.month]}–{calendar.month_abbr[end.month]} {end.year}"
        return (
            f"{calendar.month_abbr[start.month]} {start.year}–"
            f"{calendar.month_abbr[end.month]} {end.year}"
        )
    if label:
        return label
    return "period not stated"


def change(
    pct: Decimal | None, label: str | None, start: dt.date | None, end: dt.date | None
) -> str:
    """'+40.5% vs Jan–Sep 2016'."""
    if pct is None:
        return ""
    sign = "+" if pct > 0 else ""
    return f"{sign}{_plain(pct)}% vs {period(label, start, end)}"


def _amount(value: Decimal, currency: str | None) -> str:
    symbol = _SYMBOLS.get(currency or "", "")
    number, word = _scaled(value)
    return f"{symbol}{number}{word}" + ("" if symbol or not currency else f" {currency}")


def qualified_money(
    low: Decimal | None,
    high: Decimal | None,
    best: Decimal | None,
    currency: str | None,
    qualifier: str | None,
    words: str | None,
) -> str:
    """Money with the qualifier words as written: 'nearly $240 million', 'about $205–210
    million'; without words (v1 rows, exact values) as ``money`` reads it."""
    if words and best is not None:
        if qualifier == "range":
            return f"{words} {money(low, high, currency, qualifier)}"
        return f"{words} {_amount(best, currency)}"
    return money(low, high, currency, qualifier)


def bounds(low: Decimal | None, high: Decimal | None, currency: str | None) -> str:
    """An interval of money as its bounds say: '$68.5–68.6 million', '≤ $210 million',
    '≥ $90 million'; '' when both are open."""
    if low is not None and high is None:
        return f"≥ {_amount(low, currency)}"
    return money(low, high, currency, "up_to" if low is None else "exact")


def _pct(value: Decimal) -> str:
    return f"{_plain(value)}%"


def qualified_change(
    direction: str | None,
    low: Decimal | None,
    high: Decimal | None,
    best: Decimal | None,
    qualifier: str | None,
    words: str | None,
) -> str:
    """'up 40.5%', 'up more than 15%', 'down 33.33%', 'up 4–5%', 'down (no figure)'."""
    way = {"increase": "up", "decrease": "down"}.get(direction or "", direction or "")
    if direction == "unchanged":
        return "unchanged"
    if best is None:
        return f"{way} (no figure)"
    if qualifier == "range" and low is not None and high is not None:
        magnitude = f"{_plain(low)}–{_pct(high)}"
        return f"{way} {words + ' ' if words else ''}{magnitude}"
    return f"{way} {words + ' ' if words else ''}{_pct(best)}"
