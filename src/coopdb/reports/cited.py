"""The articles a report cites: those its facts rest on, and those naming its people."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopdb.reports.queries import Report


def fact_sources(report: Report) -> set[int]:
    """The articles the report's facts rest on: their own, those attesting a meeting, and
    those of a figure's group when the figures disagree."""
    source_ids: set[int] = set()
    for section in (
        report.twinning,
        report.meetings,
        report.trade_figures,
        report.trade_goods,
        report.proposals,
        report.quantities,
        report.statements,
    ):
        source_ids.update(r["source_id"] for r in section)
    for meeting in report.meetings:  # the articles attesting it
        source_ids.update(meeting["attested_by"])
    for figure in report.trade_figures:  # the other figures of its group, when they disagree
        source_ids.update(o["source_id"] for o in figure["others"] or [])
    return source_ids


def people_sources(report: Report) -> set[int]:
    """The articles naming the report's officials and enterprises."""
    return {
        i
        for section in (report.officials, report.enterprises)
        for r in section
        for i in r["source_ids"]
    }
