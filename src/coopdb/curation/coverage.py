"""Which sentences of an article its facts cover: the curator's to-do list.

A sentence is **covered** when at least one fact's quote overlaps it by a character or more
(a quote that spans two sentences covers both; a quote of three words covers its whole
sentence: coverage says a sentence was read and curated, not that every word of it is a
fact). Every quote counts: mentions, meetings and their participants, proposals, trade
figures and goods, twinning, attestations, quantities, statements, the quotes of dates, and
the article's title. A sentence no quote touches is **skipped** when a ``skip:`` quote spans
all of it (so a skip of a few words cannot hide the rest of a sentence), else **uncovered**.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from coopdb.curation.problems import Problem, parse_model
from coopdb.curation.resolve import ArticleResolver
from coopdb.curation.seedfiles import SeedsFolder
from coopdb.curation.sentences import Sentence, split_sentences
from coopdb.curation.spec import ArticleFile, CitationSpec, DateSpec
from coopdb.curation.spool import SpooledSource
from coopdb.curation.yamlread import read_yaml

State = Literal["covered", "skipped", "uncovered"]
ARTICLE_DATES = ("dateline_date", "published", "page_date")
"""The article's own dates, whose quotes cover like a fact's."""
NAMING_KINDS = frozenset({"officials", "enterprises", "participants", "dates", "title"})
"""Quotes that name someone or something, or date it, rather than state a fact."""
_HIDDEN_FIELDS = frozenset({"quote", "occurrence", "pending"})
_FIELD_TEXT = 300


@dataclass(frozen=True)
class FactQuote:
    """One quote of a fact, found in the text: what ``curate review`` highlights."""

    kind: str
    """The section it is in (``officials``, ``meetings``…), ``participants`` and ``dates``
    for the quotes inside a fact, ``title`` for the article's title."""
    field: str
    """Where it is written in the facts file: ``meetings[0].participants[1]``."""
    start: int
    end: int
    pending: bool
    spec: BaseModel | None = None
    """What the facts file says of the fact (None for the title)."""

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The fact's other fields as text, to show beside its quote (worked out only for a
        page: coverage needs offsets alone)."""
        return tuple(_fields(self.spec)) if self.spec is not None else ()

    def links(self) -> tuple[str, ...]:
        """The urls of the fact's citations."""
        return tuple(dict.fromkeys(_links(self.spec))) if self.spec is not None else ()


@dataclass(frozen=True)
class SkipQuote:
    field: str
    start: int
    end: int
    reason: str
    note: str | None


@dataclass(frozen=True)
class SentenceState:
    sentence: Sentence
    state: State
    reason: str | None = None
    """Why a skipped sentence is skipped (its skip's reason)."""
    note: str | None = None
    """The skip's note."""
    by: tuple[str, ...] = ()
    """The kinds of the facts whose quotes cover it."""

    def mentions_only(self) -> bool:
        """Covered, but only by the quotes of names and dates: a sentence that may still
        state a fact nobody curated (a mention says who is named, not what is said)."""
        return self.state == "covered" and set(self.by) <= NAMING_KINDS


@dataclass(frozen=True)
class ArticleCoverage:
    """One article's sentences, each covered, skipped or uncovered, and the quotes behind."""

    article: str
    body: str
    title: str | None
    sentences: tuple[SentenceState, ...]
    facts: tuple[FactQuote, ...]
    skips: tuple[SkipQuote, ...]

    def count(self, state: State) -> int:
        return sum(1 for s in self.sentences if s.state == state)

    def uncovered(self) -> list[Sentence]:
        return [s.sentence for s in self.sentences if s.state == "uncovered"]

    def skips_over_facts(self) -> list[tuple[SkipQuote, FactQuote]]:
        """Skips whose words a fact also quotes: a sentence that states a fact is not out of
        scope (it counts as covered; the skip is a mistake or a leftover)."""
        return [
            (skip, fact)
            for skip in self.skips
            for fact in self.facts
            if fact.kind != "title" and fact.start < skip.end and skip.start < fact.end
        ]

    def hints(self) -> dict[int, str]:
        """What an uncovered sentence looks like, by its start: page furniture, or a repeat
        of an earlier sentence (the reasons a curator would skip it for)."""
        first: dict[str, int] = {}
        hints: dict[int, str] = {}
        for state in self.sentences:
            s = state.sentence
            earlier = first.setdefault(s.text, s.start)
            if state.state != "uncovered":
                continue
            if s.kind == "furniture":
                hints[s.start] = "page furniture"
            elif earlier != s.start:
                hints[s.start] = f"repeat, first at {earlier}"
        return hints


def find_quote(body: str, words: str, occurrence: int = 1) -> int | None:
    """Where the n-th occurrence of ``words`` starts (as ``coopdb check`` finds quotes)."""
    start = -1
    for _ in range(occurrence):
        start = body.find(words, start + 1)
        if start < 0:
            return None
    return start


def article_coverage(name: str, body: str, spec: ArticleFile) -> ArticleCoverage:
    """The coverage of one article by the facts of its (validated) facts file."""
    facts = tuple(fact_quotes(body, spec))
    skips = tuple(skip_quotes(body, spec))
    states = tuple(_state(s, facts, skips) for s in split_sentences(body))
    return ArticleCoverage(name, body, spec.title, states, facts, skips)


def _state(
    sentence: Sentence, facts: tuple[FactQuote, ...], skips: tuple[SkipQuote, ...]
) -> SentenceState:
    by = tuple(
        dict.fromkeys(q.kind for q in facts if q.start < sentence.end and sentence.start < q.end)
    )
    if by:
        return SentenceState(sentence, "covered", by=by)
    for skip in skips:
        if skip.start <= sentence.start and sentence.end <= skip.end:
            return SentenceState(sentence, "skipped", skip.reason, skip.note)
    return SentenceState(sentence, "uncovered")


def check_skips(resolver: ArticleResolver, spec: ArticleFile) -> None:
    """Report each skip quote that is not in the text, as any quote is (``coopdb check``)."""
    for index, skip in enumerate(spec.skip):
        if skip is not None:
            resolver.find(("skip", index, "quote"), skip.quote, skip.occurrence)


def skip_quotes(body: str, spec: ArticleFile) -> Iterator[SkipQuote]:
    for index, skip in enumerate(spec.skip):
        if skip is None:
            continue
        start = find_quote(body, skip.quote, skip.occurrence)
        if start is not None:
            end = start + len(skip.quote)
            yield SkipQuote(f"skip[{index}]", start, end, skip.reason, skip.note)


def fact_quotes(body: str, spec: ArticleFile) -> Iterator[FactQuote]:
    """Every quote of every fact of the article, found in its text, in file order."""
    if spec.title:
        start = body.find(spec.title)
        if start >= 0:
            yield FactQuote("title", "title", start, start + len(spec.title), False)
    for name in ARTICLE_DATES:
        date = getattr(spec, name)
        if isinstance(date, DateSpec):
            yield from _quotes(body, date, "dates", name)
    for name, value in spec:
        if name == "skip" or not isinstance(value, list):
            continue
        for index, item in enumerate(value):
            if isinstance(item, BaseModel):
                yield from _quotes(body, item, name, f"{name}[{index}]")


def _quotes(body: str, model: BaseModel, kind: str, path: str) -> Iterator[FactQuote]:
    """The quote of ``model`` (when it has one) and those of the models inside it."""
    quote = getattr(model, "quote", None)
    if isinstance(quote, str) and quote:
        start = find_quote(body, quote, getattr(model, "occurrence", 1))
        if start is not None:
            yield FactQuote(
                kind,
                path,
                start,
                start + len(quote),
                bool(getattr(model, "pending", False)),
                model,
            )
    for name, value in model:
        if isinstance(value, BaseModel):
            inner = "dates" if isinstance(value, DateSpec) else name
            yield from _quotes(body, value, inner, f"{path}.{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _quotes(body, item, name, f"{path}.{name}[{index}]")


def _fields(model: BaseModel) -> Iterator[tuple[str, str]]:
    """The fields as the curator wrote them (defaults left out)."""
    for name, value in model:
        if name in _HIDDEN_FIELDS or name not in model.model_fields_set or value in (None, []):
            continue
        text = _as_text(value)
        if len(text) > _FIELD_TEXT:
            text = text[: _FIELD_TEXT - 1] + "…"
        yield name, text


def _as_text(value: Any) -> str:
    if isinstance(value, BaseModel):
        return "; ".join(
            f"{k}: {_as_text(v)}"
            for k, v in value
            if v not in (None, []) and k not in _HIDDEN_FIELDS and k in value.model_fields_set
        )
    if isinstance(value, list):
        parts = [_as_text(v) for v in value]
        return (
            " | ".join(parts) if any(isinstance(v, BaseModel) for v in value) else ", ".join(parts)
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _links(model: BaseModel) -> Iterator[str]:
    """The urls of the citations anywhere in a fact."""
    for _, value in model:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, CitationSpec) and item.url:
                yield item.url
            elif isinstance(item, BaseModel):
                yield from _links(item)


def folder_coverage(folder: Path, sources: Iterable[SpooledSource]) -> list[ArticleCoverage]:
    """The coverage of each validated article of ``folder`` (``sources`` from
    ``validate_folder``), in the folder's order."""
    problems: list[Problem] = []
    found: list[ArticleCoverage] = []

    def refuse(name: str, message: str) -> None:
        problems.append(Problem(name, None, "", message))

    with SeedsFolder(folder, refuse) as seeds:
        for source in sorted(sources, key=lambda s: s.file_name):
            facts_name = source.file_name.removesuffix(".txt") + ".yaml"
            raw = seeds.read(facts_name)
            file = read_yaml(folder / facts_name, raw, problems) if raw is not None else None
            spec = parse_model(file, ArticleFile, problems) if file is not None else None
            if spec is not None:
                found.append(article_coverage(source.file_name, source.body, spec))
    return found
