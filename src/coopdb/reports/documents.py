"""The region report as printed: one builder per section, each turning the records of
``queries.Report`` into a table of display values whose last column points, by number, to
the sources the section's facts rest on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coopdb import formatting as fmt
from coopdb.render import Document, Table, cell
from coopdb.reports.figures import (
    forecasts_table,
    proposal_amount,
    quantities_table,
    trade_table,
)
from coopdb.reports.meetings import meetings_table, statements_table
from coopdb.reports.notes import Footnotes
from coopdb.reports.plans import officials_table, proposed_text, timeframe_text, twinning_table
from coopdb.reports.queries import Record, Report
from coopdb.reports.words import country, side, what_region

Refs = dict[int, int]
"""Source id → its number in the report's list of sources."""


def _refs(ids: list[int], ref: Refs) -> str:
    return " ".join(f"[{ref[i]}]" for i in sorted(set(ids), key=ref.__getitem__))


def _date(r: Record) -> str:
    return fmt.partial_date(r["date_year"], r["date_month"], r["date_day"], r["date_basis"])


def header_lines(report: Report, ref: Refs) -> list[str]:
    """What the region is, its other names, and how many districts it twinned."""
    region = report.region
    if region["kind"] == "country":
        lines = ["country: its national facts (those naming no region) are shown too"]
    else:
        lines = [what_region(region)]
    if region["other_names"]:
        lines.append(f"also known as: {', '.join(region['other_names'])}")
    twinned = [
        t
        for t in report.twinning
        if t["status"] == "signed" and t["units_count"] and not t.get("linked")
    ]
    if twinned:
        counts = ", ".join(f"{t['units_count']} [{ref[t['source_id']]}]" for t in twinned)
        lines.append(f"twinned districts/municipalities: {counts}")
    return lines


def goods_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    rows = [
        [
            "Belarus exports" if g["direction"] == "exports" else "Belarus imports",
            notes.marked(g["goods"], g),
            f"[{ref[g['source_id']]}]",
        ]
        for g in report.trade_goods
    ]
    return Table("goods", "Goods traded", ["direction", "goods", "source"], rows)


def _proposal_details(p: Record) -> str:
    details = [p["title"]]
    if p["proposed_by"] or p["proposed_by_side"]:
        details.append(f"by {p['proposed_by'] or side(p['proposed_by_side'])}")
    if p["enterprises"]:
        details.append(f"enterprises: {', '.join(p['enterprises'])}")
    amount = proposal_amount(p)
    if amount:
        details.append(f"amount: {amount}")
    return "; ".join(details)


def proposals_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """Proposals grouped by sector: the sector is written on the first of its rows only."""
    columns = ["sector", "proposal", "status", "proposed", "timeframe", "source"]
    table = Table("proposals", "Proposals", columns, wide=("proposal",))
    previous = None
    for p in report.proposals:
        table.rows.append(
            [
                p["sector"] if p["sector"] != previous else "",
                notes.marked(_national(_proposal_details(p), p), p, "note", "source_error_note"),
                p["status"].replace("_", " "),
                notes.marked(proposed_text(p), p, "proposed_note", "meeting_date_note"),
                notes.marked(timeframe_text(p), p, "timeframe_note"),
                f"[{ref[p['source_id']]}]",
            ]
        )
        previous = p["sector"]
    return table


def _national(text: str, r: Record) -> str:
    return f"{text} (national: no region)" if r.get("national") else text


def enterprises_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    rows = [
        [
            country(e["country"]),
            e["name"],
            ", ".join(e["aliases"] or []),
            e["sector"] or "",
            e["home_region"] or "",
            _refs(e["source_ids"], ref),
        ]
        for e in report.enterprises
    ]
    columns = ["country", "name", "aliases", "sector", "based in", "sources"]
    return Table("enterprises", "Enterprises", columns, rows)


def sources_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """The numbered sources every other section points to (``ref`` numbers them in order)."""
    rows = [
        [
            f"[{ref[s['id']]}]",
            s["file_name"],
            s["title"] or "untitled",
            s["publisher"] or "not stated",
            notes.marked(_date(s), s, "date_note"),
        ]
        for s in report.sources
    ]
    columns = ["ref", "file", "title", "publisher", "published"]
    return Table("sources", "Sources", columns, rows, empty="none")


SECTIONS: tuple[Callable[[Report, Refs, Footnotes], Table], ...] = (
    twinning_table,
    officials_table,
    meetings_table,
    trade_table,
    forecasts_table,
    goods_table,
    proposals_table,
    statements_table,
    quantities_table,
    enterprises_table,
    sources_table,
)
"""The report's tables, in the order they are printed."""


def report_document(report: Report) -> Document:
    """The region report as tables of display values, with numbered source references."""
    ref = {source["id"]: number for number, source in enumerate(report.sources, start=1)}
    notes = Footnotes()
    tables = [build(report, ref, notes) for build in SECTIONS]
    tables.append(notes.table())
    region = report.region
    return Document(
        title=f"{region['name']} ({region['iso_code'] or 'no ISO code'})",
        lines=header_lines(report, ref),
        tables=tables,
        data=_report_data(report, notes),
        csv=_report_csv(tables, report),
    )


def _report_data(report: Report, notes: Footnotes) -> dict[str, Any]:
    return {
        "region": report.region,
        "twinning": report.twinning,
        "officials": report.officials,
        "meetings": report.meetings,
        "trade_figures": report.trade_figures,
        "trade_goods": report.trade_goods,
        "quantities": report.quantities,
        "proposals": report.proposals,
        "statements": report.statements,
        "enterprises": report.enterprises,
        "sources": report.sources,
        "notes": notes.texts,
    }


def _report_csv(tables: list[Table], report: Report) -> Table:
    """One long table: each fact line of each section, with its source's file."""
    files = {f"[{n}]": s["file_name"] for n, s in enumerate(report.sources, start=1)}
    long = Table("report", "Report", ["section", "fact", "sources", "source_files"])
    for table in tables:
        if table.key in ("sources", "notes"):
            continue
        for row in table.rows:
            refs = str(row[-1])
            fact = "; ".join(
                f"{column}: {cell(value)}"
                for column, value in zip(table.columns[:-1], row[:-1], strict=True)
                if cell(value)
            )
            long.rows.append(
                [table.key, fact, refs, " ".join(files[r] for r in refs.split() if r in files)]
            )
    return long
