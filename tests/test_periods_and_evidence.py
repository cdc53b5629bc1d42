"""Periods, date precision and date evidence, read the way the genre words them.

Pure parsers, so no database: each table row is a phrasing of the kind BelTA and
president.gov.by articles use, with what a careful curator would store for it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopdb.dates import parse_partial_date
from coopdb.evidence import citation_problems, date_parts_missing, period_years_missing
from coopdb.periods import (
    months_problem,
    parse_period_value,
    period_kind,
    read_period_label,
    whole_months,
)

D = dt.date
JUNE_2022 = D(2022, 6, 9)
DECEMBER_2021 = D(2021, 12, 14)


# --- dates: halves, precision, labels --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "label", "earliest", "latest"),
    [
        ("2022-Q3", "quarter", "2022-Q3", D(2022, 7, 1), D(2022, 9, 30)),
        ("2019-H1", "half", "2019-H1", D(2019, 1, 1), D(2019, 6, 30)),
        ("2019-H2", "half", "2019-H2", D(2019, 7, 1), D(2019, 12, 31)),
        ("2017", "year", "2017", D(2017, 1, 1), D(2017, 12, 31)),
        ("2017-03", "month", "March 2017", D(2017, 3, 1), D(2017, 3, 31)),
        ("2017-03-15", "day", "15 March 2017", D(2017, 3, 15), D(2017, 3, 15)),
        ("--03-15", "day", "15 March", None, None),
        ("--10", "month", "October", None, None),
    ],
)
def test_a_partial_date_reads_no_finer_than_stated(
    text: str, precision: str, label: str, earliest: D | None, latest: D | None
) -> None:
    date = parse_partial_date(text)
    assert (date.precision, date.label(), date.earliest, date.latest) == (
        precision,
        label,
        earliest,
        latest,
    )


def test_a_half_keeps_no_month_and_no_quarter() -> None:
    half = parse_partial_date("2019-H1")
    assert (half.year, half.month, half.day, half.quarter, half.half) == (2019, None, None, None, 1)
    assert parse_partial_date("2022-Q3").quarter == 3


@pytest.mark.parametrize("text", ["2019-H3", "2019-H0", "2019-h1", "2019-H", "H1 2019", "2019H1"])
def test_impossible_halves_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a date of the form .*YYYY-Hn"):
        parse_partial_date(text)


# --- period values, kinds and months ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "start", "end", "months", "kind", "precisions"),
    [
        ("2021", D(2021, 1, 1), D(2021, 12, 31), 12, "calendar_year", ("year", "year")),
        ("2022-Q3", D(2022, 7, 1), D(2022, 9, 30), 3, "part_year", ("quarter", "quarter")),
        ("2019-H1", D(2019, 1, 1), D(2019, 6, 30), 6, "part_year", ("half", "half")),
        ("2018-02", D(2018, 2, 1), D(2018, 2, 28), 1, "part_year", ("month", "month")),
        ("2022-06-09", D(2022, 6, 9), D(2022, 6, 9), None, "part_year", ("day", "day")),
        ("2017-01/2017-09", D(2017, 1, 1), D(2017, 9, 30), 9, "part_year", ("month", "month")),
        ("2020/2030", D(2020, 1, 1), D(2030, 12, 31), 132, "multi_year", ("year", "year")),
        ("2021-10/2022-03", D(2021, 10, 1), D(2022, 3, 31), 6, "multi_year", ("month", "month")),
        ("2019-H2/2020-Q1", D(2019, 7, 1), D(2020, 3, 31), 9, "multi_year", ("half", "quarter")),
        ("2021/2021", D(2021, 1, 1), D(2021, 12, 31), 12, "calendar_year", ("year", "year")),
        ("2022-01/2022-12", D(2022, 1, 1), D(2022, 12, 31), 12, "calendar_year", ("month",) * 2),
        ("2022-03-15/2022-06-14", D(2022, 3, 15), D(2022, 6, 14), None, "part_year", ("day",) * 2),
    ],
)
def test_period_values(
    value: str, start: D, end: D, months: int | None, kind: str, precisions: tuple[str, str]
) -> None:
    interval = parse_period_value(value)
    assert (interval.start, interval.end, interval.months, interval.kind) == (
        start,
        end,
        months,
        kind,
    )
    assert (interval.start_precision, interval.end_precision) == precisions


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2022/2021", "before its start"),
        ("2020/2020-06", "before its start"),  # B ends before A does
        ("2022-Q3/2022-Q1", "before its start"),
        ("2022-05-10/2022-05-09", "before its start"),
        ("--03-15/2022", "needs a year"),
        ("2021/--12", "needs a year"),
        ("2021/", "is not a period"),
        ("/2021", "is not a period"),
        ("2020/2021/2022", "is not a period"),
        ("January 2021", "is not a period"),
        ("2021-H3", "is not a period"),
    ],
)
def test_bad_period_values_are_refused(value: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_period_value(value)


@pytest.mark.parametrize(
    ("start", "end", "months", "kind"),
    [
        (D(2017, 1, 1), D(2017, 12, 31), None, "calendar_year"),
        (D(2017, 1, 1), D(2017, 9, 30), None, "part_year"),
        (D(2016, 12, 1), D(2017, 2, 28), None, "multi_year"),  # across years
        (None, None, 11, "part_year"),  # "the past 11 months", interval unknown
        (None, None, 240, "multi_year"),  # "over 20 years"
        (None, None, 12, "unknown"),  # twelve months: any twelve, not necessarily Jan–Dec
        (None, D(2030, 12, 31), None, "unknown"),  # "through 2030"
        (None, None, None, "unknown"),
        (D(2017, 9, 30), D(2017, 1, 1), None, "unknown"),  # reversed: no kind
    ],
)
def test_period_kinds(start: D | None, end: D | None, months: int | None, kind: str) -> None:
    assert period_kind(start, end, months) == kind


def test_whole_months_only_when_exact() -> None:
    assert whole_months(D(2017, 1, 1), D(2017, 9, 30)) == 9
    assert whole_months(D(2024, 2, 1), D(2024, 2, 29)) == 1
    assert whole_months(D(2024, 2, 1), D(2024, 2, 28)) is None  # leap year: not the month's end
    assert whole_months(D(2022, 3, 15), D(2022, 6, 14)) is None
    assert whole_months(D(2022, 6, 1), D(2022, 5, 31)) is None


@pytest.mark.parametrize(
    ("value", "months", "problem"),
    [
        ("2021-01/2021-11", 11, None),
        ("2021-01/2021-11", 12, "months says 12 but the interval covers 11"),
        ("2022-Q3", 3, None),
        ("2022-03-15/2022-06-14", 3, "not a whole number of months"),
        ("2021", 0, "positive"),
    ],
)
def test_stated_months_check_the_interval(value: str, months: int, problem: str | None) -> None:
    found = months_problem(parse_period_value(value), months)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


@pytest.mark.parametrize(
    ("text", "value", "missing"),
    [
        ("January-September 2017", "2017-01/2017-09", []),
        ("the same period of 2016", "2016-01/2016-09", []),
        ("in 2020-2022", "2020/2022", []),
        ("October 2021-March 2022", "2021-10/2022-03", []),
        ("this year", "2022", [2022]),
        ("in 2020-22", "2020/2022", [2022]),  # a shortened year is not the year's four digits
        ("the strategy through 2030", "2020/2030", [2020]),
    ],
)
def test_a_stated_period_needs_its_years_in_the_words(
    text: str, value: str, missing: list[int]
) -> None:
    interval = parse_period_value(value)
    assert period_years_missing(text, interval.start, interval.end) == missing


# --- period phrases --------------------------------------------------------------------------

STATED = [
    ("January-September 2017", "2017-01/2017-09", 9, "part_year"),
    ("January–April 2018", "2018-01/2018-04", 4, "part_year"),
    ("in January—March 2023", "2023-01/2023-03", 3, "part_year"),
    ("Jan.-Sept. 2017", "2017-01/2017-09", 9, "part_year"),
    ("from January to October 2019", "2019-01/2019-10", 10, "part_year"),
    ("January through November 2020", "2020-01/2020-11", 11, "part_year"),
    ("January-May of 2021", "2021-01/2021-05", 5, "part_year"),
    ("in March 2021", "2021-03", 1, "part_year"),
    ("October 2021-March 2022", "2021-10/2022-03", 6, "multi_year"),
    ("the first seven months of 2024", "2024-01/2024-07", 7, "part_year"),
    ("in the first 9 months of 2023", "2023-01/2023-09", 9, "part_year"),
    ("over ten months of 2020", "2020-01/2020-10", 10, "part_year"),
    ("the third quarter of 2022", "2022-Q3", 3, "part_year"),
    ("in the 1st quarter of 2021", "2021-Q1", 3, "part_year"),
    ("the fourth quarter of 2019", "2019-Q4", 3, "part_year"),
    ("Q3 2022", "2022-Q3", 3, "part_year"),
    ("in Q2 of 2020", "2020-Q2", 3, "part_year"),
    ("2022 Q4", "2022-Q4", 3, "part_year"),
    ("the first half of 2019", "2019-H1", 6, "part_year"),
    ("the second half of 2020", "2020-H2", 6, "part_year"),
    ("the first half-year of 2018", "2018-H1", 6, "part_year"),
    ("H1 2019", "2019-H1", 6, "part_year"),
    ("2021-H2", "2021-H2", 6, "part_year"),
    ("2021", "2021", 12, "calendar_year"),
    ("in 2016", "2016", 12, "calendar_year"),
    ("for the year 2015", "2015", 12, "calendar_year"),
    ("in 2020-2022", "2020/2022", 36, "multi_year"),
    ("2021–2025", "2021/2025", 60, "multi_year"),
    ("from 2019 to 2021", "2019/2021", 36, "multi_year"),
    ("between 2014 and 2018", "2014/2018", 60, "multi_year"),
]


@pytest.mark.parametrize(("label", "value", "months", "kind"), STATED)
def test_stated_phrases_give_their_interval(label: str, value: str, months: int, kind: str) -> None:
    for article_date in (None, JUNE_2022):  # the article's date changes nothing here
        reading = read_period_label(label, article_date)
        assert reading is not None, label
        assert (reading.value, reading.months, reading.kind) == (value, months, kind)
        assert (reading.basis, reading.relative) == ("stated", False)
        interval = parse_period_value(value)
        assert (reading.start, reading.end) == (interval.start, interval.end)


RELATIVE = [
    ("this year", JUNE_2022, "2022", "calendar_year"),
    ("this year", DECEMBER_2021, "2021", "calendar_year"),
    ("the current year", JUNE_2022, "2022", "calendar_year"),
    ("last year", JUNE_2022, "2021", "calendar_year"),
    ("in the previous year", JUNE_2022, "2021", "calendar_year"),
    ("next year", JUNE_2022, "2023", "calendar_year"),
    ("next year or the year after the next one", JUNE_2022, "2023/2024", "multi_year"),
    ("the past 11 months", DECEMBER_2021, "2021-01/2021-11", "part_year"),
    ("over the past 11 months", D(2022, 1, 20), "2021-02/2021-12", "part_year"),
    ("the last three months", JUNE_2022, "2022-03/2022-05", "part_year"),
    ("the past 18 months", DECEMBER_2021, "2020-06/2021-11", "multi_year"),
    ("eleven months", DECEMBER_2021, "2021-01/2021-11", "part_year"),
    ("in 5 months", JUNE_2022, "2022-01/2022-05", "part_year"),
    ("the first four months", JUNE_2022, "2022-01/2022-04", "part_year"),
    ("in January-September", DECEMBER_2021, "2021-01/2021-09", "part_year"),
    ("in May", JUNE_2022, "2022-05", "part_year"),
    ("the first quarter", JUNE_2022, "2022-Q1", "part_year"),
    ("the 3rd quarter of this year", JUNE_2022, "2022-Q3", "part_year"),
    ("the third quarter of next year", JUNE_2022, "2023-Q3", "part_year"),
    ("the first half of the year", JUNE_2022, "2022-H1", "part_year"),
    ("the second half of last year", JUNE_2022, "2021-H2", "part_year"),
    ("the first five months of this year", JUNE_2022, "2022-01/2022-05", "part_year"),
    # year to date with no year: figures already counted, so the year before if still running
    ("in January-November", D(2022, 1, 20), "2021-01/2021-11", "part_year"),
    ("eleven months", D(2022, 1, 20), "2021-01/2021-11", "part_year"),
    ("the first 11 months", DECEMBER_2021, "2021-01/2021-11", "part_year"),
    ("in January-November of this year", D(2022, 1, 20), "2022-01/2022-11", "part_year"),
    # a quarter, half or single month with no year: the article's year (plans name them too)
    ("in the third quarter", D(2022, 1, 20), "2022-Q3", "part_year"),
    ("in March-May", D(2022, 1, 20), "2022-03/2022-05", "part_year"),
    # "the past year" is the twelve months before the article; "last year" the calendar year
    ("over the past year", JUNE_2022, "2021-06/2022-05", "multi_year"),
    ("the past year", D(2022, 1, 20), "2021-01/2021-12", "calendar_year"),
]


@pytest.mark.parametrize(("label", "article_date", "value", "kind"), RELATIVE)
def test_relative_phrases_resolve_only_against_the_article_date(
    label: str, article_date: D, value: str, kind: str
) -> None:
    reading = read_period_label(label, article_date)
    assert reading is not None, label
    assert (reading.value, reading.kind, reading.basis, reading.relative) == (
        value,
        kind,
        "inferred",
        True,
    )
    assert reading.note is not None and article_date.isoformat() in reading.note
    interval = parse_period_value(value)
    assert (reading.start, reading.end, reading.months) == (
        interval.start,
        interval.end,
        interval.months,
    )
    undated = read_period_label(label, None)
    assert undated is not None
    assert (undated.value, undated.start, undated.end, undated.basis) == (
        None,
        None,
        None,
        "unknown",
    )
    assert undated.relative


@pytest.mark.parametrize(
    ("label", "months", "kind"),
    [
        ("the past 11 months", 11, "part_year"),
        ("eleven months", 11, "part_year"),
        ("in January-September", 9, "part_year"),
        ("the first quarter", 3, "part_year"),
        ("the second half of last year", 6, "part_year"),
        ("the past 18 months", 18, "multi_year"),
        ("this year", 12, "unknown"),
        ("the past year", 12, "unknown"),
        ("next year or the year after", None, "unknown"),
        ("in the coming years", None, "unknown"),
        ("by the end of the year", None, "unknown"),
    ],
)
def test_without_an_article_date_only_months_remain(
    label: str, months: int | None, kind: str
) -> None:
    reading = read_period_label(label, None)
    assert reading is not None
    assert (reading.value, reading.months, reading.kind, reading.basis) == (
        None,
        months,
        kind,
        "unknown",
    )
    assert reading.note


@pytest.mark.parametrize(
    ("label", "months", "kind"),
    [
        ("over 20 years", 240, "multi_year"),
        ("for 20 years", 240, "multi_year"),
        ("for over twenty years", 240, "multi_year"),
        ("in 1.5 years", 18, "multi_year"),
        ("one and a half years", 18, "multi_year"),
        ("a year and a half", 18, "multi_year"),
        ("two and a half years", 30, "multi_year"),
        ("half a year", 6, "part_year"),
        ("the next five years", 60, "multi_year"),
        ("the past two years", 24, "multi_year"),
        ("a year", 12, "unknown"),
        ("more than 15 years", 180, "multi_year"),
        ("for almost three years", 36, "multi_year"),
    ],
)
def test_durations_give_months_and_no_interval(label: str, months: int, kind: str) -> None:
    for article_date in (None, JUNE_2022):
        reading = read_period_label(label, article_date)
        assert reading is not None, label
        assert (reading.value, reading.start, reading.end) == (None, None, None)
        assert (reading.months, reading.kind, reading.basis) == (months, kind, "unknown")


def test_a_qualified_duration_says_its_months_are_a_bound() -> None:
    reading = read_period_label("over 20 years", None)
    assert reading is not None and reading.note is not None and "more than" in reading.note
    for label in ("for over twenty years", "more than 15 years", "nearly 2 years"):
        bounded = read_period_label(label, None)
        assert bounded is not None and bounded.note is not None and "bound" in bounded.note
    plain = read_period_label("for 20 years", None)
    assert plain is not None and plain.note is None


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("through 2030", D(2030, 12, 31)),
        ("until 2030", D(2030, 12, 31)),
        ("till 2025", D(2025, 12, 31)),
        ("up to 2026", D(2026, 12, 31)),
        ("by the end of 2022", D(2022, 12, 31)),
    ],
)
def test_an_open_start_keeps_the_end_only(label: str, end: D) -> None:
    reading = read_period_label(label, JUNE_2022)
    assert reading is not None
    assert (reading.start, reading.end, reading.value, reading.months) == (None, end, None, None)
    assert (reading.basis, reading.relative, reading.kind) == ("stated", False, "unknown")


def test_an_open_end_keeps_the_start_only() -> None:
    reading = read_period_label("since 2015", JUNE_2022)
    assert reading is not None
    assert (reading.start, reading.end, reading.basis) == (D(2015, 1, 1), None, "stated")


def test_the_end_of_this_year_is_resolved_against_the_article_date() -> None:
    reading = read_period_label("by the end of the year", JUNE_2022)
    assert reading is not None
    assert (reading.end, reading.basis, reading.relative) == (D(2022, 12, 31), "inferred", True)
    assert reading.note is not None and "2022-06-09" in reading.note


def test_the_same_period_takes_the_months_of_the_figures_own_period() -> None:
    main = parse_period_value("2017-01/2017-09")
    stated = read_period_label("the same period of 2016", JUNE_2022, same_period_as=main)
    assert stated is not None
    assert (stated.value, stated.basis, stated.relative) == ("2016-01/2016-09", "stated", False)
    for label in ("the same period last year", "the same period a year earlier"):
        relative = read_period_label(label, None, same_period_as=main)
        assert relative is not None
        assert (relative.value, relative.basis, relative.relative) == (
            "2016-01/2016-09",
            "inferred",
            True,
        )
        assert relative.note is not None and "own period" in relative.note
    quarter = parse_period_value("2022-Q3")
    shifted = read_period_label("the corresponding period of 2021", None, same_period_as=quarter)
    assert shifted is not None and shifted.value == "2021-07/2021-09"
    whole = parse_period_value("2021")
    year = read_period_label("the same period of 2020", None, same_period_as=whole)
    assert year is not None and (year.value, year.kind) == ("2020", "calendar_year")


def test_the_same_period_without_the_figures_period_stays_unknown() -> None:
    for label in ("the same period of 2016", "the same period last year"):
        reading = read_period_label(label, JUNE_2022)
        assert reading is not None
        assert (reading.value, reading.months, reading.basis) == (None, None, "unknown")


@pytest.mark.parametrize(
    "label",
    [
        "2022-2020",  # a span that runs backwards
        "2021-2021",
        "September-January 2022",
        "the fifth quarter of 2022",
        "the third half of 2019",
        "the first thirteen months of 2020",
        "a month and a half",  # not a whole number of months
        "recently",
        "at the meeting",
        "",
        "Q5 2022",
        "2022-Q0",
    ],
)
def test_phrases_that_are_not_periods_are_refused(label: str) -> None:
    assert read_period_label(label, JUNE_2022) is None


# --- a stated date's parts must be in its quote ----------------------------------------------

EVIDENCE = [
    ("--03-11", "On 10 March, the delegation arrived in Minsk", ["day"]),
    ("--03-10", "On 10 March, the delegation arrived in Minsk", []),
    ("--03-11", "talks on 11 April and 10 March", ["day"]),
    ("2022", "The meeting took place on 9 June", ["year"]),
    ("2022-06-09", "The meeting took place on 9 June", ["year"]),
    ("2022-06-09", "MINSK, 9 June 2022 (BelTA)", []),
    ("2022-06-09", "MINSK, 9 JUNE (BelTA) - in 2022 the sides", []),
    ("2022-04-28", "the agreement signed on 28.04.2022", []),
    ("2022-04-28", "the agreement signed on 2022-04-28", []),
    ("2022-04-28", "On April 28th, 2022 the governor", []),
    ("2022-04-28", "on the 28th of April 2022", []),
    ("2022-04-28", "on 28 Apr. 2022", []),
    ("2022-04-28", "on the 28th, in 2022, in April", ["day"]),  # 'the 28th' names no month
    ("2022-04-28", "on 28 March 2022", ["month", "day"]),
    ("2017-09", "in Sept. 2017", []),
    ("2022-04", "in 04.2022", []),
    ("--06-10", "the forum on 9-10 June", []),
    ("--06-09", "on 9 and 10 June", []),
    ("--06-10", "the forum on June 9-10", []),
    ("--06-10", "the forum on June 9, 2022", ["day"]),  # the comma then the year: no day 10
    ("2022-06-09", "the forum on June 9, 2022", []),
    ("--05", "trade may grow", ["month"]),  # 'may' the verb is not May
    ("--05-09", "GRODNO, 9 MAY (BelTA)", []),
    ("2021-12-01", "on 1 December 2021", []),
    ("2021-12-11", "on 1 December 2021", ["day"]),  # '1' inside '11' is not the day
    ("2022-Q3", "in the third quarter of 2022", []),
    ("2022-Q3", "in the 3rd quarter of 2022", []),
    ("2022-Q3", "by Q3 2022", []),
    ("2022-Q3", "in the III quarter of 2022", []),
    ("2022-Q3", "in July-September 2022", ["quarter"]),  # months are not the quarter's words
    ("2022-Q3", "in the third quarter", ["year"]),
    ("2019-H1", "in the first half of 2019", []),
    ("2019-H1", "H1 2019 results", []),
    ("2019-H2", "in the first half of 2019", ["half"]),
    ("2019-H1", "in the first half-year", ["year"]),
    ("2020", "the 2020 strategy", []),
    ("2020", "the 20200 units", ["year"]),
]


@pytest.mark.parametrize(("value", "quote", "missing"), EVIDENCE)
def test_a_stated_date_is_checked_against_its_quote(
    value: str, quote: str, missing: list[str]
) -> None:
    assert date_parts_missing(quote, parse_partial_date(value)) == missing


# --- citations -------------------------------------------------------------------------------

CITATIONS: list[tuple[dict[str, object], list[str]]] = [
    ({"url": "https://president.gov.by/en/events/x", "says": "Meeting, 9 June 2022"}, []),
    ({"url": "http://example.by/a", "says": "x"}, []),
    ({"publication": "Belarus Today, 10 June 2022", "says": "the talks were on 9 June"}, []),
    ({"url": "https://a.by/x", "publication": "BelTA", "says": "x"}, []),
    ({"says": "x"}, ["requires a url or a publication"]),
    ({"url": "https://a.by/x"}, ["requires says"]),
    ({}, ["requires a url or a publication", "requires says"]),
    ({"url": "ftp://a.by/x", "says": "x"}, ["http:// or https://"]),
    ({"url": "javascript:alert(1)", "says": "x"}, ["http:// or https://"]),
    ({"url": "https://", "says": "x"}, ["with a host"]),
    ({"url": "president.gov.by/x", "says": "x"}, ["http:// or https://"]),
    ({"url": "https://a.by/x y", "says": "x"}, ["spaces or control characters"]),
    ({"url": "https://a.by/\x1b[2J", "says": "x"}, ["spaces or control characters"]),
    ({"url": "", "says": " "}, ["url must not be empty", "says must not be empty"]),
    ({"publication": 3, "says": "x"}, ["publication must be text"]),
    ({"url": "https://a.by", "says": "x", "date": "2022"}, ["unknown field 'date'"]),
]


@pytest.mark.parametrize(("citation", "problems"), CITATIONS)
def test_citation_problems(citation: dict[str, object], problems: list[str]) -> None:
    found = citation_problems(citation)
    assert len(found) == len(problems), found
    for problem, expected in zip(found, problems, strict=True):
        assert expected in problem
