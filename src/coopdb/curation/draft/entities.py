"""Known regions, officials and enterprises found by every spelling the shared files give,
in any case, and the title words around a person's name that say which post they hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coopdb.curation.draft.known import Known, KnownOfficial
from coopdb.curation.draft.text import Span, sentence_of, span

EntityKind = Literal["region", "official", "enterprise"]

_RUSSIAN_TITLES = (
    "губернатор губернатора вице-губернатор президент президента министр министра посол посла"
    " председатель председателя глава главы мэр мэра премьер-министр заместитель"
)
_ENGLISH_HEADS = (
    "governor vice-governor president minister ambassador chairman chairwoman chair head"
    " mayor speaker director secretary envoy consul representative premier leader"
)
_HEAD_WORDS = frozenset(_ENGLISH_HEADS.split()) | (
    frozenset(_RUSSIAN_TITLES.split()) - {"заместитель"}
)
"""Words that name a post by themselves ("Governor", "министр"), not only qualify one."""
TITLE_WORDS = _HEAD_WORDS | frozenset(["deputy", "vice", "first", "acting", "prime", "заместитель"])
"""Words of a post's title ("Deputy Prime Minister", "Acting Governor", "губернатор")."""
_CONNECTORS = frozenset({"of", "to", "for", "the", "области", "края", "республики"})
_LEADING = frozenset(
    [
        "in",
        "according",
        "as",
        "at",
        "on",
        "for",
        "the",
        "a",
        "an",
        "by",
        "with",
        "from",
        "to",
        "of",
        "and",
        "but",
        "so",
        "then",
    ]
)
_TOKEN = re.compile(r"[\w’'.-]+")


@dataclass(frozen=True)
class Mention:
    """A known entity named in the text: the name as written and the quote a fact uses."""

    kind: EntityKind
    key: str
    name: Span
    quote: Span
    post: str | None = None


def name_pattern(name: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    """A name as a whole word (any run of white space between its words)."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE if ignore_case else 0)


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _possessive(token: str) -> bool:
    return bool(re.fullmatch(r"[A-ZА-Я][\w-]*(?:[’']s?|’)", token))


def title_before(body: str, sentence: Span, name: Span) -> Span | None:
    """The title phrase just before a name ("Kursk Oblast Governor", "Vice Governor of
    Russia's Lipetsk Oblast"), when its words include a title word."""
    tokens = list(_TOKEN.finditer(body, sentence.start, name.start))
    start = name.start
    for token in reversed(tokens):
        between = body[token.end() : start]
        word = token.group()
        if between.strip():  # punctuation (a comma, a quotation mark) ends the phrase
            break
        plain_word = not (_is_capitalised(word) or word.lower() in _CONNECTORS)
        if plain_word and not _possessive(word) and word.lower() not in TITLE_WORDS:
            break
        start = token.start()
    words = _TOKEN.findall(body, start, name.start)
    while words and (words[0].lower() in _LEADING and not _is_title(words[0])):
        start = body.index(words[0], start) + len(words[0])
        words = words[1:]
    if not any(word.lower() in _HEAD_WORDS for word in words):
        return None
    return span(body, start, name.start)


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS


_AFTER = re.compile(
    r",\s+(?:the\s+)?((?:(?:[Aa]cting|[Ff]irst|[Dd]eputy|[Vv]ice)[\s-]+)*"
    r"(?:[Gg]overnor|[Pp]resident|[Mm]inister|[Aa]mbassador|[Cc]hairman|[Hh]ead|[Mm]ayor|"
    r"[Pp]rime [Mm]inister|[Ss]peaker)"
    r"(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-ZА-Я][\w’'-]*(?:\s+(?:of\s+)?[A-ZА-Я][\w’'-]*)*)?)"
)


def title_after(body: str, name: Span) -> Span | None:
    """The title phrase after a name and a comma ("<Name>, Governor of Tver Oblast")."""
    match = _AFTER.match(body, name.end)
    return span(body, match.start(1), match.end(1)) if match else None


def _matches(names: tuple[str, ...], body: str, *, ignore_case: bool = True) -> list[Span]:
    found = []
    for name in sorted(set(names), key=len, reverse=True):
        for match in name_pattern(name, ignore_case=ignore_case).finditer(body):
            found.append(Span(match.start(), match.end(), match.group()))
    return found


def _choose(hits: list[tuple[int, EntityKind, str, Span]]) -> list[tuple[EntityKind, str, Span]]:
    """Non-overlapping hits, the longest name first ("Minsk Motor Plant" over "Minsk")."""
    taken: list[Span] = []
    chosen = []
    for _length, kind, key, hit in sorted(hits, key=lambda h: (-h[0], h[3].start)):
        if any(hit.overlaps(other) for other in taken):
            continue
        taken.append(hit)
        chosen.append((kind, key, hit))
    return sorted(chosen, key=lambda c: c[2].start)


def _surnames(official: KnownOfficial) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name.split()[-1] for name in official.names if " " in name))


_OBLAST_AFTER = re.compile(r"\s+(?:Oblast|oblast|Region|region|Krai|krai)\b")


def name_hits(body: str, known: Known) -> list[tuple[EntityKind, str, Span]]:
    """Every spelling of every known entity in the text, overlaps resolved; a surname alone
    counts for an official whose full name the text never gives ("President Putin")."""
    hits: list[tuple[int, EntityKind, str, Span]] = []
    for region in known.regions:
        found = _matches(region.names, body)
        if region.kind in ("city", "federal_city"):  # "Minsk" in "Minsk Oblast" is not the city
            found = [h for h in found if not _OBLAST_AFTER.match(body, h.end)]
        hits += [(len(h.text), "region", region.key, h) for h in found]
    for enterprise in known.enterprises:
        hits += [
            (len(h.text), "enterprise", enterprise.key, h) for h in _matches(enterprise.names, body)
        ]
    for official in known.officials:
        full = _matches(official.names, body)
        if not full:
            full = _matches(_surnames(official), body, ignore_case=False)
        hits += [(len(h.text), "official", official.key, h) for h in full]
    return _choose(hits)


def post_of(known: Known, official: KnownOfficial, context: str) -> str | None:
    """The post among the official's holdings whose title word the context uses."""
    lowered = context.casefold().replace("-", " ")
    for key in official.posts:
        post = known.post(key)
        if post is None:
            continue
        head = post.title.split(" of ")[0].casefold().replace("-", " ")
        if head and head in lowered:
            return key
    return None


_NAME_WORD = r"[A-ZА-Я][\w-]*(?:\.[A-Za-z][\w-]*)*"
_LIST_ITEM = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
LIST = re.compile(rf"{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*,?\s+and\s+{_LIST_ITEM}")
"""A list of names: "MAZ, MTZ and AMKODOR", "MTZ, Bobruiskagromash, MAZ, Amkodor, and BelAZ"."""


def list_around(body: str, sentence: Span, name: Span) -> Span | None:
    """The list of names that ``name`` is an item of, in its sentence."""
    for match in LIST.finditer(body, sentence.start, sentence.end):
        if match.start() <= name.start and name.end <= match.end():
            return span(body, match.start(), match.end())
    return None


def official_quote(body: str, sentence: Span, name: Span) -> Span:
    """A person's name with the title phrase before or after it, when there is one."""
    before = title_before(body, sentence, name)
    if before is not None:
        return span(body, before.start, name.end)
    after = title_after(body, name)
    if after is not None:
        return span(body, name.start, after.end)
    return name


def known_mentions(
    body: str, known: Known, sentences: list[Span], hidden: list[Span]
) -> list[Mention]:
    """One mention per known entity: its first occurrence outside the headline and the
    furniture (``hidden``), preferring, for a person, one that gives a title."""
    by_key: dict[tuple[EntityKind, str], list[Span]] = {}
    for kind, key, hit in name_hits(body, known):
        by_key.setdefault((kind, key), []).append(hit)
    mentions = []
    for (kind, key), hits in by_key.items():
        visible = [h for h in hits if not any(z.contains(h) for z in hidden)] or hits
        mentions.append(_mention(body, known, sentences, kind, key, visible))
    return sorted(mentions, key=lambda m: m.name.start)


def _mention(
    body: str, known: Known, sentences: list[Span], kind: EntityKind, key: str, hits: list[Span]
) -> Mention:
    first = hits[0]
    sentence = sentence_of(sentences, first)
    if kind == "enterprise":
        return Mention(kind, key, first, list_around(body, sentence, first) or first)
    if kind == "region":
        return Mention(kind, key, first, first)
    official = known.official(key)
    assert official is not None
    for hit in hits:
        sentence = sentence_of(sentences, hit)
        quote = official_quote(body, sentence, hit)
        if quote is not hit:
            return Mention(kind, key, hit, quote, post_of(known, official, quote.text))
    sentence = sentence_of(sentences, first)
    return Mention(kind, key, first, first, post_of(known, official, sentence.text))
