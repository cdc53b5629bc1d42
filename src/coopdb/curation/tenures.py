"""Dates of plans and posts: a proposal's own date and timeframe, a twinning agreement's level,
sides, renewal and first date, and a post's holders over time.

A proposal's date defaults to its meeting's (not copied: the views coalesce and say so). A
relative timeframe ("next year or the year after") has an interval only as inferred, resolved
against the meeting's or the article's date, and the value must be what that date gives. Two
officials may hold one post in succession, so tenures of one post may not overlap unless one
of them is acting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coopdb.curation import corpus as c
from coopdb.curation.problems import named, shorten_quote
from coopdb.curation.spec import ArticleFile, DateSpec, ProposalSpec, TwinningSpec
from coopdb.dates import parse_partial_date
from coopdb.periods import read_period_label

if TYPE_CHECKING:
    from coopdb.curation.resolve import ArticleResolver
    from coopdb.curation.shared import SharedIndex
    from coopdb.curation.yamlread import CuratedFile, Loc


# --- proposals -------------------------------------------------------------------------------


def _day_of(spec: DateSpec | None) -> dt.date | None:
    """The first day a date allows, when it names its year (what a relative label needs)."""
    if spec is None or spec.value is None:
        return None
    try:
        return parse_partial_date(spec.value).earliest
    except ValueError:
        return None  # reported where the date is written


def _reference_dates(spec: ArticleFile, proposal: ProposalSpec) -> dict[str, dt.date] | None:
    """The dates a relative timeframe may be resolved against: the proposal's own, its
    meeting's and the article's publication; None when its meeting is another article's
    (whose date this article does not know)."""
    meetings = {m.key: m for m in spec.meetings if m is not None}
    meeting = meetings.get(proposal.meeting) if proposal.meeting else None
    if proposal.meeting is not None and meeting is None:
        return None
    found = {
        "proposal date": _day_of(proposal.proposed_on),
        "meeting date": _day_of(meeting.date) if meeting else None,
        "publication date": _day_of(spec.published),
    }
    return {what: day for what, day in found.items() if day is not None}


def _relative_checked(
    r: ArticleResolver, loc: Loc, proposal: ProposalSpec, timeframe: c.Period, spec: ArticleFile
) -> None:
    """An inferred relative timeframe must be what its label gives against one of the dates it
    can rest on (the stated case is refused by ``figures.period``)."""
    label = proposal.timeframe.label if proposal.timeframe else None
    if label is None or timeframe.basis != "inferred" or timeframe.start is None:
        return
    if timeframe.end is None or read_period_label(label, None) is None:
        return
    start, end = timeframe.start.earliest, timeframe.end.latest
    dates = _reference_dates(spec, proposal)
    readings = {}
    for what, day in (dates or {}).items():
        reading = read_period_label(label, day)
        if reading is not None and reading.start is not None and reading.end is not None:
            readings[what] = reading
            if (reading.start, reading.end) == (start, end):
                return
    if readings:
        gives = "; ".join(f"the {w} gives {x.value}" for w, x in readings.items())
        r.fail(
            (*loc, "timeframe", "value"),
            f"{shorten_quote(label)} does not resolve to this interval: {gives}",
        )


def proposal_dates(
    r: ArticleResolver,
    loc: Loc,
    proposal: ProposalSpec,
    quote: c.Quote | None,
    spec: ArticleFile,
) -> dict[str, object]:
    """A proposal's own date, its timeframe and its note, as ``c.Proposal`` keywords."""
    proposed_on = None
    if proposal.proposed_on is not None:
        proposed_on = r.index.dated(
            r.file, (*loc, "proposed_on"), proposal.proposed_on, r.body, proposal.quote
        )
    timeframe = None
    if proposal.timeframe is not None:
        tloc: Loc = (*loc, "timeframe")
        timeframe = r.period(tloc, proposal.timeframe, quote)
        months = timeframe.months
        if months is not None and not r.index.fits(
            r.file, (*tloc, "months"), months, "proposals.timeframe_months"
        ):
            timeframe = c.Period(timeframe.label, None, None, "unknown", None, "unknown")
        _relative_checked(r, loc, proposal, timeframe, spec)
    return {"proposed_on": proposed_on, "timeframe": timeframe, "note": proposal.note}


# --- twinning --------------------------------------------------------------------------------


def twinning_details(
    r: ArticleResolver,
    loc: Loc,
    twinning: TwinningSpec,
    quote: c.Quote | None,
    own_keys: set[str],
) -> dict[str, object]:
    """Level, units per side, renewal and first date of an agreement, as ``c.Twinning``
    keywords; each count must fit its column and occur in the quote."""
    units: dict[str, int | None] = {"BY": None, "RU": None}
    if twinning.units is not None:
        for side in units:
            count = getattr(twinning.units, side)
            where: Loc = (*loc, "units", side)
            column = f"twinning_agreements.units_count_{side.lower()}"
            if count is None or not r.index.fits(r.file, where, count, column):
                continue
            if quote is not None:
                r.numbers_supported(where, quote, count)
            units[side] = count
    renewal = [name for name in ("renews", "original_date") if getattr(twinning, name)]
    if renewal and twinning.status != "renewed":
        verb = "is" if len(renewal) == 1 else "are"
        r.fail(
            (*loc, renewal[0]),
            f"{' and '.join(renewal)} {verb} given but the status is {twinning.status!r},"
            " not 'renewed'",
        )
    if twinning.renews is not None and twinning.renews not in own_keys:
        r.index.keys.refer(r.file, (*loc, "renews"), "twinning", twinning.renews)
    original = None
    if twinning.original_date is not None:
        original = r.index.dated(
            r.file, (*loc, "original_date"), twinning.original_date, r.body, twinning.quote
        )
    return {
        "level": twinning.level,
        "units_by": units["BY"],
        "units_ru": units["RU"],
        "renews": twinning.renews,
        "original_date": original,
        "note": twinning.note,
    }


# --- posts held over time ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Tenure:
    official: str
    holding: c.Holding
    loc: Loc

    @property
    def span(self) -> tuple[dt.date, dt.date, dt.date, dt.date] | None:
        """(start earliest, start latest, end earliest, end latest) when both ends are known."""
        start, end = self.holding.start.parts, self.holding.end.parts
        if start is None or end is None:
            return None
        bounds = (start.earliest, start.latest, end.earliest, end.latest)
        if any(b is None for b in bounds):
            return None
        return bounds  # type: ignore[return-value]


def _overlap(a: _Tenure, b: _Tenure) -> bool:
    """Whether two known tenures surely share a day (a handover within one month or year,
    where the dates cannot tell the order, is not an overlap)."""
    x, y = a.span, b.span
    assert x is not None and y is not None
    return x[1] < y[2] and y[1] < x[2]


def _shown(holding: c.Holding) -> str:
    start, end = holding.start.parts, holding.end.parts
    assert start is not None and end is not None
    return f"{start.label()} to {end.label()}"


def check_successions(
    index: SharedIndex, file: CuratedFile, tenures: Iterable[tuple[str, c.Holding, Loc]]
) -> None:
    """Refuse two non-acting tenures of one post whose known intervals overlap: a post has one
    holder at a time, an acting one aside."""
    by_post: dict[str, list[_Tenure]] = {}
    for official, holding, loc in tenures:
        tenure = _Tenure(official, holding, loc)
        if not holding.acting and tenure.span is not None:
            by_post.setdefault(holding.post, []).append(tenure)
    for post, known in by_post.items():
        for number, later in enumerate(known):
            for earlier in known[:number]:
                if not _overlap(earlier, later):
                    continue
                index.problems.append(
                    file.problem(
                        later.loc,
                        f"{_shown(later.holding)} overlaps the tenure of {named(post)} by"
                        f" {named(earlier.official)} ({_shown(earlier.holding)}): a post has"
                        " one holder at a time (mark an interim holder acting: true)",
                    )
                )
                break
