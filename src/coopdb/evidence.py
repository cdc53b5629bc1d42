"""Evidence for dates: a date marked stated must be in its quote; outside evidence is cited.

"Stated" is a claim about the text, so it is checked against the text: every part stored
(year, quarter, half, month, day) has to appear in the quote, or the curator must say the part
is inferred (with a note) or external (with a citation). Without this check `--03-11` passes
with a quote saying "10 March", and a stated year passes when the text gives none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit

from coopdb.dates import PartialDate

_MONTH_WORDS = {
    number: {calendar.month_name[number], calendar.month_abbr[number]} for number in range(1, 13)
}
_MONTH_WORDS[9].add("Sept")
_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_ORDINAL_SHORT = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NUMERIC_DATES = (
    # 28.04.2022, 28/04/2022, 28-04-2022 (day first, as the genre writes them)
    re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>\d{4})(?!\d)"),
    # 2022-04-28 (ISO)
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # 04.2022 (month and year only)
    re.compile(r"(?<![\d.])(?P<month>[01]?\d)\.(?P<year>\d{4})(?!\d)"),
)


def _month_pattern(month: int) -> str:
    """A month's English name or abbreviation, as a word: 'April', 'Apr', 'Apr.', 'APRIL'.

    Capitalised or upper case only: "may" the verb is not May, and datelines shout.
    """
    words = sorted(_MONTH_WORDS[month], key=len, reverse=True)
    forms = [*words, *(word.upper() for word in words)]
    return r"\b(?:" + "|".join(forms) + r")\b\.?"


def _numeric_dates(quote: str) -> Iterator[dict[str, int]]:
    """The parts of every numeric date in the quote (28.04.2022, 2022-04-28, 04.2022)."""
    for pattern in _NUMERIC_DATES:
        for match in pattern.finditer(quote):
            parts = {key: int(value) for key, value in match.groupdict().items() if value}
            if 1 <= parts["month"] <= 12:
                yield parts


def _month_in(quote: str, month: int) -> bool:
    if re.search(_month_pattern(month), quote):
        return True
    return any(parts["month"] == month for parts in _numeric_dates(quote))


def _day_in(quote: str, month: int, day: int) -> bool:
    """The day as a number next to this month's name, or in a numeric date of this month.

    Accepted: '28 April', '28th April', '28th of April', 'April 28', 'April 28th', and each day
    of '27-28 April', '27 and 28 April', 'April 27-28'. A bare 'the 28th' names no month and is
    not enough.
    """
    name = _month_pattern(month)
    days: list[int] = []
    pair = rf"(?<!\d){_DAY}(?:\s*(?:-|–|—|and|,)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
    for pattern in (rf"{pair}(?:\s+of)?\s+{name}", rf"{name}\s+{pair}(?!\d)"):
        for match in re.finditer(pattern, quote):
            days += [int(value) for value in (match["day"], match["day2"]) if value]
    days += [p["day"] for p in _numeric_dates(quote) if p["month"] == month and "day" in p]
    return day in days


def _year_in(quote: str, year: int) -> bool:
    return re.search(rf"(?<!\d){year:04d}(?!\d)", quote) is not None


def _quarter_in(quote: str, quarter: int) -> bool:
    """'third quarter', '3rd quarter', 'III quarter', 'Q3' (any case but the Roman numeral)."""
    words = rf"\b(?:{_ORDINAL_WORDS[quarter]}|{_ORDINAL_SHORT[quarter]})[\s-]+quarter\b"
    if re.search(words, quote, re.IGNORECASE):
        return True
    return re.search(rf"\b(?:{_ROMAN[quarter]}\s+quarter\b|[Qq]{quarter}\b)", quote) is not None


def _half_in(quote: str, half: int) -> bool:
    """'first half', '1st half', 'first half-year', 'H1'."""
    words = rf"\b(?:{_ORDINAL_WORDS[half]}|{_ORDINAL_SHORT[half]})[\s-]+half\b"
    if re.search(words, quote, re.IGNORECASE):
        return True
    return re.search(rf"\b[Hh]{half}\b", quote) is not None


def date_parts_missing(quote: str, date: PartialDate) -> list[str]:
    """The stored parts of a stated date that the quote does not give, in a fixed order.

    An empty list means the quote supports every part; otherwise each name (year, quarter,
    half, month, day) is a part the curator must drop or mark inferred or external.
    """
    missing: list[str] = []
    if date.year is not None and not _year_in(quote, date.year):
        missing.append("year")
    if date.quarter is not None and not _quarter_in(quote, date.quarter):
        missing.append("quarter")
    if date.half is not None and not _half_in(quote, date.half):
        missing.append("half")
    if date.month is not None and not _month_in(quote, date.month):
        missing.append("month")
    if date.day is not None and (date.month is None or not _day_in(quote, date.month, date.day)):
        missing.append("day")
    return missing


def period_years_missing(text: str, start: dt.date, end: dt.date) -> list[int]:
    """The years of a stated period's ends that the label or quote does not give.

    A period marked stated rests on its words: "January-September 2017" supports
    2017-01/2017-09, but "this year" supports no year, so its value must be inferred.
    """
    years = dict.fromkeys((start.year, end.year))
    return [year for year in years if not _year_in(text, year)]


CITATION_FIELDS = ("url", "publication", "says")


def _url_problem(url: str) -> str | None:
    """Only an http(s) address with a host: something a reader can open to check."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "citation url must not contain spaces or control characters"
    try:
        parts = urlsplit(url)
    except ValueError:
        return "citation url is not a valid address"
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return "citation url must be an http:// or https:// address with a host"
    return None


def citation_problems(citation: Mapping[str, object]) -> list[str]:
    """Why a citation cannot stand as outside evidence; empty when it can.

    External evidence must be findable (a url, or a publication a reader can look up, or both)
    and must say what the outside source states, so the stored fact can be checked against it.
    """
    problems = [
        f"citation has an unknown field {str(key)[:40]!r} (allowed: {', '.join(CITATION_FIELDS)})"
        for key in citation
        if key not in CITATION_FIELDS
    ]
    present: dict[str, str] = {}
    for field in CITATION_FIELDS:
        value = citation.get(field)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(f"citation {field} must be text")
        elif value.strip():
            present[field] = value
        else:
            problems.append(f"citation {field} must not be empty")
    if citation.get("url") is None and citation.get("publication") is None:
        problems.append("citation requires a url or a publication (or both)")
    if citation.get("says") is None:
        problems.append("citation requires says: what the outside source states")
    if "url" in present:
        problem = _url_problem(present["url"])
        if problem:
            problems.append(problem)
    return problems
