"""A report narrowed to a period (``--since``/``--until``) or to some sections
(``--section``): the same records, fewer of them, in every format.

A fact's dates are an interval of days (a year-only date is the whole year); a fact is kept
when its interval meets the period. A fact with no date of its own takes its meeting's, else
its article's; one with none at all cannot be placed in a period and is left out, and counted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from coopdb.dates import parse_partial_date
from coopdb.reports.cited import fact_sources, people_sources
from coopdb.reports.queries import Record, Report

SECTIONS = {
    "twinning": "twinning",
    "officials": "officials",
    "meetings": "meetings",
    "trade": "trade_figures",
    "trade_outlook": "trade_figures",
    "goods": "trade_goods",
    "proposals": "proposals",
    "statements": "statements",
    "quantities": "quantities",
    "enterprises": "enterprises",
    "sources": "sources",
    "notes": "notes",
}
"""Each ``--section`` name (a table's key) → the report's records (the JSON key) it shows."""

DATED = (
    "twinning",
    "meetings",
    "trade_figures",
    "trade_goods",
    "quantities",
    "statements",
    "proposals",
)
"""The report's sections whose facts have dates (officials and enterprises follow them)."""

_BOUNDS = (
    ("date_earliest", "date_latest"),
    ("period_start", "period_end"),
    ("proposed_earliest", "proposed_latest"),
    ("meeting_date_earliest", "meeting_date_latest"),
)


@dataclass(frozen=True)
class Period:
    """The days from ``since`` to ``until`` (either open)."""

    since: dt.date | None = None
    until: dt.date | None = None

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def label(self) -> str:
        if self.since and self.until:
            return f"from {self.since} to {self.until}"
        return f"from {self.since}" if self.since else f"until {self.until}"


def period_bound(text: str, *, end: bool) -> dt.date:
    """'2022' → 2022-01-01 (or, as an end, 2022-12-31); '2022-04', '2022-Q2', '2022-04-28'."""
    parts = parse_partial_date(text)
    day = parts.latest if end else parts.earliest
    if day is None:
        raise ValueError(f"{text!r} has no year")
    return day


def interval(record: Record, source: Record | None) -> tuple[dt.date | None, dt.date | None]:
    """The fact's days: its own date or period, else its meeting's, else its article's."""
    for low, high in _BOUNDS:
        if record.get(low) is not None or record.get(high) is not None:
            return record.get(low), record.get(high)
    if source is not None:
        return source.get("date_earliest"), source.get("date_latest")
    return None, None


def year_of(record: Record, source: Record | None) -> int | None:
    """The one calendar year the fact falls in, or None (undated, or spanning years)."""
    low, high = interval(record, source)
    if low is None or high is None or low.year != high.year:
        return None
    return low.year


def within(report: Report, period: Period) -> tuple[Report, int]:
    """The report's facts that meet ``period``, with the officials, enterprises and sources
    they rest on; and how many undated facts were left out."""
    sources = {s["id"]: s for s in report.sources}
    kept: dict[str, list[Record]] = {}
    undated = 0
    for name in DATED:
        kept[name] = []
        for record in getattr(report, name):
            low, high = interval(record, sources.get(record["source_id"]))
            if low is None or high is None:
                undated += 1
            elif (period.since is None or high >= period.since) and (
                period.until is None or low <= period.until
            ):
                kept[name].append(record)
    narrowed = dataclasses.replace(report)
    for name, records in kept.items():
        setattr(narrowed, name, records)
    cited = fact_sources(narrowed)
    narrowed.officials = [o for o in report.officials if cited & set(o["source_ids"])]
    narrowed.enterprises = [e for e in report.enterprises if cited & set(e["source_ids"])]
    cited |= people_sources(narrowed)
    narrowed.sources = [s for s in report.sources if s["id"] in cited]
    return narrowed, undated
