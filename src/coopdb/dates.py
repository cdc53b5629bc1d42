"""Partial dates: what a text says about a date, and the interval of days that allows.

Articles say "15 March", "in 2022", "the third quarter of 2022", "the first half of 2019". A
``PartialDate`` keeps the parts that are known, and derives the real date (only when all three
are known) and the earliest/latest day the known parts allow, so that SQL can join on
intervals; its ``precision`` and ``label()`` keep a quarter or a half from reading as a bare year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from coopdb.vocabulary import DatePrecision

_FORMS = (
    re.compile(r"^(?P<year>\d{4})$"),
    re.compile(r"^(?P<year>\d{4})-Q(?P<quarter>[1-4])$"),
    re.compile(r"^(?P<year>\d{4})-H(?P<half>[12])$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"),
    re.compile(r"^--(?P<month>\d{2})-(?P<day>\d{2})$"),
    re.compile(r"^--(?P<month>\d{2})$"),
)

FORMS_HELP = "YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD, --MM-DD or --MM"

StatedPrecision = Literal[DatePrecision, "none"]
"""The finest part a date states (what a report may print, and no more); "none" when no part
is known, which the database stores as NULL."""


@dataclass(frozen=True)
class PartialDate:
    """The known parts of a date and the interval of days they allow."""

    year: int | None
    month: int | None
    day: int | None
    earliest: dt.date | None
    latest: dt.date | None
    quarter: int | None = None
    half: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The full date, only when year, month and day are all known."""
        if self.year is not None and self.month is not None and self.day is not None:
            return dt.date(self.year, self.month, self.day)
        return None

    @property
    def precision(self) -> StatedPrecision:
        """The finest stated part, so "2022-Q3" is never mistaken for the whole of 2022."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        if self.year is not None:
            return "year"
        return "none"

    def label(self) -> str:
        """The date as stated and no finer: '2022-Q3', '2019-H1', '15 March', 'March 2017'."""
        if self.quarter is not None and self.year is not None:
            return f"{self.year}-Q{self.quarter}"
        if self.half is not None and self.year is not None:
            return f"{self.year}-H{self.half}"
        words = [str(self.day)] if self.day is not None and self.month is not None else []
        if self.month is not None:
            words.append(calendar.month_name[self.month])
        if self.year is not None:
            words.append(str(self.year))
        return " ".join(words) if words else "date not stated"


def parse_partial_date(text: str) -> PartialDate:
    """Parse one of the curated forms; raise ValueError naming the problem."""
    shown = repr(text if len(text) <= 60 else text[:59] + "…")  # messages stay short
    for form in _FORMS:
        match = form.match(text)
        if match:
            break
    else:
        raise ValueError(f"{shown} is not a date of the form {FORMS_HELP}")
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    month = int(parts["month"]) if parts.get("month") else None
    day = int(parts["day"]) if parts.get("day") else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{shown}: month {month} is not between 1 and 12")
    if day is not None:
        # Without a year, 29 February is possible (leap years); check against a leap year.
        days_in_month = calendar.monthrange(year if year is not None else 2000, month or 1)[1]
        if not 1 <= day <= days_in_month:
            raise ValueError(f"{shown}: day {day} does not exist in month {month}")
    if year is None:
        return PartialDate(None, month, day, None, None)
    if parts.get("quarter"):
        quarter = int(parts["quarter"])
        earliest, latest = _months(year, 3 * quarter - 2, 3 * quarter)
        return PartialDate(year, None, None, earliest, latest, quarter=quarter)
    if parts.get("half"):
        half = int(parts["half"])
        earliest, latest = _months(year, 6 * half - 5, 6 * half)
        return PartialDate(year, None, None, earliest, latest, half=half)
    if month is None:
        return PartialDate(year, None, None, *_months(year, 1, 12))
    if day is None:
        return PartialDate(year, month, None, *_months(year, month, month))
    exact = dt.date(year, month, day)
    return PartialDate(year, month, day, exact, exact)


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """The first day of month ``first`` and the last day of month ``last`` of ``year``."""
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
