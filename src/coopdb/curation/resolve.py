"""Resolving one article's facts: each quote found in the text, each reference in the index."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from coopdb.amounts import Amount, parse_amount, quote_supports
from coopdb.curation import corpus as c
from coopdb.curation import figures, tenures
from coopdb.curation.problems import mismatch, named, shorten_quote
from coopdb.curation.shared import SharedIndex
from coopdb.curation.spec import ArticleFile, PeriodSpec
from coopdb.curation.yamlread import CuratedFile, Loc
from coopdb.vocabulary import SIDES

_MARKS: dict[str, str | int | None] = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-"}


def _normalize_marks(text: str) -> str:
    return text.translate(str.maketrans(_MARKS))


class ArticleResolver:
    """One article's facts resolved against its text and the shared index; the state of
    this article (its meetings) lives here, not in the index."""

    def __init__(self, index: SharedIndex, file: CuratedFile, body: str) -> None:
        self.index = index
        self.file = file
        self.body = body
        self.problems = index.problems
        self.broken_meetings: set[str] = set()

    def ref(self, loc: Loc, key: str | None, table: Mapping[str, Any], kind: str) -> bool:
        """``SharedIndex.ref`` in this article's file."""
        return self.index.ref(self.file, loc, key, table, kind)

    def fail(self, loc: Loc, message: str) -> None:
        self.problems.append(self.file.problem(loc, message))

    def repeated(
        self, seen: dict[tuple[str, int], int], loc: tuple[str, int], key: str, quote: c.Quote
    ) -> bool:
        """Report a second mention of ``key`` whose quote starts where an earlier one's does
        (the database keeps one mention per place)."""
        section, index = loc
        first = seen.setdefault((key, quote.start), index)
        if first == index:
            return False
        self.fail(
            (*loc, "quote"),
            f"{section}[{first}] already mentions {named(key)} with a quote starting here",
        )
        return True

    def find(self, loc: Loc, words: str, occurrence: int = 1) -> c.Quote | None:
        """Locate the n-th occurrence of the quote in the body, or report why not."""
        start = -1
        for _ in range(occurrence):
            start = self.body.find(words, start + 1)
            if start < 0:
                break
        if start >= 0:
            return c.Quote(words, start, start + len(words))
        count = self.body.count(words)
        article = self.file.doc.get("article")
        if count:
            self.fail(loc, f"occurrence {occurrence} asked, but the quote occurs {count} time(s)")
        elif _normalize_marks(words) in _normalize_marks(self.body):
            self.fail(
                loc,
                f"not in {article} as written: its quotation marks, apostrophes or dashes"
                " differ from the text (copy them from the article)",
            )
        else:
            self.fail(
                loc,
                f"not found in {article}: {shorten_quote(words)}; {mismatch(self.body, words)}",
            )
        return None

    def name_in(self, loc: Loc, official: str, quote: c.Quote) -> str | None:
        """The spelling of the official's name that the quote contains, or report it."""
        spec = self.index.officials.get(official)
        if spec is None:
            return None
        names = (spec.name, *spec.other_names)
        candidates = [*names, *(n.split()[-1] for n in names)]
        for candidate in sorted(candidates, key=len, reverse=True):
            at = quote.text.casefold().find(candidate.casefold())
            if at >= 0:
                return quote.text[at : at + len(candidate)]
        self.fail((*loc, "quote"), f"does not name {spec.name} (or another spelling of it)")
        return None

    def holding_ok(self, loc: Loc, official: str, post: str | None) -> bool:
        if post is None or not self.ref((*loc, "post"), post, self.index.posts, "post"):
            return post is None
        if (
            official in self.index.officials
            and official not in self.index.unheld
            and (official, post) not in self.index.holdings
        ):
            self.fail(
                (*loc, "post"),
                f"{named(official)} has no holding of {named(post)} in officials.yaml",
            )
            return False
        return True

    def official_mentions(self, spec: ArticleFile) -> Iterator[c.OfficialMention]:
        seen: dict[tuple[str, int], int] = {}
        for index, mention in enumerate(spec.officials):
            if mention is None:
                continue
            loc: Loc = ("officials", index)
            known = self.ref((*loc, "official"), mention.official, self.index.officials, "official")
            post_ok = self.holding_ok(loc, mention.official, mention.post)
            quote = self.find((*loc, "quote"), mention.quote, mention.occurrence)
            if (
                quote is None
                or not known
                or self.repeated(seen, ("officials", index), mention.official, quote)
            ):
                continue
            written = self.name_in(loc, mention.official, quote)
            if written and post_ok:
                yield c.OfficialMention(
                    mention.official, mention.post, written, quote, mention.note
                )

    def enterprise_mentions(self, spec: ArticleFile) -> Iterator[c.EnterpriseMention]:
        seen: dict[tuple[str, int], int] = {}
        for index, mention in enumerate(spec.enterprises):
            if mention is None:
                continue
            loc: Loc = ("enterprises", index)
            known = self.ref(
                (*loc, "enterprise"),
                mention.enterprise,
                self.index.enterprises,
                "enterprise",
            )
            region = mention.region or spec.region
            self.ref((*loc, "region"), region, self.index.regions, "region")
            quote = self.find((*loc, "quote"), mention.quote, mention.occurrence)
            if (
                quote is None
                or not known
                or self.repeated(seen, ("enterprises", index), mention.enterprise, quote)
            ):
                continue
            written = self.enterprise_in(loc, mention.enterprise, quote)
            if written:
                yield c.EnterpriseMention(mention.enterprise, region, written, quote, mention.note)

    def enterprise_in(self, loc: Loc, key: str, quote: c.Quote) -> str | None:
        enterprise = self.index.enterprises[key]
        for name in sorted((enterprise.name, *enterprise.aliases), key=len, reverse=True):
            at = quote.text.casefold().find(name.casefold())
            if at >= 0:
                return quote.text[at : at + len(name)]
        self.fail((*loc, "quote"), f"does not name {enterprise.name} (nor any of its aliases)")
        return None

    def regions_of(self, loc: Loc, keys: list[str] | None, default: str) -> tuple[str, ...]:
        keys = keys if keys is not None else [default]
        for index, key in enumerate(keys):
            self.ref((*loc, index), key, self.index.regions, "region")
        if len(set(keys)) != len(keys):
            self.fail(loc, "a region is listed twice")
        return tuple(dict.fromkeys(keys))

    def meetings(self, spec: ArticleFile) -> Iterator[c.Meeting]:
        self.broken_meetings = self.index.unique(self.file, "meetings", spec.meetings, "meeting")
        for index, meeting in enumerate(spec.meetings):
            if meeting is None:
                continue
            loc: Loc = ("meetings", index)
            quote = self.find((*loc, "quote"), meeting.quote, meeting.occurrence)
            date = self.index.dated(
                self.file, (*loc, "date"), meeting.date, self.body, meeting.quote
            )
            regions = self.regions_of((*loc, "regions"), meeting.regions, spec.region)
            participants = []
            seen: set[str] = set()
            for number, person in enumerate(meeting.participants):
                ploc: Loc = (*loc, "participants", number)
                if person.official in seen:
                    self.fail((*ploc, "official"), f"{named(person.official)} is listed twice")
                seen.add(person.official)
                known = self.ref(
                    (*ploc, "official"),
                    person.official,
                    self.index.officials,
                    "official",
                )
                post_ok = self.holding_ok(ploc, person.official, person.post)
                pquote = self.find((*ploc, "quote"), person.quote, person.occurrence)
                if pquote and known and self.name_in(ploc, person.official, pquote) and post_ok:
                    participants.append(
                        c.Participant(
                            person.official, person.post, person.side, pquote, person.note
                        )
                    )
            if quote:
                yield c.Meeting(
                    meeting.key,
                    date,
                    meeting.place,
                    regions,
                    tuple(participants),
                    quote,
                    meeting.note,
                )

    def meeting_ref(self, loc: Loc, key: str | None, meeting_keys: set[str]) -> bool:
        """A fact refers to a meeting of any article by its global key: one of its own file
        is checked here (one that failed validation is reported once, where it is written),
        another article's once every article has been read (``GlobalKeys.settle``)."""
        if key is None or key in meeting_keys:
            return True
        if key in self.broken_meetings:
            return False
        self.index.keys.refer(self.file, loc, "meeting", key)
        return True

    def amount(self, loc: Loc, text: str, quote: c.Quote | None, column: str) -> Amount | None:
        """Parse money stored in ``column``_low/_high; report what is wrong with it."""
        try:
            amount = parse_amount(text)
        except ValueError as error:
            self.fail(loc, str(error))
            return None
        for bound, value in (("low", amount.low), ("high", amount.high)):
            if value is not None and not self.index.fits(
                self.file, loc, value, f"{column}_{bound}"
            ):
                return None
        if quote is not None:
            if text not in quote.text:
                self.fail(loc, f"{shorten_quote(text)} does not occur in the quote")
            else:
                self.numbers_supported(loc, quote, amount.low, amount.high)
        return amount

    def numbers_supported(self, loc: Loc, quote: c.Quote, *values: Decimal | int | None) -> None:
        for value in values:
            if value is not None and not quote_supports(quote.text, value):
                self.fail(loc, f"the number {value} does not appear in the quote")

    def proposals(self, spec: ArticleFile) -> Iterator[c.Proposal]:
        self.index.unique(self.file, "proposals", spec.proposals, "proposal")
        meeting_keys = {m.key for m in spec.meetings if m is not None}
        for index, proposal in enumerate(spec.proposals):
            if proposal is None:
                continue
            loc: Loc = ("proposals", index)
            quote = self.find((*loc, "quote"), proposal.quote, proposal.occurrence)
            ok = all(
                (
                    self.ref((*loc, "sector"), proposal.sector, self.index.sectors, "sector"),
                    self.ref(
                        (*loc, "proposed_by"),
                        proposal.proposed_by,
                        self.index.officials,
                        "official",
                    ),
                    self.meeting_ref((*loc, "meeting"), proposal.meeting, meeting_keys),
                )
            )
            region = proposal.region if "region" in proposal.model_fields_set else spec.region
            self.ref((*loc, "region"), region, self.index.regions, "region")
            for number, key in enumerate(proposal.enterprises):
                eloc: Loc = (*loc, "enterprises", number)
                if self.ref(eloc, key, self.index.enterprises, "enterprise") and quote:
                    self.enterprise_in(loc, key, quote)
            money = figures.proposal_money(self, loc, proposal, quote)
            dates = tenures.proposal_dates(self, loc, proposal, quote, spec)
            if quote and ok:
                yield c.Proposal(
                    proposal.key,
                    proposal.title,
                    proposal.sector,
                    proposal.status,
                    proposal.proposed_by,
                    proposal.proposed_by_side,
                    proposal.meeting,
                    region,
                    tuple(dict.fromkeys(proposal.enterprises)),
                    quote=quote,
                    **money,  # type: ignore[arg-type]
                    **dates,  # type: ignore[arg-type]
                )

    def period(self, loc: Loc, spec: PeriodSpec | None, quote: c.Quote | None) -> c.Period:
        """A period's label, interval, kind, months and basis (``figures.period``)."""
        return figures.period(self, loc, spec, quote)

    def trade_figures(self, spec: ArticleFile) -> Iterator[c.TradeFigure]:
        self.index.unique(self.file, "trade_figures", spec.trade_figures, "figure")
        for index, figure in enumerate(spec.trade_figures):
            if figure is None:
                continue
            loc: Loc = ("trade_figures", index)
            quote = self.find((*loc, "quote"), figure.quote, figure.occurrence)
            region = figure.region or spec.region
            self.ref((*loc, "region"), region, self.index.regions, "region")
            resolved = figures.trade_figure(self, loc, region, figure, quote)
            if resolved is not None:
                yield resolved

    def trade_goods(self, spec: ArticleFile) -> Iterator[c.TradeGood]:
        seen: set[tuple[str, str, str]] = set()
        for index, goods in enumerate(spec.trade_goods):
            if goods is None:
                continue
            loc: Loc = ("trade_goods", index)
            quote = self.find((*loc, "quote"), goods.quote, goods.occurrence)
            region = goods.region or spec.region
            self.ref((*loc, "region"), region, self.index.regions, "region")
            for number, good in enumerate(goods.goods):
                gloc: Loc = (*loc, "goods", number)
                if (region, goods.direction, good) in seen:
                    self.fail(gloc, f"{named(good)} is already listed for {goods.direction}")
                    continue
                seen.add((region, goods.direction, good))
                if quote is None:
                    continue
                if good.casefold() not in quote.text.casefold():
                    self.fail(gloc, f"{named(good)} does not occur in the quote")
                    continue
                yield c.TradeGood(region, goods.direction, good, quote, goods.note)

    def twinning_sides(self, loc: Loc, keys: list[str] | None, default: str) -> None:
        """Report a twinned region outside BY and RU: its country is stored as its side."""
        for index, key in enumerate(keys if keys is not None else [default]):
            region = self.index.regions.get(key)
            if region is not None and region.country not in SIDES:
                where = (*loc, "regions", index) if keys is not None else (*loc, "regions")
                self.fail(
                    where,
                    f"{named(key)} is in {region.country}: twinning pairs Belarusian (BY)"
                    " and Russian (RU) regions",
                )

    def twinnings(self, spec: ArticleFile) -> Iterator[c.Twinning]:
        self.index.unique(self.file, "twinning", spec.twinning, "twinning")
        own_keys = {t.key for t in spec.twinning if t is not None}
        for index, twinning in enumerate(spec.twinning):
            if twinning is None:
                continue
            loc: Loc = ("twinning", index)
            quote = self.find((*loc, "quote"), twinning.quote, twinning.occurrence)
            regions = self.regions_of((*loc, "regions"), twinning.regions, spec.region)
            date = self.index.dated(
                self.file, (*loc, "date"), twinning.date, self.body, twinning.quote
            )
            count = twinning.count
            if count is not None and not self.index.fits(
                self.file, (*loc, "count"), count, "twinning_agreements.units_count"
            ):
                count = None
            elif quote and count is not None:
                self.numbers_supported((*loc, "count"), quote, count)
            self.twinning_sides(loc, twinning.regions, spec.region)
            details = tenures.twinning_details(self, loc, twinning, quote, own_keys)
            if quote:
                yield c.Twinning(
                    twinning.key,
                    twinning.status,
                    count,
                    regions,
                    date,
                    quote,
                    **details,  # type: ignore[arg-type]
                )
