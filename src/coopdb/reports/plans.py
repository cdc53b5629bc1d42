"""The report's plans and posts: proposals with when they were made and when they are to
happen, twinning agreements at every level with their counts per side and renewals, and
officials with the posts they held, acting or not, in the order the holders came."""

from __future__ import annotations

import datetime as dt

from coopdb import formatting as fmt
from coopdb.render import Table
from coopdb.reports.meetings import date_label, stored_date
from coopdb.reports.notes import Footnotes
from coopdb.reports.queries import Record, Report
from coopdb.reports.words import adjective, country

Refs = dict[int, int]
"""Source id → its number in the report's list of sources."""


def _refs(ids: list[int], ref: Refs) -> str:
    return " ".join(f"[{ref[i]}]" for i in sorted(set(ids), key=ref.__getitem__))


# --- proposals -------------------------------------------------------------------------------


def proposed_text(p: Record) -> str:
    """When it was proposed: its own date, else its meeting's (said so), else its
    article's ('reported …'), else 'date not stated'."""
    if p["proposed_basis"] is not None:
        return date_label(p, "proposed")
    if p["meeting_date_basis"] is not None:
        label = date_label(p, "meeting_date")
        if not label.startswith("date not stated"):
            return f"{label}, at its meeting"
    if p.get("source_date_basis") is not None:
        label = date_label(p, "source_date")
        if not label.startswith("date not stated"):
            return f"reported {label}"
    return "date not stated"


def _whole_years(start: dt.date | None, end: dt.date | None) -> str | None:
    """'2023–2024' for an interval of whole calendar years, else None."""
    if start is None or end is None:
        return None
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return None
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _interval(p: Record, start: dt.date, end: dt.date) -> str:
    """A quarter or a half as such ('2024-Q3'), other intervals by their months."""
    precisions = {p["timeframe_start_precision"], p["timeframe_end_precision"]}
    if start.year == end.year and len(precisions) == 1 and precisions <= {"quarter", "half"}:
        parts = stored_date(start.year, None, None, start, end)
        if parts is not None:
            return parts.label()
    return fmt.period(None, start, end)


def timeframe_text(p: Record) -> str:
    """'next year or the year after (2023–2024, inferred)'; a label with no interval alone."""
    label = p["timeframe_label"]
    start, end = p["timeframe_start"], p["timeframe_end"]
    interval = _whole_years(start, end)
    if interval is None and start is not None and end is not None:
        interval = _interval(p, start, end)
    elif start is None and end is not None:
        interval = f"by {end.year}" if (end.month, end.day) == (12, 31) else f"by {end}"
    elif start is not None and end is None:
        interval = f"from {start.year}" if (start.month, start.day) == (1, 1) else f"from {start}"
    if interval is None or interval == label:
        return label or interval or ""
    basis = p["timeframe_basis"]
    marker = f", {basis}" if basis in ("inferred", "external") else ""
    return f"{label} ({interval}{marker})" if label else f"{interval}{marker}"


# --- twinning --------------------------------------------------------------------------------


def status_text(t: Record) -> str:
    """'renewed (first signed 2012)', 'signed', 'planned'."""
    if t["status"] != "renewed":
        return str(t["status"])
    if t["original_basis"] in (None, "unknown"):
        return "renewed"
    return f"renewed (first signed {date_label(t, 'original')})"


def units_text(t: Record) -> str:
    """'6 Belarusian, 6 Russian districts'; the count alone when the sides are not given."""
    noun = {"district": "districts", "city": "cities", "oblast": "oblasts"}.get(t["level"], "")
    sides = [
        f"{t[c]} {adjective(s)}" for s, c in (("BY", "units_count_by"), ("RU", "units_count_ru"))
    ]
    given = [text for text in sides if not text.startswith("None")]
    if given:
        return ", ".join(given) + (f" {noun}" if noun else "")
    if t["units_count"] is not None:
        return f"{t['units_count']}" + (f" {noun}" if noun else "")
    return ""


def partners_text(t: Record, region: Record) -> str:
    """The other country's regions; this country's others alongside; for an agreement of
    the same article whose side here is not named, that it is not ("the first agreement"
    of six districts of two oblasts)."""
    text = ", ".join(t["partners"]) or "—"
    if t.get("alongside"):
        text += f" (alongside {', '.join(t['alongside'])})"
    if t.get("linked"):
        text += f" ({adjective(region['country'])} side not named)"
    return text


def twinning_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    rows = [
        [
            status_text(t),
            t["level"] or "not stated",
            units_text(t),
            notes.marked(partners_text(t, report.region), t, "note"),
            notes.marked(date_label(t), t, "date_note", "original_note"),
            f"[{ref[t['source_id']]}]",
        ]
        for t in report.twinning
    ]
    columns = ["status", "level", "units", "with", "date", "source"]
    return Table("twinning", "Twinning", columns, rows)


# --- officials -------------------------------------------------------------------------------


def _when(h: dict[str, object]) -> str:
    """'acting, May 2024 to September 2024', 'from September 2019', '' (no dates known)."""
    start, end = _date_of(h, "start"), _date_of(h, "end")
    when = f"{start} to {end}" if start and end else f"from {start}" if start else ""
    when = when or (f"until {end}" if end else "")
    return ", ".join(part for part in ("acting" if h["acting"] else "", when) if part)


def _date_of(h: dict[str, object], prefix: str) -> str | None:
    """A tenure's start or end as known, at its precision (how it is known is in
    ``reporting.post_holders``)."""
    if h[f"{prefix}_basis"] in (None, "unknown"):
        return None
    days = [h[f"{prefix}_{bound}"] for bound in ("earliest", "latest")]
    earliest, latest = (dt.date.fromisoformat(str(d)) if d else None for d in days)
    parts = stored_date(
        _int(h[f"{prefix}_year"]),
        _int(h[f"{prefix}_month"]),
        _int(h[f"{prefix}_day"]),
        earliest,
        latest,
    )
    return parts.label() if parts else None


def _int(value: object) -> int | None:
    return int(str(value)) if value is not None else None


def _names(tenures: list[dict[str, object]], key: str) -> list[str]:
    found: dict[str, None] = {}
    for tenure in tenures:
        names = tenure[key]
        if isinstance(names, list):
            found.update(dict.fromkeys(str(name) for name in names))
    return list(found)


def held_text(o: Record) -> str:
    """The region's posts an official held, each once: acting or not and when, tenure by
    tenure; who held it before (only when both starts are known), and with whom the order
    is not known."""
    by_title: dict[str, list[dict[str, object]]] = {}
    for tenure in o["holdings"] or []:
        by_title.setdefault(str(tenure["title"]), []).append(tenure)
    parts = []
    for title, tenures in by_title.items():
        details = [", then ".join(w for w in map(_when, tenures) if w)]
        after, unordered = _names(tenures, "after"), _names(tenures, "unordered")
        if after:
            details.append(f"after {', '.join(after)}")
        if unordered:
            details.append(f"order with {', '.join(unordered)} not known")
        shown = "; ".join(d for d in details if d)
        parts.append(f"{title} ({shown})" if shown else title)
    return "; ".join(parts)


def officials_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """Participants and post holders; officials only named in the region's articles are
    marked as mentioned."""
    rows = [
        [
            country(o["country"]),
            f"{o['name']} (mentioned)" if o.get("mentioned") else o["name"],
            ", ".join(o["other_names"] or []),
            "; ".join(o["titles"] or []) or "no title stated",
            held_text(o),
            _refs(o["source_ids"], ref),
        ]
        for o in report.officials
    ]
    columns = ["side", "name", "other spellings", "titles", "posts held", "sources"]
    return Table("officials", "Officials", columns, rows)
