"""The region report as a summary, when it has more facts than a person reads: counts by
year, the latest meetings, trade by year with the latest figures, the top sectors and
enterprises, and how many rows each section holds with the option that prints them.

Source numbers are those of the whole report, so ``[12]`` means the same article in the
summary and in ``--all``; only the sources the summary cites are listed.
"""

from __future__ import annotations

import dataclasses
import re
import shlex
from collections import Counter

from coopdb.render import Document, Table
from coopdb.reports.documents import header_lines, sources_table
from coopdb.reports.figures import HISTORY, trade_table, value_text
from coopdb.reports.meetings import meetings_table
from coopdb.reports.narrow import year_of
from coopdb.reports.notes import Footnotes
from coopdb.reports.plans import twinning_table
from coopdb.reports.queries import Record, Report
from coopdb.reports.words import country

SUMMARY_THRESHOLD = 80
"""Facts (rows of every section but sources and notes) above which the text report is a
summary. The seeds' largest report, Kursk's, has 65 and prints whole; in a 300-article
generated corpus a Russian region has up to ~160, Gomel Oblast 91 (76 twinning agreements)
and a country ~500."""
LATEST = 5
LATEST_TRADE = 3
TOP = 8

FACT_SECTIONS = (
    "twinning",
    "officials",
    "meetings",
    "trade_figures",
    "trade_goods",
    "quantities",
    "statements",
    "proposals",
    "enterprises",
)


class _Unmarked(Footnotes):
    """Notes left out of the summary (its tables say "(inferred)" still)."""

    def mark(self, record: Record, *fields: str) -> str:
        return ""


def _counted(t: Record) -> bool:
    """A signed agreement of the region's own, with its count (what the header sums)."""
    return t["status"] == "signed" and bool(t["units_count"]) and not t.get("linked")


def fact_count(report: Report) -> int:
    return sum(len(getattr(report, name)) for name in FACT_SECTIONS)


def _years_table(report: Report, sources: dict[int, Record]) -> Table:
    kinds = (
        ("twinning", "twinning"),
        ("meetings", "meetings"),
        ("trade_figures", "trade figures"),
        ("proposals", "proposals"),
        ("statements", "statements"),
        ("quantities", "quantities"),
    )
    counts: dict[int | None, Counter[str]] = {}
    for name, _ in kinds:
        for r in getattr(report, name):
            year = year_of(r, sources.get(r["source_id"]))
            counts.setdefault(year, Counter())[name] += 1
    years = sorted(y for y in counts if y is not None) + ([None] if None in counts else [])
    present = [(n, label) for n, label in kinds if getattr(report, n)]
    rows = [
        [str(y) if y is not None else "no single year", *(counts[y][n] for n, _ in present)]
        for y in years
    ]
    return Table("years", "Facts by year", ["year", *(label for _, label in present)], rows)


def _latest(records: list[Record], count: int, *keys: str) -> list[Record]:
    """The last ``count`` records with a date, in date order."""
    dated = [r for r in records if all(r.get(k) is not None for k in keys)]
    dated.sort(key=lambda r: tuple(r[k] for k in keys))
    return dated[-count:]


def _trade_by_year(report: Report, ref: dict[int, int]) -> Table:
    """Per flow and calendar year: how many figures, and the latest one's value."""
    groups: dict[tuple[int, str], list[Record]] = {}
    for t in report.trade_figures:
        start, end = t["period_start"], t["period_end"]
        whole = start is not None and end is not None and start.year == end.year
        if t["status"] in HISTORY and whole:
            groups.setdefault((end.year, t["flow"]), []).append(t)
    rows = []
    for (year, flow), figures in sorted(groups.items()):
        last = max(figures, key=lambda t: (t["period_end"], t["period_start"]))
        latest = [t for t in figures if t["period_end"] == last["period_end"]]
        values = sorted({value_text(t) for t in latest})
        shown = " vs ".join(values) + (" (sources disagree)" if len(values) > 1 else "")
        rows.append(
            [
                str(year),
                flow,
                len(figures),
                f"{shown} ({last['period_label'] or 'period as dated'})",
                f"[{ref[last['source_id']]}]",
            ]
        )
    columns = ["year", "flow", "figures", "latest figure", "source"]
    return Table("trade_years", "Trade by year", columns, rows)


def _top(title: str, key: str, counted: Counter[str], columns: list[str]) -> Table:
    top = counted.most_common(TOP)
    table = Table(key, title, columns, [[name, count] for name, count in top])
    rest = len(counted) - len(top)
    if rest > 0:
        table.rows.append([f"… {rest} more", sum(counted.values()) - sum(c for _, c in top)])
    return table


def _enterprises(report: Report) -> Table:
    ranked = sorted(report.enterprises, key=lambda e: (-len(e["source_ids"]), e["name"]))
    rows = [
        [e["name"], country(e["country"]), e["sector"] or "", len(e["source_ids"])]
        for e in ranked[:TOP]
    ]
    if len(ranked) > TOP:
        rows.append([f"… {len(ranked) - TOP} more", "", "", ""])
    columns = ["enterprise", "country", "sector", "articles"]
    return Table("top_enterprises", "Top enterprises", columns, rows)


def _hints(report: Report, region: str, shown: dict[str, int]) -> list[str]:
    """One line per section: how many rows it has, how many the summary shows, how to see all."""
    sizes = {
        "twinning": len(report.twinning),
        "officials": len(report.officials),
        "meetings": len(report.meetings),
        "trade": sum(1 for t in report.trade_figures if t["status"] in HISTORY),
        "trade_outlook": sum(1 for t in report.trade_figures if t["status"] not in HISTORY),
        "goods": len(report.trade_goods),
        "proposals": len(report.proposals),
        "statements": len(report.statements),
        "quantities": len(report.quantities),
        "enterprises": len(report.enterprises),
    }
    lines = [f"Sections in full: coopdb report {shlex.quote(region)} --section NAME"]
    for name, size in sizes.items():
        if size:
            lines.append(f"  {name}: {size} rows, {shown.get(name, 0)} shown above")
    lines.append(
        "--all prints every section and the curators' notes; --format json or csv holds every fact."
    )
    return lines


def summary_document(report: Report, region_arg: str) -> Document:
    """The summary of a report too long to read (more than ``SUMMARY_THRESHOLD`` facts)."""
    ref = {source["id"]: number for number, source in enumerate(report.sources, start=1)}
    sources = {s["id"]: s for s in report.sources}
    notes = _Unmarked()  # a summary stays short: --all or --section shows the notes
    latest_meetings = _latest(report.meetings, LATEST, "date_earliest", "date_latest")
    latest_trade = _latest(
        [t for t in report.trade_figures if t["status"] in HISTORY],
        LATEST_TRADE,
        "period_end",
        "period_start",
    )
    meetings = meetings_table(
        dataclasses.replace(report, meetings=latest_meetings[::-1]), ref, notes
    )
    meetings.title = f"Latest meetings ({len(latest_meetings)} of {len(report.meetings)})"
    trade = trade_table(dataclasses.replace(report, trade_figures=latest_trade[::-1]), ref, notes)
    trade.title = f"Latest trade figures ({len(latest_trade)} of {len(report.trade_figures)})"
    latest_twinning = _latest(report.twinning, LATEST, "date_earliest", "date_latest")
    twinning = twinning_table(
        dataclasses.replace(report, twinning=latest_twinning[::-1]), ref, notes
    )
    twinning.title = (
        f"Latest twinning agreements ({len(latest_twinning)} of {len(report.twinning)})"
    )
    sectors = Counter(str(p["sector"]) for p in report.proposals)
    tables = [
        _years_table(report, sources),
        twinning,
        meetings,
        _trade_by_year(report, ref),
        trade,
        _top("Top sectors (proposals)", "top_sectors", sectors, ["sector", "proposals"]),
        _enterprises(report),
    ]
    cited = {
        int(n) for t in tables for row in t.rows for n in re.findall(r"\[(\d+)\]", str(row[-1]))
    }
    used = dataclasses.replace(report, sources=[s for s in report.sources if ref[s["id"]] in cited])
    listed = sources_table(used, ref, notes)
    listed.columns, listed.rows = (
        ["ref", "file", "published"],
        [[row[0], row[1], row[4]] for row in listed.rows],
    )
    listed.title = f"Sources cited above ({len(used.sources)} of {len(report.sources)})"
    tables.append(listed)
    tables = [t for t in tables if t.rows]
    lines = [line for line in header_lines(report, ref) if not line.startswith("twinned ")]
    twinned = [t["units_count"] for t in report.twinning if _counted(t)]
    if twinned:
        lines.append(
            f"twinned districts/municipalities: {sum(twinned)} in {len(twinned)} signed"
            " agreement(s)"
        )
    lines.append(
        f"summary: {fact_count(report)} facts from {len(report.sources)} articles,"
        f" more than the {SUMMARY_THRESHOLD} a full report prints by default"
    )
    shown = {
        "twinning": len(latest_twinning),
        "meetings": len(latest_meetings),
        "trade": len(latest_trade),
    }
    region = report.region
    return Document(
        title=f"{region['name']} ({region['iso_code'] or 'no ISO code'})",
        lines=lines,
        tables=tables,
        notes=_hints(report, region_arg, shown),
    )
