"""Write a synthetic curated corpus, in exactly the format of ``seeds/``, for benchmarks.

The real corpus is five hand-curated articles, far too few to time ``coopdb check`` and
``coopdb load`` at scale. So every article here is one of the seed articles with its
particulars swapped, in its text and in its facts alike: the Russian region and Belarusian
oblasts, the officials (other holders of the same posts, with their spelling variants), the
companies (others of the same country and sector), days, years and figures. What can be swapped
is read from the curated facts, so the corpus uses the format as the real one does (inferred and
partial dates, ranges, approximate figures, repeated paragraphs, page furniture). Quotes are cut
from the new text at the old offsets, so they stay exact. The shared files are the seeds' own,
extended from ``bench/vocabulary.yaml`` (``bench/corpus_world.py``). Nothing is imported
from coopdb: a validator change that starts rejecting well-formed data shows up as a failing
benchmark.

Output is a pure function of ``--articles``, ``--seed`` and the seeds folder: every random
choice comes from ``random.Random`` seeded with strings (hashed with SHA-512, so independent of
``PYTHONHASHSEED``), and no set is ever iterated. Articles are written one at a time, e.g. by
``python bench/make_corpus.py --articles 1000 --seed 7 --out /tmp/corpus``.
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import hashlib
import itertools
import random
import re
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from corpus_world import (
    Doc,
    Named,
    Region,
    World,
    add_enterprises,
    add_officials,
    read_world,
    read_yaml,
    slug,
    surname,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # libyaml's emitter: what yaml.safe_dump writes, several times faster
    from yaml import CSafeDumper as _SafeDumper
except ImportError:  # pragma: no cover - a PyYAML built without libyaml
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
VOCABULARY = HERE / "vocabulary.yaml"
SHARED_FILES = ("regions.yaml", "officials.yaml", "enterprises.yaml")
GENERATED = re.compile(r"^\d{6,}_[0-9a-f]{16}\.(?:txt|yaml)$")
# officials.yaml grows with the pool of officials, which is capped so that the file stays well
# under the validator's size limit for a curated file (10,000 officials are about 1.6 MB).
MAX_OFFICIALS = 10_000
MAX_SHARED_BYTES = 1_950_000
MAX_KEY = 60
MONTHS = tuple(calendar.month_name[1:])  # English: the C locale, as Python starts
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
DAY = re.compile(rf"(?<![\w.])([1-9]|[12]\d|3[01]) ({'|'.join(MONTHS)})(?!\w)")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Fields of an article's facts that hold keys of shared entities, and the kind they refer to.
REFERENCES = {"region": "region", "regions": "region", "official": "official"}
REFERENCES |= {"proposed_by": "official", "speaker": "official"}
REFERENCES |= {"enterprise": "enterprise", "enterprises": "enterprise"}
# A fact's own key, and the fields that name a fact's key (of this article or another).
LINKS = ("meeting", "proposal", "trade_figure", "twinning", "statement", "renews", "same_as")
KEYS = ("key", *LINKS)
IN_TEXT = ("title", "publisher", "dateline")  # top-level fields that must occur in the text
# Fields never rewritten as text: the file name, a post's key, and the format's vocabularies.
FIXED = {"article", "post", "sector", "status", "flow", "side", "basis", "direction"}
FIXED |= {"proposed_by_side", "unit", "level", "kind", "rank", "reason", "amount_status", "url"}
COUNTS = ("count", "BY", "RU")  # whole numbers that occur in the quote: a twinning's units


class _Dumper(_SafeDumper):
    """The safe dumper, never writing aliases, with a shortcut for the types curated files hold
    (tests/test_corpus.py proves the output is byte for byte what yaml.safe_dump writes)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_data(self, data: Any) -> Node:
        kind = type(data)
        if kind is str:
            return ScalarNode("tag:yaml.org,2002:str", data)
        if kind is list:
            nodes = [self.represent_data(item) for item in data]
            return SequenceNode("tag:yaml.org,2002:seq", nodes, flow_style=False)
        if kind is dict:
            pairs = [(self.represent_data(k), self.represent_data(v)) for k, v in data.items()]
            return MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)
        return super().represent_data(data)


def safe_dump(doc: Doc) -> str:
    """``yaml.safe_dump`` as the seeds are written: field order kept, text as is, no folding."""
    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1 << 20)
    return str(text)


def items(value: Any) -> Iterator[tuple[str, Any, Doc]]:
    """Every (field, value, mapping) in a document, depth first."""
    if isinstance(value, list):
        for item in value:
            yield from items(item)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield name, item, value
            yield from items(item)


# --- templates: the seed articles, with what can be swapped in them ---------------------------


@dataclass(frozen=True)
class Span:
    """A quote (or the title) of the seed, by its offsets in the seed's text."""

    start: int
    end: int


class Foreign(str):
    """A link to a fact of another seed article, by that article's key."""


@dataclass(frozen=True)
class Phrase:
    """A text of the seed cut around its swappable words: pieces[0] token pieces[1] …"""

    pieces: tuple[str, ...]
    tokens: tuple[str, ...]

    def render(self, words: Mapping[str, str]) -> str:
        parts = [self.pieces[0]]
        for token, piece in zip(self.tokens, self.pieces[1:], strict=True):
            parts += (words[token], piece)
        return "".join(parts)


def cut(pattern: re.Pattern[str], text: str) -> tuple[Phrase, list[int], list[int]]:
    """The text as a phrase, with where each of its tokens starts and ends."""
    pieces, tokens, starts, ends, at = [], [], [], [], 0
    for match in pattern.finditer(text):
        pieces.append(text[at : match.start()])
        tokens.append(match[0])
        starts.append(match.start())
        ends.append(at := match.end())
    pieces.append(text[at:])
    return Phrase(tuple(pieces), tuple(tokens)), starts, ends


def alternation(words: Sequence[str], before: str, after: str) -> re.Pattern[str]:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return re.compile(before + "(?:" + "|".join(map(re.escape, ordered)) + ")" + after)


@dataclass
class Template:
    """One seed article: its text and facts, what varies in them, and where."""

    text: str
    doc: Doc
    ru: list[str] = field(default_factory=list)  # region keys swapped for Russian regions
    by: list[str] = field(default_factory=list)  # … for Belarusian oblasts
    # official → (post held here, the post's key without its region's key, that region)
    officials: dict[str, tuple[str | None, str | None, str]] = field(default_factory=dict)
    enterprises: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    days: list[tuple[int, int]] = field(default_factory=list)
    money: list[str] = field(default_factory=list)
    percents: list[str] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    keys: dict[str, Phrase] = field(default_factory=dict)  # the facts' own keys, as phrases
    body: Phrase = Phrase(("",), ())
    ends: list[int] = field(default_factory=list)


def analyse(text: str, doc: Doc, world: World) -> Template:
    """What in one seed article can be swapped, read from its facts."""
    t = Template(text, doc)
    fixed, ru, by = world.vocabulary["fixed_officials"], world.ru, world.by
    strings = [text]
    for field_name, value, parent in items(doc):
        strings += [value] if isinstance(value, str) else []
        kind = REFERENCES.get(field_name)
        for key in value if isinstance(value, list) else [value]:
            if not isinstance(key, str) or kind is None:
                continue
            if kind == "region" and key not in t.ru + t.by:
                t.ru += [key] if world.region.get(key) in ru else []
                t.by += [key] if world.region.get(key) in by else []
            elif kind == "official" and key in world.official and key not in fixed:
                post = parent.get("post") if field_name == "official" else None
                if t.officials.get(key, (None,))[0] is None:
                    t.officials[key] = (post, None, "")
            elif kind == "enterprise" and key in world.enterprise and key not in t.enterprises:
                t.enterprises.append(key)
        if field_name in ("value", "amount") and isinstance(value, str):
            t.money += [number for number in NUMBER.findall(value) if number not in t.money]
        elif field_name == "change_pct" and isinstance(value, (int, float)):
            if re.search(rf"(?<![\w.]){re.escape(str(value))}(?!\w|\.\d)", text):
                t.percents.append(str(value))
        elif field_name in COUNTS and isinstance(value, int) and value not in t.counts:
            t.counts.append(value)
    known = world.enterprise  # companies, and local bodies of a region that is swapped
    t.enterprises = [
        k for k in t.enterprises if known[k].kind == "company" or known[k].region in t.ru
    ]
    for key, (post, _prefix, _region) in t.officials.items():
        region = world.post[post]["region"] if post in world.post else ""
        if post and region in t.ru and post.endswith(region):
            t.officials[key] = (post, post[: -len(region)], region)
    t.years = sorted({int(year) for string in strings for year in YEAR.findall(string)})
    t.days = sorted({(int(d), MONTHS.index(m) + 1) for d, m in DAY.findall(text)})
    words, keys = replacements(t, world, identity(t, world))
    pattern = alternation(list(words), r"(?<![\w.])", r"(?!\w|\.\d)")
    t.body, starts, t.ends = cut(pattern, text)
    slugs = alternation(list(keys), r"(?<![a-z0-9])", r"(?![a-z0-9])")
    for name, value, _parent in items(doc):  # own keys first: a link may precede its fact
        if name == "key" and isinstance(value, str):
            t.keys[value] = cut(slugs, value)[0]
    t.doc = prepare_doc(t, starts, pattern, slugs)
    return t


def fact_count(doc: Doc) -> int:
    """Facts as ``coopdb check`` counts them."""
    count = 1 + sum(doc.get(name) is not None for name in ("dateline_date", "page_date"))
    for section, entries in doc.items():
        for entry in entries if isinstance(entries, list) and section != "skip" else []:
            count += len(entry.get("goods", [])) if section == "trade_goods" else 1
            count += len(entry.get("participants", []))
    return count


def prepare_doc(
    t: Template, starts: list[int], words: re.Pattern[str], slugs: re.Pattern[str]
) -> Doc:
    """The seed's facts ready to be rewritten: quotes as spans, texts (and keys) as phrases.

    A quote that would cut a swappable word in two cannot be kept exact: it is refused."""

    def span(value: str, occurrence: int) -> Span:
        start = -1
        for _ in range(occurrence):
            start = t.text.find(value, start + 1)
        if start < 0:
            raise ValueError(f"{value[:60]!r} is not in the text")
        for point in (start, start + len(value)):
            k = bisect.bisect_right(t.ends, point)
            if k < len(starts) and starts[k] < point:
                raise ValueError(f"the quote {value[:60]!r} cuts {t.body.tokens[k]!r} in two")
        return Span(start, start + len(value))

    def walk(value: Any, name: str, top: bool) -> Any:
        if isinstance(value, list):
            return [walk(item, name, False) for item in value]
        if isinstance(value, dict):
            out: Doc = {}
            for key, item in value.items():
                if isinstance(item, str) and (key == "quote" or (top and key in IN_TEXT)):
                    out[key] = span(item, int(value.get("occurrence", 1)))
                elif key != "occurrence":
                    out[key] = walk(item, key, False)
            return out
        if not isinstance(value, str) or name in REFERENCES or name in FIXED:
            return value
        if name in LINKS and value not in t.keys:  # a fact another seed article defines
            return Foreign(value)
        if name in KEYS:
            return t.keys.get(value) or cut(slugs, value)[0]
        phrase = cut(words, value)[0]
        return phrase if phrase.tokens else value

    result: Doc = walk(t.doc, "", True)
    return result


# --- one article: choose what to swap in, then rewrite the text and the facts -----------------


@dataclass
class Choice:
    """What one article swaps in, by the seed's keys; spellings align with the old ones."""

    regions: dict[str, Region]
    officials: dict[str, tuple[str, str | None, tuple[str, ...]]]  # → (key, post, spellings)
    enterprises: dict[str, tuple[str, tuple[str, ...]]]  # → (key, spellings)
    years: int = 0
    days: int = 0
    numbers: dict[str, str] = field(default_factory=dict)


def identity(t: Template, world: World) -> Choice:
    """Every word swapped for itself: what the template's patterns are made of."""
    numbers = {number: number for number in (*t.money, *t.percents)}
    for count in t.counts:
        numbers |= count_words(count, count)
    people = {k: (k, post, world.official[k].spellings) for k, (post, *_) in t.officials.items()}
    bodies = {k: (k, world.enterprise[k].spellings) for k in t.enterprises}
    regions = {k: world.region[k] for k in (*t.ru, *t.by)}
    return Choice(regions, people, bodies, numbers=numbers)


def count_words(old: int, new: int) -> dict[str, str]:
    """A count as digits and, when small, as words ("six", "Six"), old → new."""
    words = {str(old): str(new)}
    if 2 <= old < len(NUMBER_WORDS) and 2 <= new < len(NUMBER_WORDS):
        words[NUMBER_WORDS[old]] = NUMBER_WORDS[new]
        words[NUMBER_WORDS[old].capitalize()] = NUMBER_WORDS[new].capitalize()
    return words


def replacements(t: Template, world: World, c: Choice) -> tuple[dict[str, str], dict[str, str]]:
    """Old word → new word, for texts; and old slug → new slug, for the facts' keys."""
    words: dict[str, str] = {}
    keys: dict[str, str] = {}

    def swap(old: str, new: str) -> None:
        words.setdefault(old, new)
        if slug(old):
            keys.setdefault(slug(old), slug(new) or slug(old))

    for old_key, region in c.regions.items():
        old = world.region[old_key]
        swap(old.name, region.text)
        swap(old.text, region.text)
        swap(old.short, region.short)
    for old_key, (new_key, _post, spellings) in c.officials.items():
        keys.setdefault(old_key, new_key)
        for before, after in zip(world.official[old_key].spellings, spellings, strict=True):
            swap(before, after)
            swap(surname(before), surname(after))
    for old_key, (new_key, spellings) in c.enterprises.items():
        keys.setdefault(old_key, new_key)
        for before, after in zip(world.enterprise[old_key].spellings, spellings, strict=True):
            swap(before, after)
    for year in t.years:
        swap(str(year), str(year + c.years))
    for day, month in t.days:
        swap(f"{day} {MONTHS[month - 1]}", f"{day + c.days} {MONTHS[month - 1]}")
        swap(f"{month:02d}-{day:02d}", f"{month:02d}-{day + c.days:02d}")
    for before, after in c.numbers.items():
        swap(before, after)
    return words, keys


def pick(pool: Sequence[Named], used: set[str], rng: random.Random) -> Named | None:
    """A random member of the pool not used yet in this article."""
    for candidate in (*(rng.choice(pool) for _ in range(8) if pool), *pool):
        if candidate.key not in used:
            used.add(candidate.key)
            return candidate
    return None


def scaled(number: str, factor: float) -> str:
    """A figure scaled and written with as many decimals as the original."""
    decimals = len(number.partition(".")[2])
    value = float(number) * factor
    return f"{max(value, 10**-decimals):.{decimals}f}" if decimals else str(max(1, round(value)))


def choose(t: Template, world: World, rng: random.Random) -> Choice:
    """Random replacements for everything the template can swap."""
    regions = dict(zip(t.ru, rng.sample(world.ru, len(t.ru)), strict=True))
    regions |= dict(zip(t.by, rng.sample(world.by, len(t.by)), strict=True))
    officials: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    used: set[str] = set()
    for key, (post, prefix, region) in t.officials.items():
        new_post = prefix + regions[region].key if prefix is not None else post
        person = pick(world.holders.get(new_post or "", []), used, rng)
        old = world.official[key]
        if person is None:
            person, new_post = old, post
        spellings = person.spellings
        if len(spellings) > 1 and rng.random() < 0.3:
            spellings = (spellings[1], spellings[0], *spellings[2:])
        aligned = tuple(spellings[min(i, len(spellings) - 1)] for i in range(len(old.spellings)))
        officials[key] = (person.key, new_post, aligned)
    enterprises: dict[str, tuple[str, tuple[str, ...]]] = {}
    used = set()
    for key in t.enterprises:
        old = world.enterprise[key]
        if old.kind == "company":
            new = pick(world.companies.get((old.country, old.sector), []), used, rng) or old
        else:
            new = world.local.get((key, regions[old.region or ""].key), old)
        written = rng.choice((new.spellings[0], *new.spellings))
        enterprises[key] = (new.key, (written,) * len(old.spellings))
    factor = rng.uniform(0.3, 3.0)
    numbers = {number: scaled(number, factor) for number in t.money}
    for percent in t.percents:
        numbers.setdefault(percent, scaled(percent, rng.uniform(0.1, 2.0)))
    for count in t.counts:
        new_count = rng.randint(2, 9) if count <= 9 else rng.randint(3, 20)
        for before, after in count_words(count, new_count).items():
            numbers.setdefault(before, after)
    days = [day for day, _month in t.days] or [1, 28]  # all move alike, staying in 1..28
    shift = rng.randint(1 - min(days), 28 - max(days))
    return Choice(regions, officials, enterprises, rng.randint(-8, 3), shift, numbers)


class Article:
    """One article made from a template: its new text, and its facts rewritten to match."""

    def __init__(self, t: Template, plan: Plan, choice: Choice, number: int = 0) -> None:
        self.t, self.plan, self.choice, self.number = t, plan, choice, number
        self.words, self.keys = replacements(t, plan.world, choice)
        self.text = t.body.render(self.words)
        grown = (len(self.words[token]) - len(token) for token in t.body.tokens)
        self.shift = list(itertools.accumulate(grown, initial=0))  # after each token
        self.fact_keys: dict[Phrase, str] = {}
        for key in t.keys.values():  # in the seed's order, whatever asks first (see Plan)
            self.fact_key(key)

    def at(self, point: int) -> int:
        """Where a point of the seed's text is in the new text."""
        return point + self.shift[bisect.bisect_right(self.t.ends, point)]

    def quote(self, span: Span) -> tuple[str, int]:
        """The span's words in the new text, and which occurrence of them it is."""
        start = self.at(span.start)
        quote = self.text[start : self.at(span.end)]
        count, at = 0, self.text.find(quote)
        while 0 <= at <= start:
            count, at = count + 1, self.text.find(quote, at + 1)
        return quote, count

    def fact_key(self, key: Phrase) -> str:
        """The key with its words swapped and the article's number, unique in the folder (keys
        are global); the same for every use of it (so a proposal's ``meeting`` follows its
        meeting's new key)."""
        if key not in self.fact_keys:
            suffix = f"-{self.number}"
            new = key.render(self.keys)
            if len(new) > MAX_KEY - len(suffix):
                new = new[: MAX_KEY - len(suffix)].rsplit("-", 1)[0]
            new = base = new + suffix
            for number in range(2, 100):
                if new not in self.fact_keys.values():
                    break
                new = f"{base}-{number}"
            self.fact_keys[key] = new
        return self.fact_keys[key]

    def reference(self, kind: str, key: str) -> str:
        if kind == "region":
            return self.choice.regions[key].key if key in self.choice.regions else key
        table = self.choice.officials if kind == "official" else self.choice.enterprises
        return table[key][0] if key in table else key

    def render(self, value: Any, name: str = "") -> Any:
        kind = type(value)  # exact types: this runs for every value of every article
        if kind is dict:
            return self.mapping(value)
        if kind is list:
            out = [self.render(item, name) for item in value]
            if name == "attestations":  # one whose fact is in no generated article is left out
                out = [item for item in out if any(item.get(link) for link in LINKS)]
            return out
        if kind is Phrase:
            return self.fact_key(value) if name in KEYS else value.render(self.words)
        if kind is Foreign:
            return self.plan.foreign(value, self.number)
        if kind is str and name in REFERENCES:
            return self.reference(REFERENCES[name], value)
        if (name in COUNTS or name == "change_pct") and kind in (int, float):
            new = self.choice.numbers.get(str(value))
            if new is not None:
                return float(new) if "." in new else int(new)
        return value

    def mapping(self, value: Doc) -> Doc:
        out: Doc = {}
        official = value.get("official")
        for name, item in value.items():
            if isinstance(item, Span):
                out[name], count = self.quote(item)
                if name == "quote" and count > 1:  # the title has no occurrence
                    out["occurrence"] = count
            elif name == "post" and item is not None and official in self.choice.officials:
                out[name] = self.choice.officials[official][1]
            else:
                out[name] = self.render(item, name)
        return out


def build(articles: int, seed: int, seeds: Path | None = None) -> tuple[World, list[Template]]:
    """The world and the templates (every seed article that can be one) of a corpus."""
    seeds = seeds or SEEDS
    world, templates = read_world(seeds, read_yaml(VOCABULARY)), []
    for path in sorted(seeds.glob("*.yaml")):
        if path.name in SHARED_FILES or not path.with_suffix(".txt").is_file():
            continue
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        try:
            templates.append(analyse(text, read_yaml(path), world))
        except ValueError as error:  # e.g. a quote that cuts a name in two: named, skipped
            print(f"make_corpus: {path.name} is not used: {error}", file=sys.stderr)
    if not templates:
        raise SystemExit(f"make_corpus: no usable seed article in {seeds}")
    rng = random.Random(f"coopdb-bench/{seed}/world/{articles}")
    add_officials(world, templates, min(max(20, articles // 5), MAX_OFFICIALS), rng)
    add_enterprises(world, templates, min(max(120, articles // 10), 600), rng)
    return world, templates


# --- output -----------------------------------------------------------------------------------


class Plan:
    """Every article's template, known before any is written, so that a link to a fact of
    another seed article names that fact in the nearest article made from that seed (the one
    before, else the one after; without one the link is left out)."""

    def __init__(self, world: World, templates: Sequence[Template], seed: int, size: int) -> None:
        self.world, self.templates, self.seed = world, templates, seed
        self.owner = {key: n for n, t in enumerate(templates) for key in t.keys}
        self.made: dict[int, list[int]] = {}  # template → the articles made from it
        if any(isinstance(v, Foreign) for t in templates for _n, v, _p in items(t.doc)):
            for index in range(size):
                self.made.setdefault(self.template(index)[0], []).append(index)
        self.cache: dict[int, Article] = {}

    def template(self, index: int) -> tuple[int, random.Random]:
        rng = random.Random(f"coopdb-bench/{self.seed}/article/{index}")
        return rng.randrange(len(self.templates)), rng

    def article(self, index: int) -> Article:
        if index not in self.cache:
            self.cache = self.cache if len(self.cache) < 64 else {}
            number, rng = self.template(index)
            t = self.templates[number]
            self.cache[index] = Article(t, self, choose(t, self.world, rng), index)
        return self.cache[index]

    def foreign(self, key: str, index: int) -> str | None:
        made = self.made.get(self.owner.get(key, -1))
        if not made:
            return None
        other = made[max(bisect.bisect_left(made, index) - 1, 0)]
        return self.article(other).fact_key(self.templates[self.owner[key]].keys[key])


def make_article(plan: Plan, index: int, width: int) -> tuple[str, str, str, int]:
    """One article: its file stem, its text, its facts as YAML, and its number of facts."""
    article = plan.article(index)
    t = article.t
    doc = article.mapping(t.doc)
    stem = f"{index:0{width}d}_{hashlib.sha256(article.text.encode()).hexdigest()[:16]}"
    doc["article"] = f"{stem}.txt"
    return stem, article.text, safe_dump(doc), fact_count(doc)


def prepare(out: Path, force: bool) -> str | None:
    """Make the output folder ready, or say why not. ``--force`` removes only files this
    script writes, so a smaller corpus never inherits articles from a larger one."""
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder"
    if out.is_dir() and any(out.iterdir()):
        if not force:
            return f"{out} is not empty (use --force to replace a generated corpus)"
        for path in sorted(out.iterdir()):
            if path.is_file() and (GENERATED.match(path.name) or path.name in SHARED_FILES):
                path.unlink()
    out.mkdir(parents=True, exist_ok=True)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write N synthetic articles and their curated facts in the seeds/ format."
    )
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=0, metavar="S")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument(
        "--force", action="store_true", help="write into a non-empty folder (old corpus removed)"
    )
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be 0 or more")
    problem = prepare(args.out, args.force)
    if problem:
        print(f"make_corpus: {problem}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    world, templates = build(args.articles, args.seed)
    plan = Plan(world, templates, args.seed, args.articles)
    for name, doc in (
        ("regions.yaml", {"regions": world.regions}),
        ("officials.yaml", {"posts": world.posts, "officials": world.officials}),
        ("enterprises.yaml", {"sectors": world.sectors, "enterprises": world.enterprises}),
    ):
        data = safe_dump(doc).encode()
        if len(data) > MAX_SHARED_BYTES:
            raise SystemExit(f"make_corpus: {name} would be {len(data):,} bytes, too large")
        (args.out / name).write_bytes(data)
    width = max(6, len(str(max(args.articles - 1, 0))))
    facts = 0
    for index in range(args.articles):
        stem, text, curated, count = make_article(plan, index, width)
        (args.out / f"{stem}.txt").write_bytes(text.encode())
        (args.out / f"{stem}.yaml").write_bytes(curated.encode())
        facts += count
    print(
        f"{args.articles} articles, ~{facts} facts, {len(world.officials)} officials,"
        f" {len(world.enterprises)} enterprises, {len(world.regions)} regions"
        f" in {time.perf_counter() - started:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
