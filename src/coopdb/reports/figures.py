"""The report's figures: trade history apart from forecasts and targets, and quantities.

A figure reads as its text wrote it ("nearly $240 million", "up more than 15%"), with the
value before the change as honest bounds, and says so when its sources disagree (both values
and their sources) or when its value is a probable error of the source.
"""

from __future__ import annotations

from typing import Any

from coopdb import formatting as fmt
from coopdb.render import Table
from coopdb.reports.notes import Footnotes
from coopdb.reports.queries import Record, Report

Refs = dict[int, int]

HISTORY = ("actual", "estimate")


def period_text(r: Record, prefix: str = "period") -> str:
    """A period as the report prints it: quarters and halves as such ('2022-Q3', '2019-H1'),
    an inferred interval marked, months alone when the interval is unknown."""
    label, start, end = r[f"{prefix}_label"], r[f"{prefix}_start"], r[f"{prefix}_end"]
    precisions = {r.get(f"{prefix}_start_precision"), r.get(f"{prefix}_end_precision")}
    if start and end and len(precisions) == 1 and precisions & {"quarter", "half"}:
        kind = "Q" if "quarter" in precisions else "H"
        size = 3 if kind == "Q" else 6
        first, last = (start.month - 1) // size + 1, (end.month - 1) // size + 1
        text = f"{start.year}-{kind}{first}"
        if (start.year, first) != (end.year, last):
            text += f"/{end.year}-{kind}{last}"
    else:
        text = fmt.period(label, start, end)
        if not (start and end) and r.get(f"{prefix}_months") and label:
            text = f"{label} ({r[f'{prefix}_months']} months)"
    if r.get(f"{prefix}_basis") == "inferred" and start:
        text += " (inferred)"
    return text


def value_text(r: Record, prefix: str = "value") -> str:
    return fmt.qualified_money(
        r[f"{prefix}_low"],
        r[f"{prefix}_high"],
        r[f"{prefix}_best"],
        r["currency"],
        r[f"{prefix}_qualifier"],
        r[f"{prefix}_qualifier_words"],
    )


def change_text(t: Record) -> str:
    """'up more than 15% vs Jan–Sep 2021; before: ≤ $210 million'."""
    if t["change_direction"] is None and t["change_pct"] is None:
        return ""
    if t["change_text"] is None:  # v1: a signed percentage
        text = fmt.change(t["change_pct"], None, None, None).removesuffix(" vs period not stated")
    else:
        text = fmt.qualified_change(
            t["change_direction"],
            t["change_low_pct"],
            t["change_high_pct"],
            t["change_best_pct"],
            t["change_qualifier"],
            t["change_qualifier_words"],
        )
    if t["compared_label"] or t["compared_start"]:
        text += f" vs {period_text(t, 'compared')}"
    prior = fmt.bounds(t["prior_value_low"], t["prior_value_high"], t["currency"])
    return f"{text}; before: {prior}" if prior else text


def _notes(t: Record, ref: Refs) -> str:
    notes = []
    if t["rank"] != "normal":
        notes.append(t["rank"])
    if t["values_differ"]:
        values = [
            (t["value_text"], t["source_id"]),
            *((o["value"], o["source_id"]) for o in t["others"]),
        ]
        notes.append("sources disagree: " + " vs ".join(f"{v} [{ref[s]}]" for v, s in values))
    if t.get("source_error"):
        error = "probable source error"
        if t["corrected_text"]:
            error += f" (should read {t['corrected_text']})"
        notes.append(error)
    return "; ".join(notes)


def _trade_row(t: Record, ref: Refs, notes: Footnotes) -> list[Any]:
    return [
        t["flow"],
        notes.marked(period_text(t), t, "period_note"),
        value_text(t),
        notes.marked(change_text(t), t, "compared_note"),
        notes.marked(_notes(t, ref), t, "note", "source_error_note"),
        f"[{ref[t['source_id']]}]",
    ]


def trade_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """Trade history: actual and estimated figures (what sums and trade by year use)."""
    rows = [_trade_row(t, ref, notes) for t in report.trade_figures if t["status"] in HISTORY]
    columns = ["flow", "period", "value", "change", "notes", "source"]
    return Table("trade", "Trade", columns, rows, wide=("notes",))


def forecasts_table(report: Report, ref: Refs, notes: Footnotes) -> Table:
    """Forecasts and targets, shown apart so no one adds them to what was traded."""
    rows = [
        [t["status"], *_trade_row(t, ref, notes)]
        for t in report.trade_figures
        if t["status"] not in HISTORY
    ]
    columns = ["status", "flow", "period", "value", "change", "notes", "source"]
    return Table("trade_outlook", "Trade forecasts and targets", columns, rows, wide=("notes",))


def quantities_table(report: Report, ref: Refs, footnotes: Footnotes) -> Table:
    rows = []
    for q in report.quantities:
        notes = [f"for: {q['proposal']}"] if q["proposal"] else []
        if q["source_error"]:
            error = "probable source error"
            if q["corrected_text"]:
                error += f" (should read {q['corrected_text']})"
            notes.append(error)
        period = period_text(q) if q["period_label"] or q["period_start"] else ""
        rows.append(
            [
                q["status"],
                q["what"] + (" (national: no region)" if q.get("national") else ""),
                q["value_text"],
                footnotes.marked(period, q, "period_note"),
                footnotes.marked("; ".join(notes), q, "note", "source_error_note"),
                f"[{ref[q['source_id']]}]",
            ]
        )
    columns = ["status", "what", "quantity", "period", "notes", "source"]
    return Table("quantities", "Quantities", columns, rows, wide=("what", "notes"))


def proposal_amount(p: Record) -> str:
    """A proposal's money as written ('about $1.5 billion'), 'allocation' when set aside, and
    marked when it is a probable error of the source."""
    text = fmt.qualified_money(
        p["amount_low"],
        p["amount_high"],
        p.get("amount_best"),
        p["currency"],
        p["amount_qualifier"],
        p.get("amount_qualifier_words"),
    )
    if text and p.get("amount_status") == "allocation":
        text += " (allocation)"
    if text and p.get("source_error"):
        text += " (probable source error"
        text += f", should read {p['corrected_text']})" if p.get("corrected_text") else ")"
    return text
