"""What ``coopdb report`` prints, from the options: the whole report, a summary when it is
too long to read, some sections only, or the facts of a period.

Text and markdown are for reading, so a report of more than ``SUMMARY_THRESHOLD`` facts is
summarised unless ``--all`` or ``--section`` asks for rows; json and csv are for scripts and
always hold every fact (of the sections and period asked for).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg

from coopdb.render import Document
from coopdb.reports.documents import report_document
from coopdb.reports.lookup import find_region
from coopdb.reports.narrow import SECTIONS, Period, within
from coopdb.reports.queries import region_report
from coopdb.reports.summary import SUMMARY_THRESHOLD, fact_count, summary_document

READING_FORMATS = ("text", "markdown")


@dataclass(frozen=True)
class ReportOptions:
    """``--all``, ``--section`` (repeatable) and ``--since``/``--until``."""

    show_all: bool = False
    sections: tuple[str, ...] = ()
    period: Period = field(default_factory=Period)


def only_sections(doc: Document, names: Sequence[str]) -> Document:
    """The document with only the named tables (and the notes their markers point to); json
    keeps the region and their records, csv their rows."""
    wanted = {*names, "notes"}
    doc.tables = [t for t in doc.tables if t.key in wanted]
    keys = {"region", *(SECTIONS[name] for name in wanted)}
    doc.data = {k: v for k, v in doc.data.items() if k in keys}
    if doc.csv is not None:
        doc.csv.rows = [row for row in doc.csv.rows if row[0] in wanted]
    return doc


def report_view(
    conn: psycopg.Connection[Any], region: str, output_format: str, options: ReportOptions
) -> Document:
    """The document ``coopdb report REGION`` renders with these options."""
    report = region_report(conn, find_region(conn, region))
    undated = 0
    if options.period:
        report, undated = within(report, options.period)
    summarise = (
        output_format in READING_FORMATS
        and not options.show_all
        and not options.sections
        and fact_count(report) > SUMMARY_THRESHOLD
    )
    doc = summary_document(report, region) if summarise else report_document(report)
    if options.sections:
        doc = only_sections(doc, options.sections)
    if options.period:
        doc.lines.append(
            f"only facts dated {options.period.label()}; {undated} undated fact(s) left out"
        )
    return doc
