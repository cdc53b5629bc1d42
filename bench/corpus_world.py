"""The shared world of a synthetic corpus: the seeds' regions, officials and enterprises, and
the ones ``bench/make_corpus.py`` adds from ``bench/vocabulary.yaml`` (every Russian region's
posts and their holders, more companies), written out as the corpus's shared files.

Every random choice comes from the ``random.Random`` the caller passes, and no set is ever
iterated, so the world is a pure function of the seed (see make_corpus.py).
"""

from __future__ import annotations

import calendar
import functools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from make_corpus import Template

Doc = dict[str, Any]
MAX_HOLDERS = 12
"""Holders a post gets before it takes no new one (a promotion may still add one). A real post
has had a dozen at most in the years such articles cover; uncapped, the few posts outside
Russian regions drew hundreds of holders each in a large corpus (over 800 at 50,000 articles),
which made holdings' queries quadratic as no real corpus would."""


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=65_536)
def slug(text: str) -> str:
    """A key from any text: lowercase ASCII words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def surname(name: str) -> str:
    return name.rsplit(maxsplit=1)[-1]


# --- the shared world: the seeds' entities, extended from the vocabulary ---------------------


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    text: str  # how articles name it: "Tatarstan" for the Republic of Tatarstan
    short: str  # the bare form: "Kursk" in "a Kursk company"
    country: str


@dataclass(frozen=True)
class Named:
    """An official or an enterprise: its key, its spellings (preferred first), what it is."""

    key: str
    spellings: tuple[str, ...]
    country: str
    kind: str = ""
    sector: str = ""
    region: str | None = None


@dataclass
class World:
    """Everything the articles refer to: the shared files' documents, and an index of them."""

    vocabulary: Doc
    regions: list[Doc]
    posts: list[Doc]
    sectors: list[Doc]
    officials: list[Doc] = field(default_factory=list)
    enterprises: list[Doc] = field(default_factory=list)
    region: dict[str, Region] = field(default_factory=dict)
    post: dict[str, Doc] = field(default_factory=dict)
    official: dict[str, Named] = field(default_factory=dict)
    enterprise: dict[str, Named] = field(default_factory=dict)
    holders: dict[str, list[Named]] = field(default_factory=dict)
    companies: dict[tuple[str, str], list[Named]] = field(default_factory=dict)
    local: dict[tuple[str, str], Named] = field(default_factory=dict)  # (seed body, region)
    ru: list[Region] = field(default_factory=list)  # Russian regions articles can be about
    by: list[Region] = field(default_factory=list)  # Belarusian oblasts
    towns: list[tuple[str, str]] = field(default_factory=list)  # (Belarusian town, region)
    taken: set[str] = field(default_factory=set)  # surnames and enterprise names (membership)
    terms: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # post → closed terms

    def add_official(self, doc: Doc) -> None:
        person = Named(doc["key"], (doc["name"], *doc.get("other_names", [])), doc["country"])
        self.officials.append(doc)
        self.official[person.key] = person
        for holding in doc.get("holdings", []):
            self.holders.setdefault(holding["post"], []).append(person)
            years = [str((holding.get(end) or {}).get("value"))[:4] for end in ("start", "end")]
            if all(year.isdigit() for year in years):
                self.terms.setdefault(holding["post"], []).append((int(years[0]), int(years[1])))
        self.taken.update("person:" + surname(s).casefold() for s in person.spellings)

    def add_enterprise(self, doc: Doc) -> Named | None:
        """Add an enterprise unless its key or one of its names is taken (names are unique)."""
        spellings = (doc["name"], *doc.get("aliases", []))
        names = ["key:" + doc["key"], *("name:" + s.casefold() for s in spellings)]
        if any(name in self.taken for name in names):
            return None
        self.taken.update(names)
        kind, sector = doc.get("kind", "company"), doc.get("sector") or ""
        body = Named(doc["key"], spellings, doc["country"], kind, sector, doc.get("region"))
        self.enterprises.append(doc)
        self.enterprise[body.key] = body
        if kind == "company":
            self.companies.setdefault((body.country, sector), []).append(body)
        return body


def read_world(seeds: Path, vocabulary: Doc) -> World:
    """The seeds' shared files, plus the Russian regions and Belarusian oblasts they lack."""
    regions = read_yaml(seeds / "regions.yaml")["regions"]
    officials = read_yaml(seeds / "officials.yaml")
    enterprises = read_yaml(seeds / "enterprises.yaml")
    world = World(vocabulary, regions, officials["posts"], enterprises["sectors"])
    for doc in regions:
        name = doc["name"]
        world.region[doc["key"]] = Region(doc["key"], name, name, name, doc["country"])
    world.post = {doc["key"]: doc for doc in world.posts}
    for doc in officials["officials"]:
        world.add_official(doc)
    for doc in enterprises["enterprises"]:
        world.add_enterprise(doc)
    by_iso = {doc["iso_code"]: doc["key"] for doc in regions if doc.get("iso_code")}
    country = {doc["country"]: doc["key"] for doc in regions if doc["kind"] == "country"}
    for entry in vocabulary["russian_regions"] + vocabulary["belarusian_regions"]:
        iso, name, kind = entry["iso"], entry["name"], entry.get("kind", "oblast")
        text, code = entry.get("text", name), iso[:2]
        key = by_iso.get(iso) or entry.get("key") or slug(text)
        if key in world.region:
            name = world.region[key].name
        else:
            others = [entry["ru"], *([text] if text != name else [])]
            regions.append(
                {"key": key, "name": name, "kind": kind, "country": code}
                | {"parent": country[code], "iso_code": iso, "other_names": others}
            )
        world.region[key] = Region(key, name, text, entry.get("short", text), code)
        if code == "RU":
            world.ru.append(world.region[key])
        elif kind == "oblast":
            world.by.append(world.region[key])
        world.towns += [(town, key) for town in entry.get("towns", [])]
    return world


# --- the generated part of the world ----------------------------------------------------------


def person_name(world: World, rng: random.Random) -> tuple[str, str | None]:
    """A full name with a surname nobody else has and, for about one person in nine, a variant."""
    v = world.vocabulary
    weights = [weight for _suffix, _other, weight in v["surname_suffixes"]]
    while True:
        first, first_other = rng.choice(v["first_names"])
        stem = rng.choice(v["surname_onsets"]) + rng.choice(v["surname_vowels"])
        stem += rng.choice(v["surname_middles"])
        if rng.random() < 0.65:
            stem += rng.choice(v["surname_vowels"]) + rng.choice(v["surname_endings"])
        suffix, suffix_other, _weight = rng.choices(v["surname_suffixes"], weights=weights)[0]
        if "person:" + (stem + suffix).casefold() in world.taken:
            continue
        name, other = f"{first} {stem}{suffix}", None
        if rng.random() < 0.2:
            if first_other and (not suffix_other or rng.random() < 0.5):
                other = f"{first_other} {stem}{suffix}"
            elif suffix_other:
                other = f"{first} {stem}{suffix_other}"
        return name, other


def stated(year: int, rng: random.Random) -> Doc:
    """A holding's date, stated: with the words that state it (a stated date is checked)."""
    month = rng.randint(1, 12) if rng.random() < 0.3 else None
    if month is None:
        return {"value": str(year), "basis": "stated", "quote": f"in {year}"}
    words = f"in {calendar.month_name[month]} {year}"
    return {"value": f"{year}-{month:02d}", "basis": "stated", "quote": words}


def add_person(world: World, post: str, rng: random.Random) -> None:
    """A new holder of the post; one deputy in five is later promoted to the head's post."""
    name, other = person_name(world, rng)
    holding: Doc = {"post": post}
    holdings = [holding]
    start, promoted = rng.randint(2008, 2020), post.removeprefix("vice-")
    if promoted != post and promoted in world.post and rng.random() < 0.2:
        end = start + rng.randint(2, 6)  # a post has one holder at a time: terms never overlap
        if all(end < first or last < start for first, last in world.terms.get(post, [])):
            holding |= {"start": stated(start, rng), "end": stated(end, rng)}
            holdings.append({"post": promoted, "start": stated(end, rng)})
    elif rng.random() < 0.35:
        holding["start"] = stated(start, rng)
    country = world.region[world.post[post]["region"]].country
    doc = {"key": slug(name), "name": name, "other_names": [other] if other else []}
    world.add_official(doc | {"country": country, "holdings": holdings})


def add_officials(
    world: World, templates: Sequence[Template], size: int, rng: random.Random
) -> None:
    """Every Russian region's posts like the seeds' ("Governor of …"), and holders for all."""
    shapes: dict[str, tuple[Doc, Region]] = {}
    others: dict[str, bool] = {}
    for t in templates:
        for post, prefix, home in t.officials.values():
            if prefix is not None and post is not None:
                shapes.setdefault(prefix, (world.post[post], world.region[home]))
            elif post is not None:
                others.setdefault(post, True)
    russian = []
    for region in world.ru:
        for prefix, (seed, old) in shapes.items():
            russian.append(key := prefix + region.key)
            if key not in world.post:
                doc = {"key": key}
                for part in ("title", "body"):
                    if seed.get(part):
                        doc[part] = seed[part].replace(old.name, region.name)
                world.post[key] = doc | {"region": region.key}
                world.posts.append(world.post[key])
    for post in (*russian, *others):
        if not world.holders.get(post):
            add_person(world, post, rng)
    while len(world.officials) < size and (russian or others):
        pool = russian if rng.random() < 0.75 or not others else list(others)
        add_person(world, post := rng.choice(pool), rng)
        if len(world.holders[post]) >= MAX_HOLDERS:  # full: no more holders for this post
            if post in others:
                del others[post]
            else:
                russian.remove(post)


def company(world: World, rng: random.Random) -> Doc:
    """A plant named after its town and its product ("Gomelagromash", "Gomel … Plant")."""
    root, product, sector = rng.choice(world.vocabulary["enterprise_roots"])
    if rng.random() < 0.72:
        (town, region), country, legal = rng.choice(world.towns), "BY", "OAO"
    else:
        place = rng.choice(world.ru)
        town, region, country, legal = place.short, place.key, "RU", "JSC"
    english = f"{town} {product}"
    brand = town + root if town.isalpha() else english
    styles = [[english], [f"{legal} {english}", english]]  # name first, then the aliases
    if brand != english:
        styles = [[brand, english], [english, brand], [f"{legal} {brand}", brand], [brand]]
    names = rng.choice(styles)
    doc = {"key": slug(brand), "name": names[0], "aliases": names[1:], "kind": "company"}
    return doc | {"country": country, "region": region, "sector": sector}


def add_enterprises(
    world: World, templates: Sequence[Template], size: int, rng: random.Random
) -> None:
    """Local bodies like the seeds' (a special economic zone) in every Russian region, and
    companies in every sector the vocabulary has roots for."""
    for key in dict.fromkeys(k for t in templates for k in t.enterprises):
        seed = world.enterprise[key]
        if seed.kind == "company" or seed.region is None:
            continue
        old = world.region[seed.region]
        seed_doc = next(doc for doc in world.enterprises if doc["key"] == key)
        for region in world.ru:
            name = seed.spellings[0].replace(old.short, region.short)
            new_key = seed.key.replace(slug(old.short), slug(region.short))
            doc = seed_doc | {"key": new_key, "name": name, "aliases": [], "region": region.key}
            found = world.enterprise.get(new_key) or world.add_enterprise(doc)
            if found is not None:
                world.local[(key, region.key)] = found
    sectors = {doc["key"] for doc in world.sectors}
    target, attempts = len(world.enterprises) + size, 0
    while len(world.enterprises) < target and (attempts := attempts + 1) < 20 * size:
        doc = company(world, rng)
        if doc["sector"] in sectors:
            world.add_enterprise(doc)
