"""An article's evidence about facts and about itself: attestations of facts (of any article,
by global key), statements made, and the dates the article carries besides its publication."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from coopdb.curation import corpus as c
from coopdb.curation.globalkeys import KIND_WORDS
from coopdb.curation.problems import named
from coopdb.curation.spec import ATTESTED, ArticleFile
from coopdb.curation.yamlread import Loc
from coopdb.vocabulary import SIDES

if TYPE_CHECKING:
    from coopdb.curation.resolve import ArticleResolver


def attestations(resolver: ArticleResolver, spec: ArticleFile) -> Iterator[c.Attestation]:
    """Each attestation's quote found and its target referred to by global key; the defining
    article's own quote is already the first attestation, so an article does not attest its
    own fact."""
    seen: set[tuple[str, str]] = set()
    spans: dict[int, int] = {}
    for index, attestation in enumerate(spec.attestations):
        if attestation is None:
            continue
        loc: Loc = ("attestations", index)
        target = next(kind for kind in ATTESTED if getattr(attestation, kind) is not None)
        key: str = getattr(attestation, target)
        quote = resolver.find((*loc, "quote"), attestation.quote, attestation.occurrence)
        own = resolver.index.keys.site(target, key)
        if own is not None and own[0] is resolver.file:
            resolver.fail(
                (*loc, target),
                f"{named(key)} is a {KIND_WORDS[target]} of this article: its own quote is"
                " already its first attestation",
            )
            continue
        if (target, key) in seen:
            resolver.fail((*loc, target), f"{named(key)} is already attested by this article")
            continue
        seen.add((target, key))
        if quote is not None and quote.start in spans:
            resolver.fail(
                (*loc, "quote"),
                f"attestations[{spans[quote.start]}] has a quote starting here: give each"
                " attestation its own words",
            )
            continue
        if quote is not None:
            spans[quote.start] = index
        resolver.index.keys.refer(resolver.file, (*loc, target), target, key)
        if quote is not None:
            yield c.Attestation(target, key, quote, attestation.note)


def statements(resolver: ArticleResolver, spec: ArticleFile) -> Iterator[c.Statement]:
    """Statements: the speaker, sector and region known, the meeting of any article; the side
    defaults to the speaker's country."""
    index = resolver.index
    index.unique(resolver.file, "statements", spec.statements, "statement")
    meeting_keys = {m.key for m in spec.meetings if m is not None}
    for number, statement in enumerate(spec.statements):
        if statement is None:
            continue
        loc: Loc = ("statements", number)
        quote = resolver.find((*loc, "quote"), statement.quote, statement.occurrence)
        region = statement.region if "region" in statement.model_fields_set else spec.region
        ok = all(
            (
                resolver.ref((*loc, "speaker"), statement.speaker, index.officials, "official"),
                resolver.ref((*loc, "region"), region, index.regions, "region"),
                resolver.ref((*loc, "sector"), statement.sector, index.sectors, "sector"),
                resolver.meeting_ref((*loc, "meeting"), statement.meeting, meeting_keys),
            )
        )
        side = statement.side
        speaker = index.officials.get(statement.speaker) if statement.speaker else None
        if side is None and speaker is not None and speaker.country in SIDES:
            side = speaker.country  # type: ignore[assignment]
        if quote is not None and ok:
            yield c.Statement(
                statement.key,
                statement.kind,
                statement.speaker,
                side,
                statement.summary,
                region,
                statement.sector,
                statement.meeting,
                quote,
                statement.note,
            )


def source_dates(resolver: ArticleResolver, spec: ArticleFile) -> Iterator[c.SourceDate]:
    """The dateline's own date and the page's own date (a stated one needs its quote)."""
    for role, given in (("dateline", spec.dateline_date), ("page", spec.page_date)):
        if given is None:
            continue
        dated = resolver.index.dated(resolver.file, (f"{role}_date",), given, resolver.body)
        if dated.parts is not None or dated.basis == "unknown":
            yield c.SourceDate(role, dated)  # type: ignore[arg-type]
