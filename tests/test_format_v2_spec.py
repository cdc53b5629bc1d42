"""Curation format v2 at the file-format level: every new field is accepted, and every rule that
needs no article text refuses a bad file through ``coopdb check`` with one line per problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import run
from coopdb.curation.spec import (
    ArticleFile,
    EnterpriseSpec,
    HoldingSpec,
    OfficialSpec,
    RegionSpec,
    TradeFigureSpec,
)
from test_curation import ARTICLE_001, ARTICLE_003, edit, only_problem

QUOTE = {"quote": "words"}
CITATION = {"url": "https://example.org/a", "says": "It says so."}
DATE = {"value": "2022-06-09", "basis": "stated"}
PERIOD = {"label": "2021", "value": "2021"}
FIGURE = {"key": "f", "flow": "turnover", "value": "$1 million", **QUOTE}


def _article(**sections: Any) -> dict[str, Any]:
    return {"article": "a.txt", "region": "kursk-oblast", **sections}


V2_ARTICLES: dict[str, dict[str, Any]] = {
    "dateline_date": _article(dateline_date={"value": "--10-14", "basis": "stated"}),
    "page_date": _article(
        page_date={"value": "2024-05", "basis": "external", "citation": CITATION}
    ),
    "date half": _article(published={"value": "2019-H1", "basis": "stated"}),
    "fact note": _article(officials=[{"official": "x", "note": "n", **QUOTE}]),
    "figure status rank same_as": _article(
        trade_figures=[{**FIGURE, "status": "forecast", "rank": "preferred", "same_as": "g"}]
    ),
    "change shorthand": _article(trade_figures=[{**FIGURE, "change": "went up 40.5%"}]),
    "change mapping": _article(
        trade_figures=[{**FIGURE, "change": {"text": "by more than 15%", "direction": "increase"}}]
    ),
    "period v2": _article(
        trade_figures=[
            {
                **FIGURE,
                "period": {"label": "the past 11 months", "months": 11, "value": "2021-01/2021-11",
                           "basis": "inferred", "note": "publication date"},
                "compared_with": {"label": "x", "value": "2020", "basis": "external",
                                  "citation": CITATION},
            }
        ]
    ),
    "source_error": _article(
        trade_figures=[
            {**FIGURE, "source_error": {"note": "slip", "corrected": "$3 billion",
                                        "citation": {"publication": "BelTA", "says": "$3bn"}}}
        ]
    ),
    "proposal v2": _article(
        proposals=[
            {"key": "p", "title": "t", "sector": "s", "status": "planned", "amount": "$1.5 billion",
             "amount_status": "allocation", "proposed_on": DATE,
             "timeframe": {"label": "next year or the year after", "value": "2023/2024",
                           "basis": "inferred", "note": "meeting date"},
             "source_error": {"note": "slip"}, **QUOTE}
        ]
    ),
    "twinning v2": _article(
        twinning=[
            {"key": "t", "status": "renewed", "level": "district", "units": {"BY": 6, "RU": 6},
             "renews": "old", "original_date": {"value": "2012", "basis": "stated"}, **QUOTE}
        ]
    ),
    "attestation": _article(attestations=[{"meeting": "m", "note": "same talks", **QUOTE}]),
    "quantity": _article(
        quantities=[
            {"key": "q", "text": "150 tractors", "unit": "tractor", "what": "Tractors",
             "status": "target", "proposal": "p", "period": {"label": "by 2025", "value": "2025"},
             "source_error": {"note": "n"}, **QUOTE}
        ]
    ),
    "statement": _article(
        statements=[
            {"key": "s", "kind": "intention", "speaker": "o", "side": "BY", "summary": "Seeks",
             "region": "lipetsk-oblast", "sector": "trade", "meeting": "m", **QUOTE}
        ]
    ),
}  # fmt: skip


@pytest.mark.parametrize("doc", V2_ARTICLES.values(), ids=V2_ARTICLES.keys())
def test_every_v2_article_field_is_accepted(doc: dict[str, Any]) -> None:
    ArticleFile.model_validate(doc)


def test_v2_shared_fields_are_accepted() -> None:
    RegionSpec.model_validate(
        {"key": "r", "name": "R", "kind": "oblast", "country": "RU", "note": "n",
         "citation": CITATION}
    )  # fmt: skip
    EnterpriseSpec.model_validate(
        {"key": "e", "name": "E", "country": "BY", "note": "n", "citation": CITATION}
    )
    holding = HoldingSpec.model_validate(
        {"post": "p", "acting": True, "note": "n",
         "start": {"value": "2024-05", "basis": "external", "citation": CITATION}}
    )  # fmt: skip
    assert holding.acting
    OfficialSpec.model_validate(
        {"key": "o", "name": "O", "country": "RU", "holdings": [holding.model_dump()],
         "note": "n", "citation": CITATION}
    )  # fmt: skip


def test_v1_defaults_mean_what_v1_meant() -> None:
    figure = TradeFigureSpec.model_validate(FIGURE)
    assert (figure.status, figure.rank, figure.change, figure.source_error) == (
        "actual",
        "normal",
        None,
        None,
    )
    assert HoldingSpec.model_validate({"post": "p"}).acting is False


def test_a_change_shorthand_is_its_text() -> None:
    figure = TradeFigureSpec.model_validate({**FIGURE, "change": "has decreased"})
    assert figure.change is not None
    assert (figure.change.text, figure.change.direction) == ("has decreased", None)


def test_v2_notes_and_defaults_pass_check(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_001,
        "    change_pct: 40.5\n",
        "    change_pct: 40.5\n    status: actual\n    rank: normal\n    note: As reported.\n",
    )
    edit(
        seeds_copy,
        ARTICLE_001,
        '    quote: "OAO Planar"\n',
        '    quote: "OAO Planar"\n    note: The plant.\n',
    )
    edit(
        seeds_copy,
        "officials.yaml",
        "      - post: president-belarus\n",
        "      - post: president-belarus\n        acting: false\n        note: In office.\n",
    )
    result = run("check", str(seeds_copy))
    assert result.exit_code == 0, result.stderr  # fmt: skip


TRADE_FIGURE = "    change_pct: 40.5\n"
PERIOD_001 = 'period: {label: "January-September 2017", start: "2017-01", end: "2017-09"}'
ATTESTATION = '\nattestations:\n  - {quote: "OAO Planar"%s}\n'
REFUSALS: dict[str, tuple[str, str, str, str]] = {
    "change and change_pct": (
        ARTICLE_001, TRADE_FIGURE, TRADE_FIGURE + '    change: "went up 40.5%"\n',
        "trade_figures[0]: give change_pct or change, not both",
    ),
    "period value and start": (
        ARTICLE_001, PERIOD_001, 'period: {label: "2017", value: "2017", start: "2017-01"}',
        "trade_figures[0].period: give value or start/end, not both (got value and start)",
    ),
    "period external without citation": (
        ARTICLE_001, PERIOD_001, 'period: {label: "2017", value: "2017", basis: external}',
        "trade_figures[0].period: basis 'external' needs a citation: {url or publication, says}",
    ),
    "period inferred without note": (
        ARTICLE_001, PERIOD_001, 'period: {label: "2017", value: "2017", basis: inferred}',
        "trade_figures[0].period: basis 'inferred' needs a note saying from which words",
    ),
    "period unknown with a value": (
        ARTICLE_001, PERIOD_001, 'period: {label: "2017", value: "2017", basis: unknown}',
        "trade_figures[0].period: basis 'unknown' takes no value",
    ),
    "date external without citation": (
        ARTICLE_001, "      basis: inferred\n", "      basis: external\n",
        "meetings[0].date: basis 'external' needs a citation: {url or publication, says}",
    ),
    "citation without url or publication": (
        ARTICLE_001, "      basis: inferred\n",
        "      basis: external\n      citation: {says: The day.}\n",
        "meetings[0].date.citation: a citation needs a url or a publication (or both)",
    ),
    "attestation without a target": (
        ARTICLE_001, "\ntrade_goods:", ATTESTATION % "" + "\ntrade_goods:",
        "attestations[0]: an attestation names exactly one of meeting, proposal, trade_figure,"
        " twinning, statement (got none)",
    ),
    "attestation with two targets": (
        ARTICLE_001, "\ntrade_goods:",
        ATTESTATION % ", meeting: lukashenko-mikhailov-2017, proposal: x" + "\ntrade_goods:",
        "attestations[0]: an attestation names exactly one of meeting, proposal, trade_figure,"
        " twinning, statement (got meeting, proposal)",
    ),
    "amount_status without an amount": (
        ARTICLE_001, "    amount: null\n", "    amount: null\n    amount_status: allocation\n",
        "proposals[0]: amount_status is given but the proposal has no amount",
    ),
    "units without counts": (
        ARTICLE_003, "    units: {BY: 6, RU: 6}\n", "    units: {}\n",
        "twinning[0].units: units needs a count for BY, RU or both",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("name", "old", "new", "message"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_cross_field_rule_is_one_problem_line(
    seeds_copy: Path, name: str, old: str, new: str, message: str
) -> None:
    line = edit(seeds_copy, name, old, new)
    problem = only_problem(seeds_copy)
    assert problem.endswith(f": {message}"), problem
    assert problem.startswith(f"{seeds_copy / name}:")
    reported = int(problem[len(f"{seeds_copy / name}:") :].split(":", 1)[0])
    assert line - 12 <= reported <= line + 2, (line, problem)


def test_a_quantity_links_to_at_most_one_fact() -> None:
    doc = V2_ARTICLES["quantity"]["quantities"][0]
    with pytest.raises(ValueError, match="at most one of proposal, meeting"):
        ArticleFile.model_validate(_article(quantities=[{**doc, "meeting": "m"}]))
