"""The report's meetings and statements: each meeting with every article reporting it, and
each date at the precision it is known, with how it is known."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from coopdb.dates import PartialDate, parse_partial_date
from coopdb.render import Table
from coopdb.reports.notes import Footnotes
from coopdb.reports.queries import Record, Report
from coopdb.reports.words import country

Refs = dict[int, int]
"""Source id → its number in the report's list of sources."""


def _span(year: int, earliest: dt.date | None, latest: dt.date | None) -> str:
    """A year-only date's stored interval read back as its form: a quarter, a half, a year."""
    if earliest is None or latest is None or earliest.year != year or latest.year != year:
        return f"{year:04d}"
    months = (earliest.month, latest.month)
    if earliest.day == 1 and months[1] - months[0] == 2 and months[0] % 3 == 1:
        return f"{year:04d}-Q{months[0] // 3 + 1}"
    if earliest.day == 1 and months in ((1, 6), (7, 12)):
        return f"{year:04d}-H{1 if months[0] == 1 else 2}"
    return f"{year:04d}"


def stored_date(
    year: int | None,
    month: int | None,
    day: int | None,
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
) -> PartialDate | None:
    """The partial date stored as columns (a quarter or a half is read from its interval)."""
    if year is None:
        if month is None:
            return None
        return parse_partial_date(f"--{month:02d}" + (f"-{day:02d}" if day else ""))
    if month is None:
        return parse_partial_date(_span(year, earliest, latest))
    return parse_partial_date(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))


def evidence_marker(basis: str | None, citation: dict[str, Any] | None) -> str:
    """How a date is known, as the report prints it after the date ('' for stated)."""
    if basis == "inferred":
        return " (inferred)"
    if basis == "external":
        where = ""
        if citation:
            url = citation.get("url")
            host = urlsplit(url).hostname if isinstance(url, str) else None
            where = host.removeprefix("www.") if host else str(citation.get("publication") or "")
        return f" (external: {where})" if where else " (external)"
    return ""


def date_label(record: Record, prefix: str = "date") -> str:
    """'9 June 2022 (external: president.gov.by)', '15 March, year not stated', '2022-Q3'."""
    parts = stored_date(
        record[f"{prefix}_year"],
        record[f"{prefix}_month"],
        record[f"{prefix}_day"],
        record.get(f"{prefix}_earliest"),
        record.get(f"{prefix}_latest"),
    )
    if parts is None:
        return "date not stated"
    label = parts.label()
    if parts.year is None:
        label += ", year not stated"
    return label + evidence_marker(record[f"{prefix}_basis"], record.get(f"{prefix}_citation"))


def reported_by(own: int, others: list[int], ref: Refs) -> str:
    """'[1]' for one article; 'reported by 2 sources [1] [3]' when others attest it."""
    ids = sorted({own, *others}, key=ref.__getitem__)
    refs = " ".join(f"[{ref[i]}]" for i in ids)
    return refs if len(ids) == 1 else f"reported by {len(ids)} sources {refs}"


def meetings_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    rows = [
        [
            notes.marked(date_label(m), m, "date_note"),
            m["place"] or "",
            notes.marked(
                "; ".join(
                    f"{p['name']} ({p['title'] or 'no title stated'})"
                    for p in m["participants"] or []
                ),
                m,
                "note",
            ),
            reported_by(m["source_id"], m["attested_by"], ref),
        ]
        for m in report.meetings
    ]
    columns = ["date", "place", "participants", "source"]
    return Table("meetings", "Meetings", columns, rows, wide=("participants",))


def statements_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """What was said: kind, by whom (or which side), the summary, and the meeting's date."""
    rows = []
    for st in report.statements:
        by = st["speaker"] or ""
        if st["side"]:
            side = country(st["side"])
            by = f"{by} ({side})" if by else side
        at = date_label(st) if st["meeting_source_id"] is not None else ""
        summary = st["summary"] + (" (national: no region)" if st.get("national") else "")
        summary = notes.marked(summary, st, "note")
        rows.append([st["kind"], by, summary, at, f"[{ref[st['source_id']]}]"])
    columns = ["kind", "by", "statement", "meeting", "source"]
    return Table("statements", "Statements", columns, rows, wide=("statement",))
