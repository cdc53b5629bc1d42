"""Figures as texts write them: periods, qualified changes, source errors, figure groups and
quantities, resolved against an article's words.

A period value rests on its words unless it says otherwise: a stated value's years must occur
in the label or quote, and a relative label ("this year", "the past 11 months") is stated only
when the label itself writes the years. Trade figures of one Russian region, flow, status
class and period interval (or linked by ``same_as``) are one figure group; at most one of a
group is ranked preferred. The folder-wide rules run once every article is read
(``finish_folder``); those that need articles not read again run in the load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from coopdb.amounts import Amount, parse_amount
from coopdb.changes import Change, implied_prior, parse_change
from coopdb.curation import corpus as c
from coopdb.curation.limits import storage_problem
from coopdb.curation.problems import named, shorten_quote
from coopdb.curation.spec import (
    QUANTITY_LINKS,
    ArticleFile,
    CitationSpec,
    PeriodSpec,
    ProposalSpec,
    SourceErrorSpec,
    TradeFigureSpec,
)
from coopdb.curation.yamlread import CuratedFile, Loc
from coopdb.dates import PartialDate, parse_partial_date
from coopdb.evidence import citation_problems, period_years_missing
from coopdb.periods import (
    months_problem,
    parse_period_value,
    period_kind,
    read_period_label,
)
from coopdb.quantities import parse_quantity
from coopdb.vocabulary import ChangeDirection, DatePrecision, FigureStatus

if TYPE_CHECKING:
    from coopdb.curation.resolve import ArticleResolver
    from coopdb.curation.shared import SharedIndex

HISTORY: tuple[FigureStatus, ...] = ("actual", "estimate")
"""Statuses that are trade history (summed, charted by year); the rest are shown apart."""


def status_class(status: str) -> str:
    """The class figures are grouped by: history (actual, estimate) or the status itself."""
    return "history" if status in HISTORY else status


class Bounded(Protocol):
    @property
    def low(self) -> Decimal | None: ...
    @property
    def high(self) -> Decimal | None: ...
    @property
    def best(self) -> Decimal: ...


@dataclass(frozen=True)
class _Figure:
    """A trade figure as the folder-wide rules see it."""

    file: CuratedFile
    loc: Loc
    key: str
    group: tuple[object, ...] | None
    rank: str
    same_as: str | None


@dataclass
class FigureRegistry:
    """What the folder-wide rules need from every article read: its trade figures and the
    links of its quantities (the keys they may link to are the folder's global keys)."""

    figures: list[_Figure] = field(default_factory=list)
    quantity_links: list[tuple[CuratedFile, Loc, str, str]] = field(default_factory=list)


# --- evidence ------------------------------------------------------------------------------


def citation(r: ArticleResolver, loc: Loc, spec: CitationSpec | None) -> c.Citation | None:
    if spec is None:
        return None
    problems = citation_problems(spec.model_dump(exclude_none=True))
    for problem in problems:
        r.fail(loc, problem)
    return None if problems else c.Citation(spec.url, spec.publication, spec.says)


def source_error(
    r: ArticleResolver,
    loc: Loc,
    spec: SourceErrorSpec | None,
    parse: Callable[[str], Bounded],
) -> c.SourceError | None:
    """The mark on a value the source got wrong; the corrected value is read like the value
    and needs a citation unless this article itself writes it."""
    if spec is None:
        return None
    cited = citation(r, (*loc, "citation"), spec.citation)
    if spec.corrected is None:
        return c.SourceError(spec.note, citation=cited)
    try:
        value = parse(spec.corrected)
    except ValueError as error:
        r.fail((*loc, "corrected"), str(error))
        return None
    if spec.citation is None and spec.corrected not in r.body:
        r.fail(
            (*loc, "corrected"),
            f"{shorten_quote(spec.corrected)} is not in this article: add a citation"
            " {url or publication, says} for the corrected value",
        )
        return None
    for bound in (value.low, value.high, value.best):
        if bound is not None and not r.index.fits(
            r.file, (*loc, "corrected"), bound, "trade_figures.corrected_low"
        ):
            return None
    return c.SourceError(spec.note, spec.corrected, value.low, value.high, value.best, cited)


# --- periods -------------------------------------------------------------------------------


def _bounds(
    r: ArticleResolver, loc: Loc, spec: PeriodSpec
) -> tuple[PartialDate | None, PartialDate | None, bool]:
    """The period's ends (from ``value`` or v1 ``start``/``end``), and whether they parse."""
    if spec.value is not None:
        try:
            parse_period_value(spec.value)
        except ValueError as error:
            r.fail((*loc, "value"), str(error))
            return None, None, False
        pieces = spec.value.split("/")
        return parse_partial_date(pieces[0]), parse_partial_date(pieces[-1]), True
    ends: list[PartialDate | None] = []
    ok = True
    for part in ("start", "end"):
        value = getattr(spec, part)
        try:
            ends.append(parse_partial_date(value) if value else None)
        except ValueError as error:
            r.fail((*loc, part), str(error))
            ends.append(None)
            ok = False
    start, end = ends
    if start and end and start.earliest and end.latest and start.earliest > end.latest:
        r.fail((*loc, "end"), "the period ends before it starts")
        ok = False
    return start, end, ok


def _stated_ok(
    r: ArticleResolver, loc: Loc, spec: PeriodSpec, span: tuple[dt.date, dt.date], words: str
) -> None:
    """A stated interval rests on the label and quote: its years must be written there, and a
    relative label must write them itself."""
    label = spec.label or ""
    reading = read_period_label(label, None) if label else None
    if reading is not None and reading.relative and period_years_missing(label, *span):
        r.fail(
            (*loc, "basis"),
            f"{shorten_quote(label)} is relative: it resolves to {spec.value or 'an interval'}"
            " only as basis inferred, with a note saying against which date",
        )
        return
    missing = period_years_missing(words, *span)
    if missing:
        years = ", ".join(str(y) for y in missing)
        r.fail(
            (*loc, "value"),
            f"year {years} does not occur in the label or quote: mark the period inferred"
            " (with a note) or external (with a citation)",
        )


def period(
    r: ArticleResolver, loc: Loc, spec: PeriodSpec | None, quote: c.Quote | None
) -> c.Period:
    """A period resolved: its label in the quote, its interval, kind, months and basis."""
    if spec is None:
        return c.Period(None, None, None)
    if spec.label is not None and quote is not None and spec.label not in quote.text:
        r.fail((*loc, "label"), f"{shorten_quote(spec.label)} does not occur in the quote")
    start, end, ok = _bounds(r, loc, spec)
    first = start.earliest if start else None
    last = end.latest if end else None
    has_value = spec.value is not None or start is not None or end is not None
    basis = spec.basis or ("stated" if has_value else "unknown")
    if basis in ("inferred", "external") and not has_value:
        r.fail((*loc, "value"), f"basis '{basis}' but no value")
    if ok and basis == "stated" and first and last and quote is not None:
        _stated_ok(r, loc, spec, (first, last), f"{spec.label or ''} {quote.text}")
    months = spec.months
    if first and last:
        interval = parse_period_value(f"{first.isoformat()}/{last.isoformat()}")
        if months is not None:
            problem = months_problem(interval, months)
            if problem:
                r.fail((*loc, "months"), problem)
        months = interval.months if interval.months is not None else months
    cited = citation(r, (*loc, "citation"), spec.citation)
    return c.Period(
        spec.label,
        start,
        end,
        period_kind(first, last, months),
        months,
        basis,
        spec.note,
        cited,
        _precision(start),
        _precision(end),
    )


def _precision(end: PartialDate | None) -> DatePrecision | None:
    precision = end.precision if end is not None else "none"
    return None if precision == "none" else precision


# --- trade figures ---------------------------------------------------------------------------


def change(
    r: ArticleResolver, loc: Loc, figure: TradeFigureSpec, quote: c.Quote | None
) -> tuple[Change | None, Decimal | None]:
    """The qualified change and the signed v1 ``change_pct`` it fills (or the v1 field)."""
    if figure.change is None:
        pct = figure.change_pct
        if pct is not None and not r.index.fits(
            r.file, (*loc, "change_pct"), pct, "trade_figures.change_pct"
        ):
            return None, None
        if quote and pct is not None:
            r.numbers_supported((*loc, "change_pct"), quote, pct)
        return None, pct
    cloc: Loc = (*loc, "change")
    try:
        parsed = parse_change(figure.change.text, figure.change.direction)
    except ValueError as error:
        r.fail(cloc, str(error))
        return None, None
    if quote is not None and parsed.text not in quote.text:
        r.fail((*cloc, "text"), f"{shorten_quote(parsed.text)} does not occur in the quote")
    for value in (parsed.low_pct, parsed.high_pct, parsed.best_pct):
        if value is not None and not r.index.fits(
            r.file, cloc, value, "trade_figures.change_low_pct"
        ):
            return None, None
    return parsed, parsed.signed_exact_pct


def register_figure(r: ArticleResolver, loc: Loc, figure: c.TradeFigure) -> None:
    """Note a resolved figure for the folder-wide group rules."""
    start, end = figure.period.start, figure.period.end
    interval = (start.earliest, end.latest) if start and end else None
    group = (
        (figure.region, figure.flow, status_class(figure.status), *interval)
        if interval and all(interval)
        else None
    )
    r.index.figures.figures.append(
        _Figure(r.file, loc, figure.key, group, figure.rank, figure.same_as)
    )


def trade_figure(
    r: ArticleResolver, loc: Loc, region: str, spec: TradeFigureSpec, quote: c.Quote | None
) -> c.TradeFigure | None:
    """One trade figure resolved (its quote, value, periods, change, implied prior)."""
    period_ = period(r, (*loc, "period"), spec.period, quote)
    compared = period(r, (*loc, "compared_with"), spec.compared_with, quote)
    value = r.amount((*loc, "value"), spec.value, quote, "trade_figures.value")
    parsed, pct = change(r, loc, spec, quote)
    error = source_error(r, (*loc, "source_error"), spec.source_error, parse_amount)
    if quote is None or value is None:
        return None
    prior = _prior(value, parsed, pct)
    figure = c.TradeFigure(
        spec.key,
        region,
        spec.flow,
        period_,
        value,
        pct,
        compared,
        spec.note,
        quote,
        spec.status,
        parsed,
        *prior,
        spec.rank,
        spec.same_as,
        error,
    )
    register_figure(r, loc, figure)
    return figure


def _prior(
    value: Amount, parsed: Change | None, pct: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """The value before the change, rounded outward; a bound the column cannot hold (from an
    absurd change) is left open: it is derived, not curated."""
    if parsed is None and pct is not None:
        way: ChangeDirection = "unchanged" if pct == 0 else ("increase" if pct > 0 else "decrease")
        try:
            parsed = parse_change("unchanged" if pct == 0 else f"{abs(pct)}%", way)
        except ValueError:
            return None, None
    if parsed is None:
        return None, None
    low, high = implied_prior(value, parsed)
    return (
        None if low is None or storage_problem(low, "trade_figures.prior_value_low") else low,
        None if high is None or storage_problem(high, "trade_figures.prior_value_high") else high,
    )


def proposal_money(
    r: ArticleResolver, loc: Loc, proposal: ProposalSpec, quote: c.Quote | None
) -> dict[str, object]:
    """A proposal's amount, its status and source-error mark, as ``c.Proposal`` keywords."""
    if proposal.amount is None:
        return {"amount": None}
    amount = r.amount((*loc, "amount"), proposal.amount, quote, "proposals.amount")
    error = source_error(r, (*loc, "source_error"), proposal.source_error, parse_amount)
    return {
        "amount": amount,
        "amount_status": proposal.amount_status if amount else None,
        "amount_source_error": error if amount else None,
    }


# --- quantities ------------------------------------------------------------------------------


def quantities(r: ArticleResolver, spec: ArticleFile) -> Iterator[c.Quantity]:
    """The article's quantities: text in the quote, numbers proved, links and period resolved."""
    r.index.unique(r.file, "quantities", spec.quantities, "quantity")
    for index, item in enumerate(spec.quantities):
        if item is None:
            continue
        loc: Loc = ("quantities", index)
        quote = r.find((*loc, "quote"), item.quote, item.occurrence)
        region = item.region if "region" in item.model_fields_set else spec.region
        r.ref((*loc, "region"), region, r.index.regions, "region")
        try:
            value = parse_quantity(item.text)
        except ValueError as error:
            r.fail((*loc, "text"), str(error))
            continue
        if quote is not None:
            if item.text not in quote.text:
                r.fail((*loc, "text"), f"{shorten_quote(item.text)} does not occur in the quote")
                continue
            r.numbers_supported((*loc, "text"), quote, value.low, value.high)
        if not all(
            r.index.fits(r.file, (*loc, "text"), bound, "quantities.value_low")
            for bound in (value.low, value.high, value.best)
            if bound is not None
        ):
            continue
        link = next(((k, getattr(item, k)) for k in QUANTITY_LINKS if getattr(item, k)), None)
        if link is not None:
            r.index.figures.quantity_links.append((r.file, (*loc, link[0]), *link))
        period_ = period(r, (*loc, "period"), item.period, quote)
        mark = source_error(r, (*loc, "source_error"), item.source_error, parse_quantity)
        if quote is not None:
            yield c.Quantity(
                item.key,
                region,
                item.what,
                item.unit,
                value,
                item.status,
                link,
                period_,
                mark,
                item.note,
                quote,
            )


# --- the folder-wide rules -----------------------------------------------------------------


def _groups(figures: list[_Figure]) -> dict[str, str]:
    """Each figure key → its group's representative (union of same attributes and same_as)."""
    parent = {f.key: f.key for f in figures}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_attributes: dict[tuple[object, ...], str] = {}
    for f in figures:
        if f.group is not None:
            join(f.key, by_attributes.setdefault(f.group, f.key))
        if f.same_as is not None and f.same_as in parent:
            join(f.key, f.same_as)
    return {key: root(key) for key in parent}


def finish_folder(index: SharedIndex) -> None:
    """The rules across articles: same_as and quantity links name a key that exists, and a
    figure group has at most one preferred figure. Keys of articles not read again (unchanged
    since the last load) are unknown here: those references are checked by the load."""
    registry: FigureRegistry = index.figures
    complete = not index.corpus.unchanged
    # Every key an article defines, failed facts included: a link to one is not reported as
    # unknown on top of its own problem.
    keys = index.keys
    for f in registry.figures:
        if f.same_as is not None and complete and not keys.defines("trade_figure", f.same_as):
            index.problems.append(
                f.file.problem((*f.loc, "same_as"), f"unknown trade figure {named(f.same_as)}")
            )
    for file, loc, kind, key in registry.quantity_links:
        if complete and not keys.defines(kind, key):
            index.problems.append(
                file.problem(loc, f"unknown {kind.replace('_', ' ')} {named(key)}")
            )
    groups = _groups([f for f in registry.figures])
    preferred: dict[str, _Figure] = {}
    for f in registry.figures:
        if f.rank != "preferred" or f.key not in groups:
            continue
        first = preferred.setdefault(groups[f.key], f)
        if first is not f:
            index.problems.append(
                f.file.problem(
                    (*f.loc, "rank"),
                    f"{named(first.key)} ({first.file.display}) is already the preferred figure"
                    " of this figure group: rank one figure of a group preferred",
                )
            )
