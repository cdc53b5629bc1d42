"""The review page of one curated article: its coverage drawn as an ``ArticlePage``."""

from __future__ import annotations

from coopdb.curation.coverage import ArticleCoverage
from coopdb.html.article_page import ArticlePage, Highlight, SentenceMark


def review_page(coverage: ArticleCoverage) -> ArticlePage:
    """Every quote of the article's facts highlighted, every sentence marked."""
    highlights = [
        Highlight(
            id=f"f{number}",
            kind=fact.kind,
            label=fact.field,
            start=fact.start,
            end=fact.end,
            fields=fact.fields(),
            pending=fact.pending,
            links=fact.links(),
        )
        for number, fact in enumerate(coverage.facts)
    ]
    marks = [
        SentenceMark(
            s.sentence.start,
            s.sentence.end,
            s.state,
            _note(s.state, s.reason, s.note, s.mentions_only()),
            s.mentions_only(),
        )
        for s in coverage.sentences
    ]
    pending = sum(1 for fact in coverage.facts if fact.pending)
    details = [
        ("article", coverage.article),
        ("sentences", str(len(coverage.sentences))),
        ("covered", str(coverage.count("covered"))),
        ("skipped", str(coverage.count("skipped"))),
        ("uncovered", str(coverage.count("uncovered"))),
        ("quotes", str(len(coverage.facts))),
        ("pending", str(pending)),
    ]
    title = f"Review: {coverage.title or coverage.article}"
    return ArticlePage(title, coverage.body, highlights, marks, details)


def _note(state: str, reason: str | None, note: str | None, names_only: bool) -> str | None:
    if state == "skipped":
        return f"skipped: {reason}" + (f" ({note})" if note else "")
    if state == "uncovered":
        return "no fact covers this sentence"
    return "covered only by names, dates or the title: is a fact missing?" if names_only else None
