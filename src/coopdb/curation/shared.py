"""The shared files (regions, officials, enterprises) resolved into the index articles use."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel

from coopdb.curation import corpus as c
from coopdb.curation.figures import FigureRegistry
from coopdb.curation.globalkeys import GlobalKeys
from coopdb.curation.limits import storage_problem
from coopdb.curation.problems import Problem, named, parse_model, shorten_quote
from coopdb.curation.spec import (
    SLUG,
    CitationSpec,
    DateSpec,
    EnterprisesFile,
    EnterpriseSpec,
    OfficialsFile,
    OfficialSpec,
    PostSpec,
    RegionsFile,
    RegionSpec,
    SectorSpec,
)
from coopdb.curation.tenures import check_successions
from coopdb.curation.yamlread import CuratedFile, Loc
from coopdb.dates import PartialDate, parse_partial_date
from coopdb.evidence import citation_problems, date_parts_missing

Spec = TypeVar("Spec", bound=BaseModel)

SLUG_TEXT = re.compile(SLUG)


SHARED_HOMES: dict[str, tuple[str, str, type[BaseModel]]] = {
    "region": ("regions.yaml", "regions", RegionSpec),
    "post": ("officials.yaml", "posts", PostSpec),
    "official": ("officials.yaml", "officials", OfficialSpec),
    "sector": ("enterprises.yaml", "sectors", SectorSpec),
    "enterprise": ("enterprises.yaml", "enterprises", EnterpriseSpec),
}
"""The shared file and list each kind of key is defined in, and the model of its entries."""


def where_to_add(kind: str, key: str) -> str:
    """For an unknown key: the shared file to define it in and the entry to paste there
    (its required fields, the key filled in), e.g. `` — add it to officials.yaml under
    officials: {key: ivan-petrov, name: …, country: …}``."""
    home = SHARED_HOMES.get(kind)
    if home is None:
        return ""
    file_name, section, model = home
    shown = key if SLUG_TEXT.fullmatch(key) and len(key) <= 80 else "…"
    fields = [
        f"key: {shown}" if name == "key" else f"{name}: …"
        for name, info in model.model_fields.items()
        if info.is_required()
    ]
    return f" — add it to {file_name} under {section}: {{{', '.join(fields)}}}"


class SharedIndex:
    """The shared files resolved: what articles refer to, and the problems found on the way."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.corpus = c.Corpus()
        self.regions: dict[str, RegionSpec] = {}
        self.posts: dict[str, PostSpec] = {}
        self.officials: dict[str, OfficialSpec] = {}
        self.holdings: set[tuple[str, str]] = set()
        self.sectors: dict[str, SectorSpec] = {}
        self.enterprises: dict[str, EnterpriseSpec] = {}
        # Keys of items that failed validation, by kind: references to them are not reported.
        self.broken: dict[str, set[str]] = {}
        # Officials with a holding of an unknown post: their posts in articles are not checked.
        self.unheld: set[str] = set()
        # Kinds whose shared file could not be read: references to them cannot be checked.
        self.unavailable: set[str] = set()
        # Trade figures and linkable keys of every article read, for the folder-wide rules.
        self.figures = FigureRegistry()
        # Keys unique across the folder, and references to them from any article.
        self.keys = GlobalKeys()

    # references

    def ref(
        self, file: CuratedFile, loc: Loc, key: str | None, table: Mapping[str, Any], kind: str
    ) -> bool:
        """Report an unknown key (with a suggestion); True when the reference is good."""
        if key is None or key in table:
            return True
        if key in self.broken.get(kind, ()) or kind in self.unavailable:
            return False
        guess = difflib.get_close_matches(key, table, n=1)
        hint = f" (did you mean {named(guess[0])}?)" if guess else ""
        self.problems.append(
            file.problem(loc, f"unknown {kind} {named(key)}{hint}{where_to_add(kind, key)}")
        )
        return False

    def unique(self, file: CuratedFile, section: str, items: Sequence[Any], kind: str) -> set[str]:
        """Report duplicate keys; return the keys of items that failed validation, so that
        references to them are not reported a second time as unknown."""
        seen: set[str] = set()
        broken: set[str] = set()
        for index, item in enumerate(items):
            if item is None:
                raw = file.doc.get(section)
                key = raw[index].get("key") if isinstance(raw[index], dict) else None
                if isinstance(key, str):
                    broken.add(key)
                continue
            if item.key in seen:
                self.problems.append(
                    file.problem((section, index, "key"), f"duplicate {kind} key {named(item.key)}")
                )
            seen.add(item.key)
        return broken

    def listed_once(self, file: CuratedFile, loc: Loc, names: Sequence[str]) -> None:
        """Report a name listed twice (the database keeps each name of a thing once)."""
        seen: set[str] = set()
        for index, name in enumerate(names):
            if name in seen:
                self.problems.append(file.problem((*loc, index), f"{named(name)} is listed twice"))
            seen.add(name)

    def dated(
        self,
        file: CuratedFile,
        loc: Loc,
        spec: DateSpec | None,
        body: str | None = None,
        fact_quote: str | None = None,
    ) -> c.DatedAs:
        """Resolve a date spec; report bad forms, missing notes and citations, and a stated
        date whose parts its words (its own quote, else ``fact_quote``) do not give."""
        if spec is None:
            return c.UNKNOWN_DATE
        basis = spec.basis or ("stated" if spec.value else "unknown")
        citation = self.cited(file, (*loc, "citation"), spec.citation)
        quote = self.date_quote(file, loc, spec, body)
        if spec.value is None:
            if basis != "unknown":
                self.problems.append(file.problem(loc, f"basis '{basis}' but no value"))
            return c.DatedAs(None, "unknown", spec.note, citation, quote)
        if basis == "unknown":
            self.problems.append(
                file.problem((*loc, "basis"), "a date with a value is stated or inferred")
            )
        if basis == "inferred" and not spec.note:
            self.problems.append(
                file.problem((*loc, "note"), "an inferred date needs a note saying from what")
            )
        try:
            parts = parse_partial_date(spec.value)
        except ValueError as error:
            self.problems.append(file.problem((*loc, "value"), str(error)))
            return c.UNKNOWN_DATE
        if basis == "stated":
            self.stated_in_words(file, loc, parts, spec.quote or fact_quote)
        return c.DatedAs(parts, basis, spec.note, citation, quote)

    def stated_in_words(
        self, file: CuratedFile, loc: Loc, parts: PartialDate, words: str | None
    ) -> None:
        """A date marked stated is a claim about the text: each stored part must be in it."""
        if words is None:
            self.problems.append(
                file.problem(
                    (*loc, "basis"),
                    "a stated date needs the words that state it: give the date a quote"
                    " (or mark it inferred with a note, or external with a citation)",
                )
            )
            return
        missing = date_parts_missing(words, parts)
        if missing:
            self.problems.append(
                file.problem(
                    (*loc, "value"),
                    f"marked stated, but its quote does not give the {' or '.join(missing)}"
                    f" of {parts.label()}: {shorten_quote(words)} (leave that part out, or"
                    " mark the date inferred with a note, or external with a citation)",
                )
            )

    def cited(self, file: CuratedFile, loc: Loc, spec: CitationSpec | None) -> c.Citation | None:
        """A citation resolved, with what makes it unusable as evidence reported."""
        if spec is None:
            return None
        for message in citation_problems(spec.model_dump(exclude_none=True)):
            self.problems.append(file.problem(loc, message))
        return c.Citation(spec.url, spec.publication, spec.says)

    def date_quote(
        self, file: CuratedFile, loc: Loc, spec: DateSpec, body: str | None
    ) -> c.Quote | None:
        """The date's own words located in the article (``body``; None in a shared file)."""
        if spec.quote is None or body is None:
            return None
        start = -1
        for _ in range(spec.occurrence):
            start = body.find(spec.quote, start + 1)
            if start < 0:
                self.problems.append(file.problem((*loc, "quote"), "not found in the article"))
                return None
        return c.Quote(spec.quote, start, start + len(spec.quote))

    # shared files

    def shared(
        self,
        regions: CuratedFile | None,
        officials: CuratedFile | None,
        enterprises: CuratedFile | None,
    ) -> None:
        region_file = parse_model(regions, RegionsFile, self.problems) if regions else None
        if region_file is None:
            self.unavailable.add("region")
        if regions and region_file:
            self.broken["region"] = self.unique(regions, "regions", region_file.regions, "region")
            self.regions = {r.key: r for r in region_file.regions if r is not None}
            self.check_iso_codes(regions, region_file.regions)
            for index, region in enumerate(region_file.regions):
                if region is None:
                    continue
                self.ref(
                    regions, ("regions", index, "parent"), region.parent, self.regions, "region"
                )
                self.listed_once(regions, ("regions", index, "other_names"), region.other_names)
                self.corpus.regions.append(
                    c.Region(
                        region.key,
                        region.name,
                        region.kind,
                        region.country,
                        region.parent,
                        region.iso_code,
                        tuple(region.other_names),
                        region.note,
                        self.cited(regions, ("regions", index, "citation"), region.citation),
                    )
                )
            self.check_cycles(regions, region_file.regions)
        kinds = ("sector", "enterprise")
        self.entity_file(enterprises, EnterprisesFile, self.enterprises_file, kinds)
        self.entity_file(officials, OfficialsFile, self.officials_file, ("post", "official"))

    def entity_file(
        self,
        file: CuratedFile | None,
        model: type[Spec],
        check: Callable[[CuratedFile, Spec], None],
        kinds: tuple[str, ...],
    ) -> None:
        """Check one entity file; without a valid one its kinds are unavailable, so that
        references to them are not each reported as unknown."""
        spec = parse_model(file, model, self.problems) if file else None
        if file and spec:
            check(file, spec)
        else:
            self.unavailable.update(kinds)

    def check_iso_codes(self, file: CuratedFile, regions: list[RegionSpec | None]) -> None:
        seen: dict[str, str] = {}
        for index, region in enumerate(regions):
            if region is None or region.iso_code is None:
                continue
            if region.iso_code in seen:
                self.problems.append(
                    file.problem(
                        ("regions", index, "iso_code"),
                        f"'{region.iso_code}' is already the code of '{seen[region.iso_code]}'",
                    )
                )
            elif not region.iso_code.startswith(region.country):
                self.problems.append(
                    file.problem(
                        ("regions", index, "iso_code"),
                        f"'{region.iso_code}' does not belong to country {region.country}",
                    )
                )
            seen[region.iso_code] = region.key

    def check_cycles(self, file: CuratedFile, regions: list[RegionSpec | None]) -> None:
        for index, region in enumerate(regions):
            if region is None:
                continue
            seen, key = {region.key}, region.parent
            while key is not None and key in self.regions:
                if key in seen:
                    self.problems.append(
                        file.problem(("regions", index, "parent"), "regions form a cycle")
                    )
                    break
                seen.add(key)
                key = self.regions[key].parent

    def enterprises_file(self, file: CuratedFile, spec: EnterprisesFile) -> None:
        self.broken["sector"] = self.unique(file, "sectors", spec.sectors, "sector")
        self.broken["enterprise"] = self.unique(file, "enterprises", spec.enterprises, "enterprise")
        self.sectors = {s.key: s for s in spec.sectors if s is not None}
        self.enterprises = {e.key: e for e in spec.enterprises if e is not None}
        self.corpus.sectors = [c.Sector(s.key, s.name) for s in spec.sectors if s is not None]
        owner: dict[str, str] = {}
        for index, enterprise in enumerate(spec.enterprises):
            if enterprise is None:
                continue
            loc: Loc = ("enterprises", index)
            self.ref(file, (*loc, "region"), enterprise.region, self.regions, "region")
            self.ref(file, (*loc, "sector"), enterprise.sector, self.sectors, "sector")
            for name in (enterprise.name, *enterprise.aliases):
                other = owner.setdefault(name.casefold(), enterprise.key)
                if other != enterprise.key:
                    self.problems.append(
                        file.problem(
                            (*loc, "aliases"),
                            f"name {named(name)} is also used by enterprise {named(other)}",
                        )
                    )
            self.corpus.enterprises.append(
                c.Enterprise(
                    enterprise.key,
                    enterprise.name,
                    tuple(enterprise.aliases),
                    enterprise.kind,
                    enterprise.country,
                    enterprise.region,
                    enterprise.sector,
                    enterprise.note,
                    self.cited(file, (*loc, "citation"), enterprise.citation),
                )
            )

    def officials_file(self, file: CuratedFile, spec: OfficialsFile) -> None:
        self.broken["post"] = self.unique(file, "posts", spec.posts, "post")
        self.broken["official"] = self.unique(file, "officials", spec.officials, "official")
        self.posts = {p.key: p for p in spec.posts if p is not None}
        self.officials = {o.key: o for o in spec.officials if o is not None}
        for index, post in enumerate(spec.posts):
            if post is None:
                continue
            self.ref(file, ("posts", index, "region"), post.region, self.regions, "region")
            self.corpus.posts.append(c.Post(post.key, post.title, post.body, post.region))
        tenures: list[tuple[str, c.Holding, Loc]] = []
        for index, official in enumerate(spec.officials):
            if official is None:
                continue
            holdings = []
            seen: set[tuple[str, int]] = set()
            for number, holding in enumerate(official.holdings):
                loc: Loc = ("officials", index, "holdings", number)
                if not self.ref(file, (*loc, "post"), holding.post, self.posts, "post"):
                    # Reported here once; the articles' posts of this person are not checked.
                    self.unheld.add(official.key)
                self.fits(file, (*loc, "term"), holding.term, "holdings.term")
                if (holding.post, holding.term) in seen:
                    self.problems.append(file.problem(loc, "the same post and term twice"))
                seen.add((holding.post, holding.term))
                self.holdings.add((official.key, holding.post))
                start = self.dated(file, (*loc, "start"), holding.start)
                end = self.dated(file, (*loc, "end"), holding.end)
                if (
                    start.parts
                    and end.parts
                    and start.parts.earliest
                    and end.parts.latest
                    and start.parts.earliest > end.parts.latest
                ):
                    self.problems.append(file.problem((*loc, "end"), "ends before it starts"))
                held = c.Holding(
                    holding.post, holding.term, start, end, holding.acting, holding.note
                )
                holdings.append(held)
                tenures.append((official.key, held, loc))
            self.corpus.officials.append(
                c.Official(
                    official.key,
                    official.name,
                    tuple(official.other_names),
                    official.country,
                    tuple(holdings),
                    official.note,
                    self.cited(file, ("officials", index, "citation"), official.citation),
                )
            )
        check_successions(self, file, tenures)

    def fits(self, file: CuratedFile, loc: Loc, value: Decimal | int, column: str) -> bool:
        """Report a number the column it is stored in cannot hold (see ``STORED_NUMBERS``)."""
        message = storage_problem(value, column)
        if message:
            self.problems.append(file.problem(loc, message))
        return message is None
