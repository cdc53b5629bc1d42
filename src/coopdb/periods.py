"""Periods: the stretch of time a figure covers, as curated values and as articles word them.

A curated period value (``2017-01/2017-09``, ``2022-Q3``, ``2019-H1``) becomes an ``Interval``
of days; its ``kind`` and whole ``months`` are derived here, once, so the resolver, the loader
and the reports agree. ``read_period_label`` reads the phrases of the genre ("January-September
2017", "the past 11 months", "this year") and says whether the text states the interval or
whether it was resolved against the article's date: a relative phrase never passes as stated.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from coopdb.dates import PartialDate, parse_partial_date
from coopdb.vocabulary import DatePrecision, PeriodKind

ReadingBasis = Literal["stated", "inferred", "unknown"]
"""How a phrase's reading rests on the text (a subset of ``DateBasis``; "external" needs a
citation, which no phrase carries): stated, the text gives it; inferred, resolved against the
article's date or the figure's own period; unknown, no interval."""

VALUE_HELP = "YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD, or A/B of those"


@dataclass(frozen=True)
class Interval:
    """A closed interval of days with the precision each end was given in."""

    start: dt.date
    end: dt.date
    start_precision: DatePrecision
    end_precision: DatePrecision

    @property
    def months(self) -> int | None:
        """Whole calendar months covered, or None when an end falls inside a month."""
        return whole_months(self.start, self.end)

    @property
    def kind(self) -> PeriodKind:
        """calendar_year, part_year or multi_year (an interval is never unknown)."""
        return period_kind(self.start, self.end, None)


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _end_point(text: str, whole: str) -> PartialDate:
    """One end of a period value: a curated date form that names its year."""
    try:
        parts = parse_partial_date(text)
    except ValueError as error:
        raise ValueError(f"{_shown(whole)} is not a period of the form {VALUE_HELP}") from error
    if parts.earliest is None or parts.latest is None:
        raise ValueError(f"{_shown(whole)}: a period needs a year ({text!r} has none)")
    return parts


def parse_period_value(value: str) -> Interval:
    """Parse a curated period value; A/B runs from A's start to B's end.

    B must neither start nor end before A does, so a reversed or overlapping-backwards value
    ("2022/2021", "2020/2020-06") is refused rather than quietly read as something else.
    """
    pieces = value.split("/")
    if len(pieces) > 2 or not all(pieces):
        raise ValueError(f"{_shown(value)} is not a period of the form {VALUE_HELP}")
    first = _end_point(pieces[0], value)
    last = _end_point(pieces[-1], value) if len(pieces) == 2 else first
    assert first.earliest and first.latest and last.earliest and last.latest
    if last.earliest < first.earliest or last.latest < first.latest:
        raise ValueError(f"{_shown(value)}: the period's end {pieces[-1]!r} is before its start")
    return Interval(first.earliest, last.latest, _precision(first), _precision(last))


def _precision(parts: PartialDate) -> DatePrecision:
    precision = parts.precision
    assert precision != "none"  # an end always has its year
    return precision


def months_problem(interval: Interval, months: int) -> str | None:
    """Why stated ``months`` contradict the interval, or None when they agree.

    A curator may give both ("the past 11 months", value 2021-01/2021-11); the count then
    checks the interval, and an interval that is not whole months cannot be checked at all.
    """
    if months <= 0:
        return f"months must be a positive number, not {months}"
    if interval.months is None:
        return f"the interval {interval.start}–{interval.end} is not a whole number of months"
    if interval.months != months:
        return f"months says {months} but the interval covers {interval.months}"
    return None


def whole_months(start: dt.date, end: dt.date) -> int | None:
    """Months from the first of a month to the last of a month; None for any other interval.

    A count is only given when it is exact: "15 March–14 June" is not called 3 months.
    """
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1] or end < start:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_kind(start: dt.date | None, end: dt.date | None, months: int | None) -> PeriodKind:
    """The kind of a period from its interval when both ends are known, else from its months.

    With months alone, fewer than 12 is part_year and more than 12 is multi_year; exactly 12
    could be a calendar year or any twelve months, so it stays unknown, as does an open end.
    """
    if start is not None and end is not None:
        if end < start:
            return "unknown"
        if start.year != end.year:
            return "multi_year"
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return "calendar_year"
        return "part_year"
    if months is None or months == 12 or months <= 0:
        return "unknown"
    return "part_year" if months < 12 else "multi_year"


@dataclass(frozen=True)
class PeriodReading:
    """What a period phrase says: its interval (if any), months, basis and whether relative.

    ``value`` is the curated form of the interval ("2017-01/2017-09", "2022-Q3") when both ends
    are known, so a drafting tool can write it straight into a file; ``note`` says how a
    relative phrase was resolved, or why it could not be.
    """

    label: str
    value: str | None
    start: dt.date | None
    end: dt.date | None
    months: int | None
    basis: ReadingBasis
    relative: bool
    note: str | None = None

    @property
    def kind(self) -> PeriodKind:
        """Derived like a curated period's kind."""
        return period_kind(self.start, self.end, self.months)


# --- reading the genre's phrases -------------------------------------------------------------

_NUMBER_WORDS = {
    word: index
    for index, word in enumerate((
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty",
    ))
}  # fmt: skip
_NUMBER_WORDS.update({"a": 1, "an": 1})
_ORDINALS = {
    "first": 1, "1st": 1, "i": 1,
    "second": 2, "2nd": 2, "ii": 2,
    "third": 3, "3rd": 3, "iii": 3,
    "fourth": 4, "4th": 4, "iv": 4,
}  # fmt: skip
_MONTHS: dict[str, int] = {}
for _month in range(1, 13):
    _MONTHS[calendar.month_name[_month].lower()] = _month
    _MONTHS[calendar.month_abbr[_month].lower()] = _month
_MONTHS["sept"] = 9
_YEAR_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "the": 0,
    "last": -1, "previous": -1, "past": -1, "the previous": -1, "the past": -1,
    "next": 1, "coming": 1, "the next": 1, "the coming": 1, "following": 1, "the following": 1,
}  # fmt: skip

_NUM = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_REL = "|".join(sorted(_YEAR_OFFSETS, key=len, reverse=True))
_YEAR = rf"(?:(?P<year>\d{{4}})|(?P<rel>{_REL}) year)"
_DASH = r"(?:\s*-\s*|\s+to\s+|\s+through\s+|\s+till\s+|\s+until\s+)"


@dataclass(frozen=True)
class _Context:
    label: str
    article_date: dt.date | None
    same_period_as: Interval | None
    preposition: str | None


_YearRef = tuple[int | None, int | None]
"""(stated year, None), or (None, offset from the article's year), or (None, None): no year."""


def _year_ref(match: re.Match[str]) -> _YearRef:
    """A stated year, an offset from the article's year ("last year" → -1), or neither."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"]), None
    if groups.get("rel"):
        return None, _YEAR_OFFSETS[groups["rel"]]
    return None, None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]


def _value(year: int, first: int, last: int, form: str | None) -> str:
    if form:
        return f"{year}-{form}"
    if (first, last) == (1, 12):
        return str(year)
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _resolved(ctx: _Context, value: str, base: dt.date | None = None) -> PeriodReading:
    """A relative phrase made an interval, saying against which date it was resolved."""
    interval = parse_period_value(value)
    against = f"the article date {base.isoformat()}" if base else "the figure's own period"
    return PeriodReading(
        ctx.label,
        value,
        interval.start,
        interval.end,
        interval.months,
        "inferred",
        True,
        f"Resolved against {against}: {ctx.label!r} read as {value}.",
    )


def _stated(ctx: _Context, value: str, note: str | None = None) -> PeriodReading:
    interval = parse_period_value(value)
    return PeriodReading(
        ctx.label, value, interval.start, interval.end, interval.months, "stated", False, note
    )


def _unresolved(ctx: _Context, months: int | None, why: str) -> PeriodReading:
    return PeriodReading(ctx.label, None, None, None, months, "unknown", True, why)


_NEEDS_DATE = "Relative to the article's date, which was not given: interval unknown."


def _span(
    ctx: _Context, ref: _YearRef, first: int, last: int, form: str | None, *, to_date: bool = False
) -> PeriodReading:
    """Months first..last of a stated year, or of a year relative to the article's date.

    With no year at all, the article's year; but a year-to-date span (``to_date``: "January-
    September", "the first N months", "eleven months") reports figures already counted, so
    when it would not have ended by the article's date it is the year before.
    """
    year, offset = ref
    if year is not None:
        return _stated(ctx, _value(year, first, last, form))
    if ctx.article_date is None:
        return _unresolved(ctx, last - first + 1, _NEEDS_DATE)
    year = ctx.article_date.year + (offset or 0)
    if to_date and offset is None and _month_end(year, last) >= ctx.article_date:
        year -= 1
    return _resolved(ctx, _value(year, first, last, form), ctx.article_date)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(ctx: _Context, match: re.Match[str]) -> PeriodReading | None:
    first = _MONTHS[match["m1"]]
    last = _MONTHS[match["m2"]] if match["m2"] else first
    if last < first:
        return None
    return _span(ctx, _year_ref(match), first, last, None, to_date=first == 1 < last)


def _cross_year_months(ctx: _Context, match: re.Match[str]) -> PeriodReading | None:
    start = f"{match['y1']}-{_MONTHS[match['m1']]:02d}"
    end = f"{match['y2']}-{_MONTHS[match['m2']]:02d}"
    try:
        return _stated(ctx, f"{start}/{end}")
    except ValueError:
        return None


def _quarter(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    groups = match.groupdict()
    quarter = _ORDINALS[groups["ord"]] if groups.get("ord") else int(groups["q"])
    return _span(ctx, _year_ref(match), 3 * quarter - 2, 3 * quarter, f"Q{quarter}")


def _half(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    groups = match.groupdict()
    half = _ORDINALS[groups["ord"]] if groups.get("ord") else int(groups["h"])
    return _span(ctx, _year_ref(match), 6 * half - 5, 6 * half, f"H{half}")


def _first_months(ctx: _Context, match: re.Match[str]) -> PeriodReading | None:
    count = _number(match["n"])
    if not 1 <= count <= 12:
        return None
    return _span(ctx, _year_ref(match), 1, count, None, to_date=True)


def _whole_year(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    return _span(ctx, _year_ref(match), 1, 12, None)


def _years(ctx: _Context, match: re.Match[str]) -> PeriodReading | None:
    first, last = int(match["y1"]), int(match["y2"])
    if last <= first:
        return None
    return _stated(ctx, f"{first}/{last}")


def _next_two_years(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    if ctx.article_date is None:
        return _unresolved(ctx, None, _NEEDS_DATE)
    year = ctx.article_date.year
    return _resolved(ctx, f"{year + 1}/{year + 2}", ctx.article_date)


def _in_years(match: re.Match[str]) -> bool:
    return bool(match["halfyear"]) or str(match["unit"]).startswith("year")


def _duration_months(match: re.Match[str]) -> int | None:
    """'20 years' → 240, 'one and a half years' → 18, 'half a year' → 6; None if not whole."""
    if match["halfyear"]:
        return 6
    count = float(match["dec"]) if match["dec"] else float(_number(match["n"]))
    if match["h1"] or match["h2"]:
        count += 0.5
    months = count * (12 if _in_years(match) else 1)
    return int(months) if months.is_integer() and months > 0 else None


def _duration_note(ctx: _Context, qualifier: str | None, months: int) -> str:
    """Say when the stated length is a bound ("more than 20 years") or may be one ("over")."""
    if qualifier:
        return f"{qualifier!r}: {months} months is a bound, not the exact length."
    if ctx.preposition == "over":
        return "'over' may mean 'during' or 'more than'."
    return ""


def _duration(ctx: _Context, match: re.Match[str]) -> PeriodReading | None:
    """A length of time: months only, except 'the past N months' with an article date."""
    months = _duration_months(match)
    if months is None:
        return None
    past = match["when"] in {"past", "last"} and not _in_years(match)
    over = _duration_note(ctx, match["qual"], months)
    if not past:
        bare_months = not _in_years(match) and not match["when"]
        if bare_months and months <= 12:  # "in eleven months": the year's first N months
            return _span(ctx, (None, None), 1, months, None, to_date=True)
        return PeriodReading(ctx.label, None, None, None, months, "unknown", False, over or None)
    return _rolling(ctx, months)


def _rolling(ctx: _Context, months: int) -> PeriodReading:
    """'The past N months': the N whole calendar months before the article's month."""
    if ctx.article_date is None:
        return _unresolved(ctx, months, _NEEDS_DATE)
    last = ctx.article_date.replace(day=1) - dt.timedelta(days=1)
    index = last.year * 12 + last.month - months  # months since year 0 of the first month
    start = f"{index // 12}-{index % 12 + 1:02d}"
    return _resolved(ctx, f"{start}/{last.year}-{last.month:02d}", ctx.article_date)


def _past_year(ctx: _Context, _: re.Match[str]) -> PeriodReading:
    """'The past year' is the twelve months before the article, not the last calendar year."""
    return _rolling(ctx, 12)


def _open_end(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    """'through 2030', 'until 2030', 'by the end of the year': the end only."""
    year, offset = _year_ref(match)
    if year is None:
        if ctx.article_date is None:
            return _unresolved(ctx, None, _NEEDS_DATE)
        year = ctx.article_date.year + (offset or 0)
        note = f"Resolved against the article date {ctx.article_date.isoformat()}: ends {year}."
        return PeriodReading(
            ctx.label, None, None, dt.date(year, 12, 31), None, "inferred", True, note
        )
    return PeriodReading(ctx.label, None, None, dt.date(year, 12, 31), None, "stated", False)


def _open_start(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    """'since 2015': the start only."""
    return PeriodReading(
        ctx.label, None, dt.date(int(match["year"]), 1, 1), None, None, "stated", False
    )


def _shifted(interval: Interval, year: int) -> str:
    """The same months of another year: the value of "the same period of <year>"."""
    delta = year - interval.end.year
    start = interval.start.replace(year=interval.start.year + delta)
    end = interval.end.replace(year=interval.end.year + delta, day=1)
    if interval.start.year == interval.end.year and (start.month, end.month) == (1, 12):
        return str(year)
    return f"{start:%Y-%m}/{end:%Y-%m}" if start != end else f"{start:%Y-%m}"


def _same_period(ctx: _Context, match: re.Match[str]) -> PeriodReading:
    """'the same period of 2016' (stated year) or '… last year' (a year before the figure's)."""
    main = ctx.same_period_as
    months = main.months if main else None
    if main is None or months is None:
        why = "The same months as the figure's own period, which was not given."
        return PeriodReading(ctx.label, None, None, None, None, "unknown", True, why)
    year, offset = _year_ref(match)
    note = f"The same months as the figure's own period ({main.start:%Y-%m}–{main.end:%Y-%m})."
    if year is not None:
        return _stated(ctx, _shifted(main, year), note)
    offset = -1 if offset is None else offset  # "a year earlier", or no year: the year before
    return _resolved(ctx, _shifted(main, main.end.year + offset))


def _vague(ctx: _Context, _: re.Match[str]) -> PeriodReading:
    return _unresolved(ctx, None, "No interval: the text gives none.")


_Reader = Callable[[_Context, re.Match[str]], "PeriodReading | None"]
_DURATION = (
    rf"(?:(?P<when>past|last|next|coming) )?"
    r"(?:(?P<qual>over|more than|almost|nearly|about|around|some|less than|under) )?"
    rf"(?:(?P<halfyear>half a year)|(?:(?P<dec>\d+\.5)|(?P<n>{_NUM}))(?P<h1> and a half)? "
    rf"(?P<unit>years?|months?)(?P<h2> and a half)?)"
)
_PHRASES: tuple[tuple[re.Pattern[str], _Reader], ...] = tuple(
    (re.compile(pattern), reader)
    for pattern, reader in (
        (rf"(?:from |between )?(?P<y1>\d{{4}})(?:{_DASH}|\s+and\s+|/)(?P<y2>\d{{4}})", _years),
        (r"(?:the )?(?:year )?(?P<year>\d{4})(?: year)?", _whole_year),
        (r"past year", _past_year),
        (rf"(?P<rel>{_REL}) year", _whole_year),
        (r"next year or (?:the year )?after(?: the next(?: one)?)?", _next_two_years),
        (rf"(?:from )?(?P<m1>{_MON})\.? (?P<y1>\d{{4}}){_DASH}(?P<m2>{_MON})\.? (?P<y2>\d{{4}})",
         _cross_year_months),
        (rf"(?:from )?(?P<m1>{_MON})\.?(?:{_DASH}(?P<m2>{_MON})\.?)?(?:,? (?:of )?{_YEAR})?",
         _month_span),
        (rf"(?P<ord>{_ORD}) quarter(?: of)?(?: {_YEAR})?", _quarter),
        (r"q(?P<q>[1-4])(?: of)? (?P<year>\d{4})", _quarter),
        (r"(?P<year>\d{4})[- ]q(?P<q>[1-4])", _quarter),
        (rf"(?P<ord>first|second|1st|2nd) half(?:[- ]year)?(?: of)?(?: {_YEAR})?", _half),
        (r"h(?P<h>[12])(?: of)? (?P<year>\d{4})", _half),
        (r"(?P<year>\d{4})[- ]h(?P<h>[12])", _half),
        (rf"(?:first )?(?P<n>{_NUM}) months of {_YEAR}", _first_months),
        (rf"first (?P<n>{_NUM}) months", _first_months),
        (rf"(?:through|until|till|up to|to|by)(?: the end of)? {_YEAR}", _open_end),
        (r"(?:since|starting from|starting in|from) (?P<year>\d{4})", _open_start),
        (rf"(?:same|corresponding) period(?: of| in)?(?: {_YEAR}| a year (?:earlier|ago))?",
         _same_period),
        (r"(?:coming|next few|next|following|recent|past few) years|near future", _vague),
        (_DURATION, _duration),
    )
)  # fmt: skip
_PREPOSITION = re.compile(r"(in|for|during|throughout|within|over|at|of|on)\s+")


def _normalised(label: str) -> tuple[str, str | None]:
    """Lower case, one kind of dash and space, no leading preposition or 'the'."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", label.lower())
    text = re.sub(r"\s+", " ", text).strip(" ,;:!?")
    text = text.removesuffix(".") if not re.search(rf"(?:{_MON})\.$", text) else text
    preposition = _PREPOSITION.match(text)
    if preposition:
        text = text[preposition.end() :]
    return text.removeprefix("the "), preposition[1] if preposition else None


def read_period_label(
    label: str, article_date: dt.date | None, *, same_period_as: Interval | None = None
) -> PeriodReading | None:
    """Read a period phrase of the genre; None when it is not understood or refused.

    Stated phrases ("January-September 2017", "Q3 2022", "in 2020-2022") give their interval
    with basis stated. Relative ones ("this year", "the past 11 months", a month span with no
    year) give an interval only against ``article_date``, with basis inferred and a note naming
    that date; without it they give months only, or nothing. "The same period …" needs the
    figure's own period (``same_period_as``). Durations ("over 20 years") give months only.
    """
    text, preposition = _normalised(label)
    ctx = _Context(label, article_date, same_period_as, preposition)
    for pattern, reader in _PHRASES:
        match = pattern.fullmatch(text)
        if match:
            return reader(ctx, match)
    return None
