"""Turning a region report into text (for people) or JSON (for scripts).

Every fact line ends with ``[n]``, the number of its source in the Sources section, so a
reader can always go back to the words.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from decimal import Decimal
from typing import Any

from coopdb import formatting as fmt
from coopdb.reports import Record, Report

WIDTH = 100


def _refs(report: Report) -> dict[int, int]:
    return {source["id"]: number for number, source in enumerate(report.sources, start=1)}


def _line(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _title(text: str) -> list[str]:
    return ["", text, "-" * len(text)]


def text(report: Report) -> str:
    """A readable plain-text report."""
    ref = _refs(report)
    region = report.region
    out = [f"{region['name']} ({region['iso_code'] or 'no ISO code'})"]
    out.append("=" * len(out[0]))
    facts = [f"  {region['kind']} of {region['parent'] or region['country']}"]
    if region["other_names"]:
        facts.append(f"  also known as: {', '.join(region['other_names'])}")
    out.extend(facts)

    def cite(record: Record) -> str:
        return f"[{ref[record['source_id']]}]"

    if report.twinning:
        out += _title("Twinning")
        for t in report.twinning:
            count = f"{t['units_count']} districts/municipalities" if t["units_count"] else ""
            partners = ", ".join(t["partners"]) or "—"
            date = fmt.partial_date(t["date_year"], t["date_month"], t["date_day"], t["date_basis"])
            out.append(
                _line(
                    f"{t['status']}: {count} with {partners}; {date} {cite(t)}".replace(
                        ":  with", ": with"
                    )
                )
            )

    out += _title("Officials")
    if not report.officials:
        out.append("  none recorded")
    for o in report.officials:
        titles = "; ".join(o["titles"] or []) or "no title stated"
        other = f" (also spelt {', '.join(o['other_names'])})" if o["other_names"] else ""
        refs = " ".join(f"[{ref[s]}]" for s in sorted(o["source_ids"], key=ref.__getitem__))
        out.append(_line(f"{o['country']}  {o['name']}{other} — {titles} {refs}"))

    out += _title("Meetings")
    if not report.meetings:
        out.append("  none recorded")
    for m in report.meetings:
        date = fmt.partial_date(m["date_year"], m["date_month"], m["date_day"], m["date_basis"])
        people = "; ".join(
            f"{p['name']} ({p['title'] or 'no title stated'})" for p in m["participants"] or []
        )
        place = f" at {m['place']}" if m["place"] else ""
        out.append(_line(f"{date}{place}: {people} {cite(m)}"))

    out += _title("Trade")
    if not report.trade_figures and not report.trade_goods:
        out.append("  none recorded")
    for t in report.trade_figures:
        value = fmt.money(t["value_low"], t["value_high"], t["currency"], t["value_qualifier"])
        when = fmt.period(t["period_label"], t["period_start"], t["period_end"])
        change = fmt.change(
            t["change_pct"], t["compared_label"], t["compared_start"], t["compared_end"]
        )
        extra = f", {change}" if change else ""
        out.append(_line(f"{t['flow']} {when}: {value}{extra} {cite(t)}"))
    for direction in ("exports", "imports"):
        goods = [g for g in report.trade_goods if g["direction"] == direction]
        if goods:
            listed = ", ".join(f"{g['goods']} {cite(g)}" for g in goods)
            label = "Belarus exports" if direction == "exports" else "Belarus imports"
            out.append(_line(f"{label}: {listed}"))

    out += _title("Proposals")
    if not report.proposals:
        out.append("  none recorded")
    sector = None
    for p in report.proposals:
        if p["sector"] != sector:
            sector = p["sector"]
            out.append(f"  {sector}")
        amount = fmt.money(p["amount_low"], p["amount_high"], p["currency"], p["amount_qualifier"])
        who = p["proposed_by"] or p["proposed_by_side"]
        details = [p["status"].replace("_", " ")]
        if who:
            details.append(f"by {who}")
        if amount:
            details.append(amount)
        if p["enterprises"]:
            details.append(", ".join(p["enterprises"]))
        out.append(_line(f"- {p['title']} ({'; '.join(details)}) {cite(p)}", "    "))

    out += _title("Enterprises")
    if not report.enterprises:
        out.append("  none recorded")
    for e in report.enterprises:
        alias = f" ({', '.join(e['aliases'])})" if e["aliases"] else ""
        sector_name = f", {e['sector']}" if e["sector"] else ""
        refs = " ".join(f"[{ref[s]}]" for s in sorted(e["source_ids"], key=ref.__getitem__))
        out.append(_line(f"{e['country']}  {e['name']}{alias}{sector_name} {refs}"))

    out += _title("Sources")
    if not report.sources:
        out.append("  none")
    for number, s in enumerate(report.sources, start=1):
        date = fmt.partial_date(s["date_year"], s["date_month"], s["date_day"], s["date_basis"])
        title = s["title"] or "untitled"
        publisher = s["publisher"] or "publisher not stated"
        out.append(_line(f"[{number}] {s['file_name']}: {title} — {publisher}, {date}"))
    return "\n".join(out) + "\n"


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def as_json(report: Report) -> str:
    """One stable JSON document: the report's sections as lists of records."""
    document = {
        "region": report.region,
        "twinning": report.twinning,
        "officials": report.officials,
        "meetings": report.meetings,
        "trade_figures": report.trade_figures,
        "trade_goods": report.trade_goods,
        "proposals": report.proposals,
        "enterprises": report.enterprises,
        "sources": report.sources,
    }
    return json.dumps(document, default=_default, ensure_ascii=False, indent=2) + "\n"
