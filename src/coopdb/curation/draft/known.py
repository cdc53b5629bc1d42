"""What the shared files already name: regions, posts, officials and enterprises, with every
spelling a text may use for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopdb.curation.problems import CurationError, Problem
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder
from coopdb.curation.yamlread import read_yaml


@dataclass(frozen=True)
class KnownRegion:
    key: str
    name: str
    kind: str
    country: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class KnownPost:
    key: str
    title: str
    region: str


@dataclass(frozen=True)
class KnownOfficial:
    key: str
    name: str
    names: tuple[str, ...]
    country: str
    posts: tuple[str, ...]


@dataclass(frozen=True)
class KnownEnterprise:
    key: str
    name: str
    names: tuple[str, ...]


@dataclass
class Known:
    """The shared files as the drafter uses them (plain data, so a benchmark can leave out
    what an article introduced)."""

    regions: list[KnownRegion] = field(default_factory=list)
    posts: list[KnownPost] = field(default_factory=list)
    officials: list[KnownOfficial] = field(default_factory=list)
    enterprises: list[KnownEnterprise] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)

    def region(self, key: str) -> KnownRegion | None:
        return next((r for r in self.regions if r.key == key), None)

    def post(self, key: str) -> KnownPost | None:
        return next((p for p in self.posts if p.key == key), None)

    def official(self, key: str) -> KnownOfficial | None:
        return next((o for o in self.officials if o.key == key), None)


def _entries(doc: Any, name: str) -> list[dict[str, Any]]:
    items = doc.get(name) if isinstance(doc, dict) else None
    return [item for item in items or [] if isinstance(item, dict) and "key" in item]


def _texts(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or [] if isinstance(v, str) and v)


_CYRILLIC_CASES = (
    ("ая область", ("ой области", "ую область", "ой областью")),
    ("ий край", ("ого края", "ому краю", "им краем")),
)
"""A Russian oblast's or krai's name in the other cases a sentence puts it in."""


def region_names(name: str, kind: str, others: tuple[str, ...]) -> tuple[str, ...]:
    """A region's spellings: its names, for an oblast or krai "<X> region" as well ("the
    Kursk region"), and a Russian name in its other cases ("Курской области"); matching
    ignores case, so "Kursk oblast" needs no entry."""
    names = [name, *others]
    for written in (name, *others):
        for nominative, forms in _CYRILLIC_CASES:
            if written.endswith(nominative):
                stem = written.removesuffix(nominative)
                names += [stem + form for form in forms]
        for word in ("Oblast", "Krai", "Region"):
            if kind == "oblast" and written.endswith(f" {word}"):
                stem = written.removesuffix(f" {word}")
                names += [f"{stem} region", f"{stem} Oblast"]
    return tuple(dict.fromkeys(names))


def known_from(regions: Any, officials: Any, enterprises: Any) -> Known:
    """The drafter's view of the three shared documents (as parsed from YAML)."""
    known = Known()
    for r in _entries(regions, "regions"):
        kind, name = str(r.get("kind", "")), str(r.get("name", r["key"]))
        names = region_names(name, kind, _texts(r.get("other_names")))
        known.regions.append(KnownRegion(r["key"], name, kind, str(r.get("country", "")), names))
    for p in _entries(officials, "posts"):
        known.posts.append(KnownPost(p["key"], str(p.get("title", "")), str(p.get("region", ""))))
    for o in _entries(officials, "officials"):
        name = str(o.get("name", o["key"]))
        holdings = o.get("holdings") or []
        posts = tuple(str(h["post"]) for h in holdings if isinstance(h, dict) and "post" in h)
        names = (name, *_texts(o.get("other_names")))
        known.officials.append(
            KnownOfficial(o["key"], name, names, str(o.get("country", "")), posts)
        )
    for e in _entries(enterprises, "enterprises"):
        name = str(e.get("name", e["key"]))
        names = (name, *_texts(e.get("aliases")))
        known.enterprises.append(KnownEnterprise(e["key"], name, names))
    known.sectors = [str(s["key"]) for s in _entries(enterprises, "sectors")]
    return known


def read_shared_docs(folder: Path) -> dict[str, Any]:
    """The three shared files of a seeds folder, parsed (through the folder's sandbox);
    ``CurationError`` when one is missing or unreadable."""
    problems: list[Problem] = []
    docs: dict[str, Any] = {}
    with SeedsFolder(folder, lambda name, why: problems.append(Problem(name, None, "", why))) as s:
        for name in SHARED_FILES:
            raw = s.read(name) if name in s.files else None
            file = read_yaml(folder / name, raw, problems) if raw is not None else None
            if file is None:
                if not problems:
                    problems.append(Problem(str(folder / name), None, "", "shared file is missing"))
                raise CurationError(problems)
            docs[name] = file.doc
    return docs


def read_known(folder: Path) -> Known:
    """The drafter's view of a seeds folder's shared files."""
    docs = read_shared_docs(folder)
    return known_from(docs["regions.yaml"], docs["officials.yaml"], docs["enterprises.yaml"])
