"""Names the shared files do not know yet, found by the genre's patterns and proposed as new
shared entries for a curator to confirm: regions ("Tver Oblast"), officials (a title next to
a name) with their posts, and enterprises (``new_enterprises``)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from coopdb.curation.draft.entities import (
    _HEAD_WORDS,
    TITLE_WORDS,
    post_of,
    title_after,
    title_before,
)
from coopdb.curation.draft.known import Known, KnownOfficial
from coopdb.curation.draft.new_enterprises import enterprise_candidates
from coopdb.curation.draft.proposed import NOT_NAME, Proposed, latin, overlaps_any, slug
from coopdb.curation.draft.text import Span, sentence_of, span

BELARUS_OBLASTS = {
    "Brest": "BY-BR",
    "Vitebsk": "BY-VI",
    "Gomel": "BY-HO",
    "Grodno": "BY-HR",
    "Minsk": "BY-MI",
    "Mogilev": "BY-MA",
}
"""Belarus has six oblasts; every other oblast a text names is taken to be Russian."""


_NAME_TOKEN = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")
_CAP_RUN = re.compile(r"[A-ZА-ЯЁ][\w’'-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-ZА-ЯЁ][\w’'-]*)*")


def _region_candidates(body: str, known: Known, taken: list[Span]) -> list[Proposed]:
    found: list[Proposed] = []
    pattern = re.compile(
        r"\b((?:[A-Z][a-z]+[ -])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(Oblast|Krai|oblast|region)\b"
    )
    for match in pattern.finditer(body):
        stem, word = match[1], match[2].lower()
        first = stem.split()[0]
        if len(stem.split()) > 1 and (first.lower() in _NOT_STEM or first in _SUBJECTS):
            stem = stem.split(maxsplit=1)[1]
        name = Span(
            match.end(1) - len(stem), match.end(), body[match.end(1) - len(stem) : match.end()]
        )
        if overlaps_any(name, taken) or stem.lower() in _NOT_STEM:
            continue
        kind_word = "Krai" if word == "krai" else "Oblast"
        proper = f"{stem} {kind_word}"
        key = slug(proper)
        if known.region(key) or any(p.key == key for p in found):
            continue
        country = "BY" if stem in BELARUS_OBLASTS else "RU"
        entry: dict[str, Any] = {"key": key, "name": proper, "kind": "oblast"}
        entry |= {"country": country, "parent": "belarus" if country == "BY" else "russia"}
        if stem in BELARUS_OBLASTS:
            entry["iso_code"] = BELARUS_OBLASTS[stem]
        if name.text != proper:
            entry["other_names"] = [name.text]
        found.append(Proposed("region", key, name, name, entry))
        taken.append(name)
    found += _subject_regions(body, known, taken, {p.key for p in found})
    return found + _cyrillic_regions(body, known, taken, {p.key for p in found})


_SUBJECTS = {
    "Adygea": "RU-AD", "Altai Republic": "RU-AL", "Bashkortostan": "RU-BA",
    "Buryatia": "RU-BU", "Chechnya": "RU-CE", "Chuvashia": "RU-CU", "Dagestan": "RU-DA",
    "Ingushetia": "RU-IN", "Kabardino-Balkaria": "RU-KB", "Kalmykia": "RU-KL",
    "Karachay-Cherkessia": "RU-KC", "Karelia": "RU-KR", "Khakassia": "RU-KK", "Komi": "RU-KO",
    "Mari El": "RU-ME", "Mordovia": "RU-MO", "North Ossetia": "RU-SE", "Yakutia": "RU-SA",
    "Tatarstan": "RU-TA", "Tuva": "RU-TY", "Udmurtia": "RU-UD", "Chukotka": "RU-CHU",
    "Yugra": "RU-KHM", "Nenets Autonomous Okrug": "RU-NEN", "Yamalo-Nenets": "RU-YAN",
    "Jewish Autonomous Oblast": "RU-YEV", "Moscow": "RU-MOW", "Saint Petersburg": "RU-SPE",
}  # fmt: skip
"""Russia's federal subjects that are not named "<X> Oblast" or "<X> Krai" (ISO 3166-2:RU):
republics, autonomous okrugs and the federal cities, by the names articles use."""
_NOT_STEM = frozenset(
    {"russia", "belarus", "russian", "belarusian", "the", "this", "that", "each", "every"}
    | {"our", "their", "his", "her", "its", "neighbouring", "neighboring", "border", "whole"}
)


def _subject_regions(body: str, known: Known, taken: list[Span], keys: set[str]) -> list[Proposed]:
    """Republics, okrugs and federal cities by name ("Udmurtia", "Saint Petersburg"), as
    written (a dateline's "MOSCOW" is a place, not the federal city's name)."""
    found: list[Proposed] = []
    for name_text, iso in _SUBJECTS.items():
        for match in re.finditer(rf"\b{re.escape(name_text)}\b", body):
            name = Span(match.start(), match.end(), match.group())
            key = slug(name_text)
            if overlaps_any(name, taken) or known.region(key) or key in keys:
                continue
            city = iso in ("RU-MOW", "RU-SPE")
            entry: dict[str, Any] = {"key": key, "name": name_text}
            entry |= {"kind": "federal_city" if city else "oblast", "country": "RU"}
            entry |= {"parent": "russia", "iso_code": iso}
            found.append(Proposed("region", key, name, name, entry))
            keys.add(key)
            taken.append(name)
            break
    return sorted(found, key=lambda p: p.name.start)


_CYRILLIC_OBLAST = re.compile(r"\b([А-ЯЁ][а-яё]+?)(с|ц)(?:кая|кой|кую)\s+област(?:ь|и|ью)\b")


_SK_STEMS = {
    stem.removesuffix("sk"): stem
    for stem in (
        "Vitebsk", "Minsk", "Kursk", "Bryansk", "Smolensk", "Omsk", "Tomsk", "Novosibirsk",
        "Murmansk", "Arkhangelsk", "Chelyabinsk", "Irkutsk", "Ulyanovsk", "Sverdlovsk",
    )
} | {"Grodnen": "Grodno", "Moskov": "Moscow", "Leningrad": "Leningrad"}  # fmt: skip
"""Oblasts whose Russian adjective drops more than "-ская" ("Курская" is Kursk)."""


def _cyrillic_regions(body: str, known: Known, taken: list[Span], keys: set[str]) -> list[Proposed]:
    """ "Тверская область" in any case of the noun: proposed as Tver Oblast."""
    found: list[Proposed] = []
    for match in _CYRILLIC_OBLAST.finditer(body):
        name = Span(match.start(), match.end(), match.group())
        stem = _SK_STEMS.get(latin(match[1]), latin(match[1]))
        key = slug(f"{stem} oblast")
        if overlaps_any(name, taken) or known.region(key) or key in keys:
            continue
        entry: dict[str, Any] = {"key": key, "name": f"{stem} Oblast", "kind": "oblast"}
        country = "BY" if stem in BELARUS_OBLASTS else "RU"
        entry |= {"country": country, "parent": "belarus" if country == "BY" else "russia"}
        if stem in BELARUS_OBLASTS:
            entry["iso_code"] = BELARUS_OBLASTS[stem]
        entry["other_names"] = [f"{match[1]}{match[2]}кая область"]
        found.append(Proposed("region", key, name, name, entry))
        keys.add(key)
        taken.append(name)
    return found


def _person_name(body: str, run: Span) -> Span | None:
    """The trailing two or three name-like words of a run of capitalised words."""
    tokens = list(re.finditer(r"\S+", run.text))
    names: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group()
        if not _NAME_TOKEN.fullmatch(word) or word.lower() in NOT_NAME | TITLE_WORDS:
            break
        names.insert(0, token)
    patronymic = len(names) >= 3 and re.search(r"(?:vich|vna|ich)$", names[-2].group())
    names = names[-3:] if patronymic else names[-2:]
    if len(names) < 2:
        return None
    return span(body, run.start + names[0].start(), run.start + names[-1].end())


def _title_region(title: str, known: Known, proposed: list[Proposed]) -> tuple[str, str] | None:
    """The region a title names (key, name): a known or proposed one, else the country."""
    lowered = title.casefold()
    for region in known.regions:
        if region.kind != "country" and any(n.casefold() in lowered for n in region.names):
            return region.key, region.name
    for p in proposed:
        if p.kind == "region" and p.name.text.casefold() in lowered:
            return p.key, str(p.entry["name"])
    for region in known.regions:
        if region.kind == "country" and any(n.casefold() in lowered for n in region.names):
            return region.key, region.name
    for word, key, name in (("belarus", "belarus", "Belarus"), ("russia", "russia", "Russia")):
        if word in lowered:
            return key, name
    return None


_COUNTRY_PREFIX = re.compile(
    r"^(?:(?:Belarus|Russia)(?:[’']s?)?|Belarusian|Russian|the)\s+", re.IGNORECASE
)


def _post_title(title: str, region_name: str) -> str:
    """'Kursk Oblast Governor' → 'Governor of Kursk Oblast', 'Belarusian Finance Minister' →
    'Finance Minister of Belarus' (the shared files' form; "acting" is the holding's); a
    Russian title is kept as written."""
    if re.search(r"[а-яё]", title):
        return title[:1].upper() + title[1:]
    head, _of, rest = title.partition(" of ")
    rest = " ".join(_COUNTRY_PREFIX.sub("", rest.strip()).split())
    rest = re.sub(r"^(?:Russia|Belarus)(?:[’']s?)?\s+", "", rest)
    region = rest if region_name.casefold() in rest.casefold() else region_name
    head = re.sub(rf"\b{re.escape(region_name)}\b(?:[’']s?)?", " ", head, flags=re.IGNORECASE)
    head = re.sub(r"\b[Aa]cting\s+", "", head)
    while _COUNTRY_PREFIX.match(head.strip()):
        head = _COUNTRY_PREFIX.sub("", head.strip())
    head = " ".join(head.split())
    return f"{head} of {region}" if head else title


def _match_post(known: Known, title: str, region: str) -> str | None:
    """A known post of that region whose title words are the same."""
    words = {w.lower() for w in re.findall(r"[\w]+", title) if w.lower() in _HEAD_WORDS}
    words |= {w.lower() for w in re.findall(r"\w+", title) if w.lower() in {"vice", "deputy"}}
    for post in known.posts:
        post_words = {w.lower() for w in re.findall(r"\w+", post.title)}
        if post.region == region and words and words <= post_words:
            extra = post_words & (_HEAD_WORDS | {"vice", "deputy"})
            if extra == words:
                return post.key
    return None


def _official(
    known: Known,
    name: Span,
    title: Span,
    quote: Span,
    proposed: list[Proposed],
    title_text: str | None = None,
) -> list[Proposed]:
    """A proposed official, with a proposed post when the title names none known;
    ``title_text`` is the title when the text words it for several people at once."""
    words = title_text or title.text
    region = _title_region(words, known, proposed)
    key = slug(name.text)
    entry: dict[str, Any] = {"key": key, "name": name.text}
    found: list[Proposed] = []
    post_key = None
    if region is not None:
        region_key, region_name = region
        known_region = known.region(region_key)
        region_entry = next((p.entry for p in proposed if p.key == region_key), {})
        entry["country"] = (
            known_region.country if known_region else region_entry.get("country", "RU")
        )
        post_key = _match_post(known, words, region_key)
        if post_key is None:
            post_title = _post_title(words, region_name)
            post_key = slug(post_title)
            if not any(p.key == post_key for p in proposed):
                post_entry = {"key": post_key, "title": post_title, "region": region_key}
                found.append(Proposed("post", post_key, title, title, post_entry))
        holding: dict[str, Any] = {"post": post_key}
        if re.search(r"\bacting\b", words, re.IGNORECASE):
            holding["acting"] = True
        entry["holdings"] = [holding]
    else:
        entry["note"] = "The text names no country for this post: set country (BY or RU)."
    found.append(Proposed("official", key, name, quote, entry, post_key))
    return found


_NAME2 = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PLACE = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
_PAIRED = re.compile(
    rf"\b(?P<title>presidents|governors|prime ministers|heads|leaders|ministers)\s+of\s+"
    rf"(?P<p1>{_PLACE})\s+and\s+(?P<p2>{_PLACE}),\s+(?P<n1>{_NAME2})\s+and\s+(?P<n2>{_NAME2})"
)


def _paired_candidates(
    body: str, known: Known, taken: list[Span], proposed: list[Proposed]
) -> list[Proposed]:
    """ "The presidents of Belarus and Russia, Aleksandr Lukashenko and Vladimir Putin": each
    name with its place, in order."""
    found: list[Proposed] = []
    for match in _PAIRED.finditer(body):
        head = match["title"].removesuffix("s").capitalize()
        title = span(body, match.start(), match.end("p2"))
        quote = span(body, match.start(), match.end())
        for place, person in (("p1", "n1"), ("p2", "n2")):
            name = span(body, match.start(person), match.end(person))
            if overlaps_any(name, taken):
                continue
            words = f"{head} of {match[place]}"
            found += _official(known, name, title, quote, [*proposed, *found], words)
            taken.append(name)
    return found


def _official_candidates(
    body: str, known: Known, sentences: list[Span], taken: list[Span], proposed: list[Proposed]
) -> list[Proposed]:
    found: list[Proposed] = []
    for run_match in _CAP_RUN.finditer(body):
        run = Span(run_match.start(), run_match.end(), run_match.group())
        name = _person_name(body, run)
        if name is None or overlaps_any(name, taken):
            continue
        if any(p.name.text == name.text for p in found):
            continue
        sentence = sentence_of(sentences, name)
        before = title_before(body, sentence, name)
        after = title_after(body, name)
        if before is not None:
            quote, title = span(body, before.start, name.end), before
        elif after is not None:
            quote, title = span(body, name.start, after.end), after
        else:
            continue
        found += _official(known, name, title, quote, [*proposed, *found])
        taken.append(name)
    return found


def _same_person(known: Known, name: str) -> KnownOfficial | None:
    """The known official a new spelling most likely names ("Roman Starovoyt" for Roman
    Starovoit, "Aleksandr" for "Alexander"): close as a whole, and by surname."""
    best: tuple[float, KnownOfficial] | None = None
    for official in known.officials:
        for spelling in official.names:
            whole = SequenceMatcher(None, name.casefold(), spelling.casefold()).ratio()
            surname = SequenceMatcher(
                None, name.rsplit(maxsplit=1)[-1].casefold(), spelling.split()[-1].casefold()
            ).ratio()
            if whole >= 0.85 and surname >= 0.8 and (best is None or whole > best[0]):
                best = (whole, official)
    return best[1] if best else None


def candidates(
    body: str,
    known: Known,
    sentences: list[Span],
    known_hits: list[Span],
    enterprise_hits: list[Span],
    hidden: list[Span],
    region_hits: list[Span],
) -> list[Proposed]:
    """New regions, officials (with posts) and enterprises, none overlapping a known name
    (``known_hits``: every occurrence of one); a name whose key the shared files hold is a new
    spelling of that entry. A list of names holding a known enterprise (``enterprise_hits``)
    proposes its other items."""
    taken = [*known_hits, *hidden]
    regions = _region_candidates(body, known, taken)
    officials = _paired_candidates(body, known, taken, regions)
    officials += _official_candidates(body, known, sentences, taken, [*regions, *officials])
    enterprises = enterprise_candidates(body, taken, enterprise_hits, region_hits)
    keys = {r.key: "other_names" for r in known.regions}
    keys |= {o.key: "other_names" for o in known.officials}
    keys |= {e.key: "aliases" for e in known.enterprises}
    found = []
    for candidate in (*regions, *officials, *enterprises):
        p = candidate
        same = _same_person(known, p.name.text) if p.kind == "official" else None
        if same is not None and same.key in keys:
            p = Proposed(p.kind, same.key, p.name, p.quote, p.entry, p.post)
        if p.key in keys and p.kind != "post":
            spelling = {"key": p.key, keys[p.key]: [p.name.text]}
            official = known.official(p.key)
            post = post_of(known, official, p.quote.text) if official else None
            found.append(Proposed(p.kind, p.key, p.name, p.quote, spelling, post, alias=True))
        elif p.kind != "post" or not any(post.key == p.key for post in known.posts):
            found.append(p)
    wanted = {p.post for p in found if p.kind == "official" and not p.alias}
    return [p for p in found if p.kind != "post" or p.key in wanted]
