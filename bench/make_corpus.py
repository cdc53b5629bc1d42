"""Write a synthetic curated corpus, in exactly the format of ``seeds/``, for benchmarks.

Why synthetic: the real corpus is five hand-curated articles, far too few to time
``coopdb check`` and ``coopdb load`` at scale or to expose quadratic behaviour. This script writes
N articles whose facts follow the proportions of the real seeds (one meeting of a Belarusian and
a Russian official most of the time, 2-8 proposals, a few trade figures, partial dates, repeated
paragraphs, spelling variants of names) and which pass ``coopdb check`` by construction: every
text is assembled from sentence templates, and every quote is a span the generator itself wrote
at a known offset, so words that occur twice get the right ``occurrence``.

It is stdlib-only and imports nothing from coopdb on purpose: it states the file format
independently, so a validator change that starts rejecting well-formed data shows up as a
failing benchmark instead of being absorbed by shared code.

Output is a pure function of ``--articles`` and ``--seed`` (byte-identical on every run): every
random choice comes from ``random.Random`` seeded with strings (hashed with SHA-512, so
independent of ``PYTHONHASHSEED``), and no set is ever iterated. Articles are streamed to disk
one at a time; only the shared pools (regions, posts, officials, enterprises) live in memory.

Usage::

    python bench/make_corpus.py --articles 1000 --seed 7 --out /tmp/corpus
    coopdb check /tmp/corpus
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import random
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

# The validator refuses curated files over 2,000,000 bytes; officials.yaml grows with the pool,
# so the pool is capped below that (10,000 officials are about 1.75 MB).
MAX_OFFICIALS = 10_000
MAX_SHARED_BYTES = 1_950_000
GENERATED = re.compile(r"^\d{6,}_[0-9a-f]{16}\.(?:txt|yaml)$")
SHARED_FILES = ("regions.yaml", "officials.yaml", "enterprises.yaml")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
ORDINALS = ("first", "second", "third", "fourth")


# --- YAML, written by hand ---------------------------------------------------------------------
#
# A tiny emitter, because the stdlib has no YAML writer and the output must look like the
# hand-written seeds (block sections, one-line dates and periods, double-quoted text).


class Raw(str):
    """A scalar written as is, never quoted: a number such as ``40.5``."""

    __slots__ = ()


class Flow(dict[str, "str | int | None"]):
    """A mapping written on one line, as the seeds write dates and periods."""


class Anchor:
    """A quote the generator wrote at a known offset in the article body.

    Its ``occurrence`` can only be settled once the text is complete (the same words may have
    been written earlier), so facts hold the anchor and the emitter writes the settled value.
    """

    __slots__ = ("occurrence", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.occurrence = 1


Scalar: TypeAlias = "str | int | None"
Value: TypeAlias = "Scalar | Anchor | Flow | Sequence[Value] | Mapping[str, Value]"
Doc: TypeAlias = "dict[str, Value]"

# Text that YAML reads back as the same string when written bare (as the seeds write keys,
# names and titles); anything else is double-quoted.
_PLAIN = re.compile(r"[A-Za-z](?:[A-Za-z0-9 ._()/-]*[A-Za-z0-9._()/-])?|\d+_[0-9a-f]{16}\.txt")
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})


def _scalar(value: Scalar, plain: bool = True) -> str:
    """Keys, names and titles stay bare as in the seeds; other text is double-quoted, escaped."""
    if value is None:
        return "null"
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if plain and _PLAIN.fullmatch(value) and value.casefold() not in _RESERVED:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _entry(key: str, value: Value, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, Anchor):
        out.append(f"{pad}{key}: {_scalar(value.text, plain=False)}")
        if value.occurrence > 1:
            out.append(f"{pad}occurrence: {value.occurrence}")
    elif value is None or isinstance(value, (str, int)):
        out.append(f"{pad}{key}: {_scalar(value)}")
    elif isinstance(value, Flow):
        inner = ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items())
        out.append(f"{pad}{key}: {{{inner}}}")
    elif isinstance(value, Mapping):
        out.append(f"{pad}{key}:")
        for sub_key, sub_value in value.items():
            _entry(sub_key, sub_value, indent + 2, out)
    elif len(scalars := [v for v in value if v is None or isinstance(v, (str, int))]) == len(value):
        out.append(f"{pad}{key}: [{', '.join(_scalar(item) for item in scalars)}]")
    else:
        out.append(f"{pad}{key}:")
        for item in value:
            if not isinstance(item, Mapping):
                raise TypeError(f"{key}: a block list holds mappings only")
            start = len(out)
            for sub_key, sub_value in item.items():
                _entry(sub_key, sub_value, indent + 4, out)
            out[start] = f"{pad}  - {out[start][indent + 4 :]}"


def dump(doc: Mapping[str, Value]) -> str:
    """The document as YAML; list sections are set apart by a blank line, as in the seeds."""
    out: list[str] = []
    for key, value in doc.items():
        if out and isinstance(value, list):
            out.append("")
        _entry(key, value, 0, out)
    return "\n".join(out) + "\n"


def slug(text: str) -> str:
    """A key from any text: lowercase ASCII words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def short_slug(text: str, limit: int = 48) -> str:
    """A slug cut at a word boundary, so proposal keys stay readable."""
    value = slug(text)
    if len(value) <= limit:
        return value
    return value[:limit].rsplit("-", 1)[0]


def join_words(items: Sequence[str], oxford: bool = False) -> str:
    """'a', 'a and b', 'a, b and c' (or 'a, b, and c'): lists as the articles write them."""
    if len(items) == 1:
        return items[0]
    comma = "," if oxford and len(items) > 2 else ""
    return ", ".join(items[:-1]) + f"{comma} and {items[-1]}"


def number_text(value: float) -> str:
    """12.0 → '12', 96.3 → '96.3': the way the articles print figures."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


# --- the shared world: regions, posts, officials, enterprises ----------------------------------

# iso | form | name | text (default name) | short (default text) | brand (default short) |
# capital (default brand) | Russian name.  form: r republic, k krai, o oblast, a autonomous okrug,
# c federal city. A line ending in a backslash continues on the next (Python joins them).
RUSSIAN_REGIONS = """\
AD|r|Republic of Adygea|Adygea||Adyge|Maykop|Республика Адыгея
AL|r|Altai Republic|||Gornoaltai|Gorno-Altaysk|Республика Алтай
BA|r|Republic of Bashkortostan|Bashkortostan||Bashkir|Ufa|Республика Башкортостан
BU|r|Republic of Buryatia|Buryatia||Buryat|Ulan-Ude|Республика Бурятия
CE|r|Chechen Republic|Chechnya||Grozny|Grozny|Чеченская Республика
CU|r|Chuvash Republic|Chuvashia||Cheboksary|Cheboksary|Чувашская Республика
DA|r|Republic of Dagestan|Dagestan|||Makhachkala|Республика Дагестан
IN|r|Republic of Ingushetia|Ingushetia||Ingush|Magas|Республика Ингушетия
KB|r|Kabardino-Balkar Republic|Kabardino-Balkaria||Nalchik||Кабардино-Балкарская Республика
KL|r|Republic of Kalmykia|Kalmykia||Kalmyk|Elista|Республика Калмыкия
KC|r|Karachay-Cherkess Republic|Karachay-Cherkessia||Cherkessk||Карачаево-Черкесская Республика
KR|r|Republic of Karelia|Karelia||Karel|Petrozavodsk|Республика Карелия
KK|r|Republic of Khakassia|Khakassia||Khakas|Abakan|Республика Хакасия
KO|r|Komi Republic|Komi|||Syktyvkar|Республика Коми
ME|r|Mari El Republic|Mari El||Mari|Yoshkar-Ola|Республика Марий Эл
MO|r|Republic of Mordovia|Mordovia||Mordov|Saransk|Республика Мордовия
SA|r|Sakha Republic (Yakutia)|Yakutia||Yakut|Yakutsk|Республика Саха (Якутия)
SE|r|Republic of North Ossetia–Alania|North Ossetia||Alan|Vladikavkaz|\
Республика Северная Осетия — Алания
TA|r|Republic of Tatarstan|Tatarstan||Tatar|Kazan|Республика Татарстан
TY|r|Tuva Republic|Tuva|||Kyzyl|Республика Тыва
UD|r|Udmurt Republic|Udmurtia||Udmurt|Izhevsk|Удмуртская Республика
ALT|k|Altai Krai||Altai||Barnaul|Алтайский край
KAM|k|Kamchatka Krai||Kamchatka|Kamchat|Petropavlovsk-Kamchatsky|Камчатский край
KHA|k|Khabarovsk Krai||Khabarovsk||Khabarovsk|Хабаровский край
KDA|k|Krasnodar Krai||Krasnodar|Kuban|Krasnodar|Краснодарский край
KYA|k|Krasnoyarsk Krai||Krasnoyarsk||Krasnoyarsk|Красноярский край
PER|k|Perm Krai||Perm||Perm|Пермский край
PRI|k|Primorsky Krai||Primorye|Primor|Vladivostok|Приморский край
STA|k|Stavropol Krai||Stavropol||Stavropol|Ставропольский край
ZAB|k|Zabaykalsky Krai||Zabaykalye|Zabaikal|Chita|Забайкальский край
AMU|o|Amur Oblast||Amur||Blagoveshchensk|Амурская область
ARK|o|Arkhangelsk Oblast||Arkhangelsk||Arkhangelsk|Архангельская область
AST|o|Astrakhan Oblast||Astrakhan||Astrakhan|Астраханская область
BEL|o|Belgorod Oblast||Belgorod||Belgorod|Белгородская область
BRY|o|Bryansk Oblast||Bryansk||Bryansk|Брянская область
CHE|o|Chelyabinsk Oblast||Chelyabinsk||Chelyabinsk|Челябинская область
IRK|o|Irkutsk Oblast||Irkutsk||Irkutsk|Иркутская область
IVA|o|Ivanovo Oblast||Ivanovo||Ivanovo|Ивановская область
KGD|o|Kaliningrad Oblast||Kaliningrad||Kaliningrad|Калининградская область
KLU|o|Kaluga Oblast||Kaluga||Kaluga|Калужская область
KEM|o|Kemerovo Oblast||Kemerovo|Kuzbass|Kemerovo|Кемеровская область
KIR|o|Kirov Oblast||Kirov||Kirov|Кировская область
KOS|o|Kostroma Oblast||Kostroma||Kostroma|Костромская область
KGN|o|Kurgan Oblast||Kurgan||Kurgan|Курганская область
KRS|o|Kursk Oblast||Kursk||Kursk|Курская область
LEN|o|Leningrad Oblast||Leningrad||Gatchina|Ленинградская область
LIP|o|Lipetsk Oblast||Lipetsk||Lipetsk|Липецкая область
MAG|o|Magadan Oblast||Magadan||Magadan|Магаданская область
MOS|o|Moscow Oblast||Moscow Oblast|Podmoskov|Krasnogorsk|Московская область
MUR|o|Murmansk Oblast||Murmansk||Murmansk|Мурманская область
NIZ|o|Nizhny Novgorod Oblast||Nizhny Novgorod|Nizhegorod|Nizhny Novgorod|Нижегородская область
NGR|o|Novgorod Oblast||Novgorod||Veliky Novgorod|Новгородская область
NVS|o|Novosibirsk Oblast||Novosibirsk||Novosibirsk|Новосибирская область
OMS|o|Omsk Oblast||Omsk||Omsk|Омская область
ORE|o|Orenburg Oblast||Orenburg||Orenburg|Оренбургская область
ORL|o|Oryol Oblast||Oryol||Oryol|Орловская область
PNZ|o|Penza Oblast||Penza||Penza|Пензенская область
PSK|o|Pskov Oblast||Pskov||Pskov|Псковская область
ROS|o|Rostov Oblast||Rostov||Rostov-on-Don|Ростовская область
RYA|o|Ryazan Oblast||Ryazan||Ryazan|Рязанская область
SAK|o|Sakhalin Oblast||Sakhalin||Yuzhno-Sakhalinsk|Сахалинская область
SAM|o|Samara Oblast||Samara||Samara|Самарская область
SAR|o|Saratov Oblast||Saratov||Saratov|Саратовская область
SMO|o|Smolensk Oblast||Smolensk||Smolensk|Смоленская область
SVE|o|Sverdlovsk Oblast||Sverdlovsk|Ural|Yekaterinburg|Свердловская область
TAM|o|Tambov Oblast||Tambov||Tambov|Тамбовская область
TOM|o|Tomsk Oblast||Tomsk||Tomsk|Томская область
TUL|o|Tula Oblast||Tula||Tula|Тульская область
TVE|o|Tver Oblast||Tver||Tver|Тверская область
TYU|o|Tyumen Oblast||Tyumen||Tyumen|Тюменская область
ULY|o|Ulyanovsk Oblast||Ulyanovsk||Ulyanovsk|Ульяновская область
VLA|o|Vladimir Oblast||Vladimir||Vladimir|Владимирская область
VGG|o|Volgograd Oblast||Volgograd||Volgograd|Волгоградская область
VLG|o|Vologda Oblast||Vologda||Vologda|Вологодская область
VOR|o|Voronezh Oblast||Voronezh||Voronezh|Воронежская область
YAR|o|Yaroslavl Oblast||Yaroslavl||Yaroslavl|Ярославская область
YEV|o|Jewish Autonomous Oblast||Birobidzhan||Birobidzhan|Еврейская автономная область
CHU|a|Chukotka Autonomous Okrug|Chukotka||Chukot|Anadyr|Чукотский автономный округ
KHM|a|Khanty-Mansi Autonomous Okrug|Yugra|||Khanty-Mansiysk|Ханты-Мансийский автономный округ
NEN|a|Nenets Autonomous Okrug|||Nenets|Naryan-Mar|Ненецкий автономный округ
YAN|a|Yamalo-Nenets Autonomous Okrug|Yamal|||Salekhard|Ямало-Ненецкий автономный округ
MOW|c|Moscow|||Moskva|Moscow|Москва
SPE|c|Saint Petersburg|||Peterburg|Saint Petersburg|Санкт-Петербург
"""

# key, name, ISO code, Russian name, main cities (the first is the centre)
BELARUSIAN_REGIONS = (
    (
        "brest-oblast",
        "Brest Oblast",
        "BY-BR",
        "Брестская область",
        "Brest Pinsk Baranovichi Kobrin",
    ),
    ("gomel-oblast", "Gomel Oblast", "BY-HO", "Гомельская область", "Gomel Mozyr Zhlobin Rechitsa"),
    (
        "grodno-oblast",
        "Grodno Oblast",
        "BY-HR",
        "Гродненская область",
        "Grodno Lida Slonim Volkovysk",
    ),
    (
        "mogilev-oblast",
        "Mogilev Oblast",
        "BY-MA",
        "Могилёвская область",
        "Mogilev Bobruisk Krichev",
    ),
    (
        "minsk-oblast",
        "Minsk Oblast",
        "BY-MI",
        "Минская область",
        "Borisov Soligorsk Zhodino Slutsk",
    ),
    ("vitebsk-oblast", "Vitebsk Oblast", "BY-VI", "Витебская область", "Vitebsk Orsha Polotsk"),
    ("minsk", "Minsk", "BY-HM", "Минск", "Minsk Bel"),
)

SECTORS = (
    ("general", "General / cross-sector cooperation"),
    ("industry", "Industry"),
    ("machine-building", "Machine building"),
    ("municipal-vehicles", "Utility and road vehicles"),
    ("public-transport", "Public transport"),
    ("agriculture", "Agriculture and agro-industrial complex"),
    ("construction", "Construction"),
    ("housing", "Housing construction"),
    ("energy", "Energy"),
    ("mining", "Mining"),
    ("chemicals", "Chemicals and fertilizers"),
    ("light-industry", "Light industry"),
    ("electronics", "Electronics"),
    ("trade", "Trade and distribution"),
    ("finance", "Finance"),
    ("waste-management", "Waste management"),
    ("peat", "Peat extraction and processing"),
    ("water", "Water treatment and disposal"),
    ("urban-services", "Urban services and city improvement"),
)
SECTOR_WEIGHTS = {
    "general": 6,
    "industry": 12,
    "machine-building": 16,
    "municipal-vehicles": 5,
    "public-transport": 6,
    "agriculture": 14,
    "construction": 8,
    "housing": 5,
    "energy": 5,
    "mining": 2,
    "chemicals": 4,
    "light-industry": 3,
    "electronics": 3,
    "trade": 5,
    "finance": 2,
    "waste-management": 2,
    "peat": 1,
    "water": 2,
    "urban-services": 2,
}

# Brand roots of company names: root, English product name, sector.
PRODUCT_ROOTS = (
    ("mash", "Machine-Building Plant", "machine-building"),
    ("agromash", "Agricultural Machinery Plant", "machine-building"),
    ("traktor", "Tractor Works", "machine-building"),
    ("motor", "Motor Plant", "machine-building"),
    ("lift", "Elevator Plant", "machine-building"),
    ("stanok", "Machine Tool Plant", "machine-building"),
    ("elektromash", "Electric Machinery Plant", "machine-building"),
    ("selmash", "Farm Machinery Plant", "machine-building"),
    ("kommunmash", "Municipal Machinery Plant", "municipal-vehicles"),
    ("dormash", "Road Machinery Plant", "municipal-vehicles"),
    ("spetstekh", "Special Vehicles Plant", "municipal-vehicles"),
    ("avtobus", "Bus Plant", "public-transport"),
    ("trolleybus", "Trolleybus Plant", "public-transport"),
    ("vagon", "Railway Car Plant", "public-transport"),
    ("agro", "Agro-Industrial Holding", "agriculture"),
    ("moloko", "Dairy Plant", "agriculture"),
    ("myaso", "Meat Processing Plant", "agriculture"),
    ("khleboprodukt", "Grain Products Plant", "agriculture"),
    ("semena", "Seed Company", "agriculture"),
    ("ptitsa", "Poultry Farm", "agriculture"),
    ("stroy", "Construction Trust", "construction"),
    ("keramika", "Ceramics Plant", "construction"),
    ("cement", "Cement Plant", "construction"),
    ("steklo", "Glass Works", "construction"),
    ("dorstroy", "Road Construction Trust", "construction"),
    ("zhilstroy", "Housing Construction Factory", "housing"),
    ("domostroy", "House-Building Plant", "housing"),
    ("energo", "Power Engineering Plant", "energy"),
    ("kotel", "Boiler Plant", "energy"),
    ("kabel", "Cable Plant", "energy"),
    ("transformator", "Transformer Plant", "energy"),
    ("gok", "Mining and Processing Plant", "mining"),
    ("kaliy", "Potash Company", "mining"),
    ("khim", "Chemical Plant", "chemicals"),
    ("azot", "Nitrogen Plant", "chemicals"),
    ("shina", "Tire Plant", "chemicals"),
    ("volokno", "Chemical Fiber Plant", "chemicals"),
    ("trikotazh", "Knitwear Factory", "light-industry"),
    ("obuv", "Footwear Factory", "light-industry"),
    ("tekstil", "Textile Mill", "light-industry"),
    ("lyon", "Flax Mill", "light-industry"),
    ("mebel", "Furniture Factory", "light-industry"),
    ("pribor", "Instrument-Making Plant", "electronics"),
    ("elektron", "Electronics Plant", "electronics"),
    ("optika", "Optical Plant", "electronics"),
    ("torg", "Trading House", "trade"),
    ("opt", "Wholesale Company", "trade"),
    ("bank", "Bank", "finance"),
    ("lizing", "Leasing Company", "finance"),
    ("vtorresurs", "Recycling Company", "waste-management"),
    ("ekoresurs", "Waste Management Company", "waste-management"),
    ("torf", "Peat Enterprise", "peat"),
    ("torfmash", "Peat Machinery Plant", "peat"),
    ("vodokanal", "Water Utility", "water"),
    ("vodoochistka", "Water Treatment Plant", "water"),
    ("zelenstroy", "Landscaping Company", "urban-services"),
    ("blagoustroystvo", "City Improvement Company", "urban-services"),
    ("prom", "Industrial Holding", "industry"),
    ("metiz", "Hardware Plant", "industry"),
    ("metall", "Metallurgical Plant", "industry"),
)

# Belarusian ministries: key part, "Minister of X", adjective ("X Minister"), sector.
MINISTRIES = (
    ("industry", "Industry", "Industry", "industry"),
    ("agriculture", "Agriculture and Food", "Agriculture and Food", "agriculture"),
    ("finance", "Finance", "Finance", "finance"),
    ("economy", "Economy", "Economy", "general"),
    ("foreign-affairs", "Foreign Affairs", "Foreign", "general"),
    ("energy", "Energy", "Energy", "energy"),
    ("construction", "Architecture and Construction", "Construction", "construction"),
    ("transport", "Transport and Communications", "Transport", "public-transport"),
    ("trade", "Antimonopoly Regulation and Trade", "Trade", "trade"),
    ("housing", "Housing and Utilities", "Housing and Utilities", "housing"),
    ("education", "Education", "Education", "general"),
    ("health", "Health", "Health", "general"),
    ("natural-resources", "Natural Resources and Environmental Protection", "Environment", "water"),
    ("forestry", "Forestry", "Forestry", "peat"),
)

# (preferred spelling, other spelling or None)
MALE_NAMES = (
    ("Aleksandr", "Alexander"),
    ("Sergei", "Sergey"),
    ("Dmitry", "Dmitri"),
    ("Andrei", "Andrey"),
    ("Alexei", "Alexey"),
    ("Yuri", "Yury"),
    ("Nikolai", "Nikolay"),
    ("Pyotr", "Petr"),
    ("Vitaly", "Vitaliy"),
    ("Valery", "Valeriy"),
    ("Yevgeny", "Evgeny"),
    ("Anatoly", "Anatoliy"),
    ("Gennady", "Gennadiy"),
    ("Vasily", "Vasiliy"),
    ("Maxim", "Maksim"),
    ("Artyom", "Artem"),
    ("Grigory", "Grigoriy"),
    ("Fyodor", "Fedor"),
    ("Vladimir", None),
    ("Viktor", None),
    ("Mikhail", None),
    ("Igor", None),
    ("Oleg", None),
    ("Pavel", None),
    ("Roman", None),
    ("Ivan", None),
    ("Leonid", None),
    ("Boris", None),
    ("Konstantin", None),
    ("Denis", None),
    ("Anton", None),
    ("Vadim", None),
    ("Ruslan", None),
    ("Stanislav", None),
    ("Kirill", None),
    ("Ilya", None),
    ("Vyacheslav", None),
)
FEMALE_NAMES = (
    ("Natalia", "Natalya"),
    ("Yelena", "Elena"),
    ("Tatyana", "Tatiana"),
    ("Lyudmila", "Ludmila"),
    ("Yulia", "Yuliya"),
    ("Olga", None),
    ("Irina", None),
    ("Svetlana", None),
    ("Marina", None),
    ("Anna", None),
    ("Galina", None),
    ("Oksana", None),
)
# Surname parts. Suffixes: male form, female form (None: not used for women), other spelling.
ENDINGS = ("l", "r", "n", "v", "m", "sh", "t", "k", "d", "b", "ch", "z", "s")
MIDDLES = (*ENDINGS, "lk", "rn", "rt", "sk", "zn", "ln", "rd")
VOWELS = ("a", "o", "e", "i", "u")
ONSETS = (
    *("B", "V", "G", "D", "Z", "K", "L", "M", "N", "P", "R", "S", "T", "F", "Kh", "Ch", "Sh"),
    *("Zh", "Br", "Dr", "Gr", "Kr", "Pr", "Tr", "St", "Sm", "Bl", "Gl", "Kl", "Pl", "Sv", "Zv"),
    *("Sk", "Sl", "Ost", "Ar", "Al", "Ol", "Us"),
)
SUFFIXES: tuple[tuple[str, str | None, str | None, int], ...] = (
    ("ov", "ova", None, 20),
    ("ev", "eva", None, 10),
    ("in", "ina", None, 8),
    ("sky", "skaya", "skiy", 10),
    ("enko", "enko", None, 12),
    ("ovich", "ovich", None, 8),
    ("uk", "uk", None, 6),
    ("ets", "ets", None, 4),
    ("oi", None, "oy", 4),
    ("ich", "ich", None, 6),
    ("ko", "ko", None, 4),
    ("yuk", "yuk", None, 3),
)


@dataclass(frozen=True)
class Region:
    """A region as the shared file defines it, plus the words the texts use for it."""

    key: str
    name: str
    kind: str
    country: str
    parent: str | None
    iso: str
    other_names: tuple[str, ...]
    text: str = ""
    short: str = ""
    brand: str = ""
    capital: str = ""
    form: str = ""


@dataclass(frozen=True)
class Post:
    """A post, with the ways a text writes it before a name (``{a}`` is the apostrophe)."""

    key: str
    title: str
    body: str | None
    region: str
    phrases: tuple[str, ...]
    role: str
    category: str


@dataclass(frozen=True)
class Holding:
    post: Post
    start: str | None = None
    end: str | None = None


@dataclass
class Official:
    key: str
    name: str
    other_name: str | None
    country: str
    female: bool
    holdings: list[Holding] = field(default_factory=list)


@dataclass(frozen=True)
class Enterprise:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str
    region: str | None
    sector: str


def _parse_russian_regions() -> list[Region]:
    regions = []
    for line in RUSSIAN_REGIONS.splitlines():
        iso, form, name, text, short, brand, capital, russian = line.split("|")
        text = text or name
        short = short or text
        brand = brand or short
        capital = capital or brand
        key = slug(text) if form == "r" else slug(name)
        others = (russian,) if text == name else (russian, text)
        regions.append(
            Region(
                key=key,
                name=name,
                kind="federal_city" if form == "c" else "oblast",
                country="RU",
                parent="russia",
                iso=f"RU-{iso}",
                other_names=others,
                text=text,
                short=short,
                brand=brand,
                capital=capital,
                form=form,
            )
        )
    return regions


def _russian_posts(region: Region) -> tuple[Post, Post]:
    """The head of a region and his deputy, titled as each kind of region titles them."""
    text, name = region.text, region.name
    if region.form == "r":
        return (
            Post(
                f"head-{region.key}",
                f"Head of the {name}",
                None,
                region.key,
                (f"Head of {text}", f"Head of Russia{{a}}s {text}"),
                "head of the republic",
                "head",
            ),
            Post(
                f"prime-minister-{region.key}",
                f"Prime Minister of the {name}",
                None,
                region.key,
                (f"Prime Minister of {text}", f"{text} Prime Minister"),
                "prime minister of the republic",
                "deputy",
            ),
        )
    if region.key == "moscow":
        return (
            Post(
                "mayor-moscow",
                "Mayor of Moscow",
                None,
                region.key,
                ("Moscow Mayor", "Mayor of Moscow"),
                "mayor",
                "head",
            ),
            Post(
                "deputy-mayor-moscow",
                "Deputy Mayor of Moscow",
                None,
                region.key,
                ("Deputy Mayor of Moscow", "Moscow Deputy Mayor"),
                "deputy mayor",
                "deputy",
            ),
        )
    return (
        Post(
            f"governor-{region.key}",
            f"Governor of {name}",
            f"Administration of {name}",
            region.key,
            (f"{text} Governor", f"Governor of {text}", f"Governor of Russia{{a}}s {text}"),
            "governor",
            "head",
        ),
        Post(
            f"vice-governor-{region.key}",
            f"Vice Governor of {name}",
            None,
            region.key,
            (
                f"Vice Governor of {text}",
                f"{text} Vice Governor",
                f"Vice Governor of Russia{{a}}s {text}",
            ),
            "vice governor",
            "deputy",
        ),
    )


def _belarusian_posts() -> list[Post]:
    posts = [
        Post(
            "prime-minister-belarus",
            "Prime Minister of Belarus",
            "Council of Ministers of Belarus",
            "belarus",
            ("Belarusian Prime Minister", "Prime Minister of Belarus"),
            "prime minister",
            "pm",
        ),
        Post(
            "deputy-prime-minister-belarus",
            "Deputy Prime Minister of Belarus",
            None,
            "belarus",
            (
                "Belarus{a} Deputy Prime Minister",
                "Belarusian Deputy Prime Minister",
                "Deputy Prime Minister of Belarus",
            ),
            "deputy prime minister",
            "dpm",
        ),
        Post(
            "ambassador-belarus-russia",
            "Ambassador of Belarus to Russia",
            "Embassy of Belarus in Russia",
            "belarus",
            ("Belarusian Ambassador to Russia", "Ambassador of Belarus to Russia"),
            "ambassador",
            "ambassador",
        ),
    ]
    for part, of, adjective, _sector in MINISTRIES:
        posts.append(
            Post(
                f"minister-{part}-belarus",
                f"Minister of {of} of Belarus",
                f"Ministry of {of} of Belarus",
                "belarus",
                (
                    f"Belarusian {adjective} Minister",
                    f"Minister of {of} of Belarus",
                    f"Belarus{{a}} {adjective} Minister",
                ),
                "minister",
                "minister",
            )
        )
    for part, of, adjective, _sector in MINISTRIES[:6]:
        posts.append(
            Post(
                f"deputy-minister-{part}-belarus",
                f"Deputy Minister of {of} of Belarus",
                None,
                "belarus",
                (f"Belarusian Deputy {adjective} Minister", f"Deputy Minister of {of} of Belarus"),
                "deputy minister",
                "deputy-minister",
            )
        )
    for key, name, _iso, _russian, _cities in BELARUSIAN_REGIONS:
        if key == "minsk":
            posts.append(
                Post(
                    "mayor-minsk",
                    "Chairman of the Minsk City Executive Committee",
                    "Minsk City Executive Committee",
                    key,
                    ("Minsk Mayor", "Chairman of the Minsk City Executive Committee"),
                    "mayor",
                    "chair",
                )
            )
        else:
            posts.append(
                Post(
                    f"governor-{key}",
                    f"Chairman of the {name} Executive Committee",
                    f"{name} Executive Committee",
                    key,
                    (f"{name} Governor", f"Chairman of the {name} Executive Committee"),
                    "governor",
                    "chair",
                )
            )
    return posts


PRESIDENT_BY = Post(
    "president-belarus",
    "President of Belarus",
    None,
    "belarus",
    ("Belarus President", "Belarusian President", "President of Belarus"),
    "president",
    "president",
)
PRESIDENT_RU = Post(
    "president-russia",
    "President of Russia",
    None,
    "russia",
    ("Russian President", "President of Russia"),
    "president",
    "president",
)


class NamePool:
    """Person names whose surnames identify them.

    The validator accepts an official's quote when it contains any spelling of the name or
    just the surname, so a surname must not occur inside another official's surname (or in a
    first name): otherwise a quote about one person would pass as naming another. Every
    accepted surname's substrings of five letters or more are indexed, which makes the check
    for each new candidate cheap in both directions.
    """

    MIN = 5

    def __init__(self) -> None:
        self.owner: dict[str, int] = {}
        self.surnames: dict[str, int] = {}
        self.count = 0
        for preferred, other in (*MALE_NAMES, *FEMALE_NAMES):
            for first in (preferred, other):
                if first:
                    self._index(first.casefold(), -1)

    def _substrings(self, word: str) -> list[str]:
        return [word[i:j] for i in range(len(word)) for j in range(i + self.MIN, len(word) + 1)]

    def _index(self, word: str, owner: int) -> None:
        for part in self._substrings(word):
            if self.owner.get(part, owner) != owner:
                self.owner[part] = -2
            else:
                self.owner[part] = owner

    def accept(self, spellings: Sequence[str]) -> bool:
        """Take the surname (all its spellings) if it is unambiguous; say whether it was."""
        words = [s.casefold() for s in spellings]
        for word in words:
            if len(word) < self.MIN or word in self.owner:
                return False
            if any(part in self.surnames for part in self._substrings(word)):
                return False
        self.count += 1
        for word in words:
            self.surnames[word] = self.count
            self._index(word, self.count)
        return True


def _surname_stem(rng: random.Random) -> str:
    stem = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(MIDDLES)
    if rng.random() < 0.65:
        stem += rng.choice(VOWELS[:4]) + rng.choice(ENDINGS)
    return stem


def _new_person(
    rng: random.Random, names: NamePool, female: bool, variant: bool
) -> tuple[str, str | None]:
    """A unique full name and, for about one person in ten, its other spelling."""
    suffix_weights = [w if (not female or f) else 0 for _m, f, _o, w in SUFFIXES]
    while True:
        firsts = FEMALE_NAMES if female else MALE_NAMES
        kind = "none"
        if variant:
            kind = "first" if female or rng.random() < 0.5 else "surname"
        if kind == "first":
            first, first_other = rng.choice([n for n in firsts if n[1]])
        else:
            first, first_other = rng.choice(firsts)[0], None
        if kind == "surname":
            male, _female, other, _w = rng.choice([s for s in SUFFIXES if s[2]])
            suffix, suffix_other = male, other
        else:
            male, female_form, _other, _w = rng.choices(SUFFIXES, weights=suffix_weights)[0]
            suffix, suffix_other = (female_form or male) if female else male, None
        stem = _surname_stem(rng)
        surname = stem + suffix
        spellings = [surname]
        if suffix_other:
            spellings.append(stem + suffix_other)
        if not names.accept(spellings):
            continue
        name = f"{first} {surname}"
        if first_other:
            return name, f"{first_other} {surname}"
        if suffix_other:
            return name, f"{first} {stem}{suffix_other}"
        return name, None


@dataclass
class World:
    """Everything the articles refer to, generated once per (N, seed)."""

    regions: list[Region]
    russian: list[Region]
    belarusian: list[Region]
    posts: list[Post]
    officials: list[Official]
    enterprises: list[Enterprise]
    ru_people: list[tuple[Official, Post]]
    by_people: list[tuple[Official, Post]]
    ambassadors: list[tuple[Official, Post]]
    by_governors: list[tuple[Official, Post]]
    lukashenko: Official
    putin: Official
    by_sector: dict[str, list[Enterprise]]
    ru_by_region: dict[str, list[Enterprise]]
    state_bodies: list[Enterprise]

    @classmethod
    def build(cls, articles: int, seed: int) -> World:
        rng = random.Random(f"coopdb-bench/{seed}/world/{articles}")
        belarus = Region(
            "belarus",
            "Belarus",
            "country",
            "BY",
            None,
            "BY",
            ("Беларусь", "Республика Беларусь", "Republic of Belarus"),
        )
        russia = Region(
            "russia",
            "Russia",
            "country",
            "RU",
            None,
            "RU",
            ("Россия", "Российская Федерация", "Russian Federation"),
        )
        russian = _parse_russian_regions()
        belarusian = [
            Region(key, name, "city" if key == "minsk" else "oblast", "BY", "belarus", iso, (ru,))
            for key, name, iso, ru, _cities in BELARUSIAN_REGIONS
        ]
        regional_posts = {r.key: _russian_posts(r) for r in russian}
        by_posts = _belarusian_posts()
        posts = [PRESIDENT_BY, PRESIDENT_RU, *by_posts]
        for pair in regional_posts.values():
            posts.extend(pair)

        lukashenko = Official(
            "aleksandr-lukashenko",
            "Aleksandr Lukashenko",
            None,
            "BY",
            False,
            [Holding(PRESIDENT_BY)],
        )
        putin = Official(
            "vladimir-putin", "Vladimir Putin", None, "RU", False, [Holding(PRESIDENT_RU)]
        )
        names = NamePool()
        names.accept(["Lukashenko"])
        names.accept(["Putin"])
        officials = [lukashenko, putin]
        size = min(max(20, articles // 5), MAX_OFFICIALS)
        by_groups: dict[str, list[Post]] = {}
        for post in by_posts:
            by_groups.setdefault(post.category, []).append(post)
        by_weights = {
            "minister": 40,
            "deputy-minister": 12,
            "dpm": 10,
            "pm": 3,
            "ambassador": 6,
            "chair": 29,
        }
        for number in range(size - 2):
            russian_side = number == 0 or (number != 1 and rng.random() < 0.55)
            female = rng.random() < 0.14
            name, other = _new_person(rng, names, female, rng.random() < 0.1)
            official = Official(slug(name), name, other, "RU" if russian_side else "BY", female)
            start = rng.randint(2008, 2020)
            if russian_side:
                head, deputy = regional_posts[rng.choice(russian).key]
                first = head if rng.random() < 0.55 else deputy
                if rng.random() < 0.2:
                    end = start + rng.randint(2, 6)
                    official.holdings += [
                        Holding(deputy, str(start), str(end)),
                        Holding(head, str(end)),
                    ]
                else:
                    official.holdings.append(
                        Holding(first, str(start) if rng.random() < 0.35 else None)
                    )
            else:
                category = rng.choices(list(by_weights), weights=list(by_weights.values()))[0]
                first = rng.choice(by_groups[category])
                later = _promotion(first, by_groups)
                if later is not None and rng.random() < 0.15:
                    end = start + rng.randint(2, 6)
                    official.holdings += [
                        Holding(first, str(start), str(end)),
                        Holding(later, str(end)),
                    ]
                else:
                    official.holdings.append(
                        Holding(first, str(start) if rng.random() < 0.35 else None)
                    )
            officials.append(official)

        ru_people: list[tuple[Official, Post]] = []
        by_people: list[tuple[Official, Post]] = []
        for official in officials[2:]:
            for holding in official.holdings:
                target = ru_people if official.country == "RU" else by_people
                target.append((official, holding.post))
        enterprises = _enterprises(rng, articles, russian, by_posts)
        by_sector: dict[str, list[Enterprise]] = {}
        ru_by_region: dict[str, list[Enterprise]] = {}
        for enterprise in enterprises:
            if enterprise.kind != "company":
                continue
            if enterprise.country == "BY":
                by_sector.setdefault(enterprise.sector, []).append(enterprise)
            elif enterprise.region is not None:
                ru_by_region.setdefault(enterprise.region, []).append(enterprise)
        return cls(
            regions=[belarus, russia, *belarusian, *russian],
            russian=russian,
            belarusian=belarusian,
            posts=posts,
            officials=officials,
            enterprises=enterprises,
            ru_people=ru_people,
            by_people=by_people,
            ambassadors=[p for p in by_people if p[1].category == "ambassador"],
            by_governors=[p for p in by_people if p[1].category == "chair"],
            lukashenko=lukashenko,
            putin=putin,
            by_sector=by_sector,
            ru_by_region=ru_by_region,
            state_bodies=[e for e in enterprises if e.kind == "state_body"],
        )


def _promotion(post: Post, groups: dict[str, list[Post]]) -> Post | None:
    """The post a Belarusian official may move on to, so some hold two posts over time."""
    if post.category in ("minister", "chair"):
        return groups["dpm"][0]
    if post.category == "dpm":
        return groups["pm"][0]
    if post.category == "deputy-minister":
        return next(p for p in groups["minister"] if p.key == post.key.removeprefix("deputy-"))
    return None


def _enterprises(
    rng: random.Random, articles: int, russian: list[Region], by_posts: list[Post]
) -> list[Enterprise]:
    """Ministries and executive committees, economic zones, then generated companies.

    Company names are a town prefix plus a product root ("Gomelagromash", "Gomel Agricultural
    Machinery Plant"), so they read like real Belarusian and Russian plants and every name and
    alias is unique (the validator refuses a name shared by two enterprises).
    """
    used: set[str] = set()
    result: list[Enterprise] = []

    def add(enterprise: Enterprise) -> bool:
        names = [enterprise.name.casefold(), *(a.casefold() for a in enterprise.aliases)]
        if any(name in used for name in names) or enterprise.key in used:
            return False
        used.update(names)
        used.add(enterprise.key)
        result.append(enterprise)
        return True

    for part, of, adjective, sector in MINISTRIES:
        name = f"Ministry of {of} of Belarus"
        alias = f"{adjective} Ministry of Belarus"
        add(
            Enterprise(
                f"ministry-{part}-belarus", name, (alias,), "state_body", "BY", "minsk", sector
            )
        )
    for post in by_posts:
        if post.category == "chair" and post.body:
            add(
                Enterprise(
                    slug(post.body), post.body, (), "state_body", "BY", post.region, "general"
                )
            )
    add(
        Enterprise(
            "minsk-city-hall", "Minsk City Hall", (), "state_body", "BY", "minsk", "urban-services"
        )
    )
    target = min(max(120, articles // 10), 600)
    for region in rng.sample(russian, 6):
        add(
            Enterprise(
                f"{slug(region.short)}-sez",
                f"{region.short} special economic zone",
                (),
                "other",
                "RU",
                region.key,
                "industry",
            )
        )
    towns = [
        (town, key) for key, _n, _i, _r, cities in BELARUSIAN_REGIONS for town in cities.split()
    ]
    while len(result) < target:
        root, product, sector = rng.choice(PRODUCT_ROOTS)
        if rng.random() < 0.72:
            town, region_key = rng.choice(towns)
            country, prefix = "BY", town
            english = f"Belarusian {product}" if town == "Bel" else f"{town} {product}"
            legal = "OAO"
        else:
            region = rng.choice(russian)
            country, prefix, region_key = "RU", region.brand, region.key
            english = f"{region.capital} {product}"
            legal = "JSC"
        brand = prefix + root
        style = rng.random()
        aliases: tuple[str, ...]
        if style < 0.45:
            name, aliases = brand, (english,)
        elif style < 0.7:
            name, aliases = english, (brand,)
        elif style < 0.85:
            name, aliases = f"{legal} {brand}", (brand,)
        else:
            name, aliases = brand, ()
        add(Enterprise(slug(brand), name, aliases, "company", country, region_key, sector))
    return result


# --- writing the shared files --------------------------------------------------------------------


def regions_yaml(world: World) -> str:
    items: list[Value] = []
    for region in world.regions:
        entry: Doc = {"key": region.key, "name": region.name, "kind": region.kind}
        entry["country"] = region.country
        if region.parent:
            entry["parent"] = region.parent
        entry["iso_code"] = region.iso
        entry["other_names"] = list(region.other_names)
        items.append(entry)
    return dump({"regions": items})


def officials_yaml(world: World) -> str:
    posts: list[Value] = []
    for post in world.posts:
        entry: Doc = {"key": post.key, "title": post.title}
        if post.body:
            entry["body"] = post.body
        entry["region"] = post.region
        posts.append(entry)
    people: list[Value] = []
    for official in world.officials:
        person: Doc = {"key": official.key, "name": official.name}
        if official.other_name:
            person["other_names"] = [official.other_name]
        person["country"] = official.country
        holdings: list[Value] = []
        for holding in official.holdings:
            item: Doc = {"post": holding.post.key}
            if holding.start:
                item["start"] = Flow(value=holding.start, basis="stated")
            if holding.end:
                item["end"] = Flow(value=holding.end, basis="stated")
            holdings.append(item)
        person["holdings"] = holdings
        people.append(person)
    return dump({"posts": posts, "officials": people})


def enterprises_yaml(world: World) -> str:
    sectors: list[Value] = [{"key": key, "name": name} for key, name in SECTORS]
    items: list[Value] = []
    for enterprise in world.enterprises:
        entry: Doc = {
            "key": enterprise.key,
            "name": enterprise.name,
            "aliases": list(enterprise.aliases),
            "kind": enterprise.kind,
            "country": enterprise.country,
        }
        if enterprise.region:
            entry["region"] = enterprise.region
        entry["sector"] = enterprise.sector
        items.append(entry)
    return dump({"sectors": sectors, "enterprises": items})


# --- article texts ----------------------------------------------------------------------------

PROPOSAL_NOUNS: dict[str, tuple[str, ...]] = {
    "general": (
        "the development of direct ties between the districts",
        "joint cooperation projects of the twin districts",
        "a roadmap of cooperation for the next three years",
        "an exchange of business missions",
    ),
    "industry": (
        "joint ventures and mutual use of raw materials and components",
        "the localization of component production",
        "import substitution projects in critical industries",
        "an industrial cooperation program",
    ),
    "machine-building": (
        "supplies of tractors and combine harvesters",
        "the joint assembly of agricultural machinery",
        "supplies of mining dump trucks",
        "deliveries of road construction and elevator equipment",
        "the assembly of machinery the region needs",
    ),
    "municipal-vehicles": (
        "the renewal of the utility and road vehicle fleet",
        "supplies of street sweepers and garbage trucks",
        "the assembly of road maintenance vehicles",
    ),
    "public-transport": (
        "supplies of buses and trolleybuses",
        "upgrading the passenger transport fleet",
        "the delivery of electric buses",
        "supplies of trams for the regional centre",
    ),
    "agriculture": (
        "supplies of elite grain and vegetable seeds",
        "the turn-key construction of dairy complexes",
        "cooperation in breeding and seed production",
        "the processing of agricultural products",
        "supplies of Belarusian food products to retail chains",
    ),
    "construction": (
        "the construction of social facilities on a turnkey basis",
        "the renovation of schools and hospitals",
        "road construction projects",
        "design and engineering surveys for new facilities",
    ),
    "housing": (
        "the construction of residential buildings",
        "the supply of large-panel housing kits",
        "home renovation and elevator replacement",
    ),
    "energy": (
        "the modernization of heat and power plants",
        "cooperation in nuclear power plant construction",
        "supplies of electrical equipment",
    ),
    "mining": ("supplies of mining equipment", "the development of a new iron ore deposit"),
    "chemicals": (
        "supplies of mineral fertilizers",
        "supplies of tires for mining vehicles",
        "joint production of chemical fibers",
    ),
    "light-industry": (
        "the opening of Belarusian footwear stores",
        "joint production of knitwear",
        "supplies of textiles and flax products",
    ),
    "electronics": (
        "joint production of high-tech products",
        "supplies of microelectronics",
        "the development of smart city systems",
    ),
    "trade": (
        "the expansion of the dealer network for Belarusian goods",
        "the opening of a trading house",
        "Belarusian trade fairs in the region",
    ),
    "finance": (
        "financial mechanisms for supporting exports",
        "leasing programs for Belarusian machinery",
        "export credit schemes",
    ),
    "waste-management": (
        "the construction of waste sorting and recycling plants",
        "sharing experience in solid municipal waste management",
    ),
    "peat": ("projects in peat extraction and processing", "supplies of peat harvesting equipment"),
    "water": (
        "the introduction of water treatment technologies",
        "the reconstruction of water disposal facilities",
    ),
    "urban-services": (
        "sharing city improvement practices",
        "the landscaping of parks and public spaces",
    ),
}

STATUS_WEIGHTS = {
    "proposed": 34,
    "under_discussion": 20,
    "planned": 15,
    "agreed": 13,
    "ongoing": 12,
    "completed": 6,
}

TOPICS = (
    "the manufacturing sector",
    "agriculture",
    "construction",
    "mechanical engineering",
    "the agro-industrial complex",
    "housing construction",
    "energy",
    "education",
    "healthcare",
    "tourism",
    "logistics",
    "the timber industry",
    "public transport",
    "waste management",
)

FILLERS = (
    "{R} is an important and promising trade partner for Belarus within the Russian Federation.",
    "The parties noted the long-standing cooperation ties between the enterprises of Belarus "
    "and {R}.",
    "Direct contacts between senior executives ensure effective trade and economic interaction.",
    "The {ru_role} thanked the Belarusian side for the warm welcome and the constructive dialogue.",
    "Belarusian machine-building, food and light industry products are well known in the region.",
    "The sides stressed the importance of interregional cooperation for the Union State.",
    "There are a few subjects of the Belarusian commodity distribution network in the region.",
    "The visit is aimed at expanding the horizon of cooperation between Russia and Belarus.",
    "Meetings with Russian partners have become regular in recent years.",
    "According to the {by_role}, the existing potential allows the parties to significantly "
    "increase mutual trade.",
    "The delegation includes heads of large enterprises and agricultural holdings of the region.",
    "{R} is an industrial and agricultural hub.",
    "The {by_role} remarked that {R} has big achievements in the agricultural industry.",
    "Residents of the region know and love Belarusian food products and other goods.",
    "The parties agreed to keep in touch and to review the progress at their next meeting.",
    "Representatives of {R} had recently attended an industrial exhibition in Minsk, where they "
    "received comprehensive information about Belarus{a} potential.",
    "A business forum of companies from both countries was held as part of the visit.",
    "The {ru_role} noted that the region is interested in Belarusian experience in agriculture "
    "and urban development.",
    "Cooperation in education, culture and tourism was also on the agenda.",
    "The {by_role} invited the delegation of {R} to the Forum of Regions of Belarus and Russia.",
    "Special attention was paid to industrial cooperation and the supply of components.",
    "The sides noted that logistics has become one of the key issues in mutual trade.",
    "{R} has a well-developed transport infrastructure and a favorable investment climate.",
    "The {ru_role} visited several Belarusian enterprises during the trip.",
    "Both sides expressed confidence that the agreements reached would be implemented.",
    "The intergovernmental commission will consider the results of the talks.",
    "The {by_role} stressed that Belarus is ready to share its experience in the modernization "
    "of the housing and utilities sector.",
    "Student exchanges between universities of Belarus and {R} are also growing.",
    "The parties recalled that the two countries already had experience of working together on "
    "large projects.",
    "The parties also discussed the organization of Belarusian trade fairs in {capital}.",
    "Belarusian specialists will always be in demand in such projects.",
)
SPEECH_FILLERS = (
    "This is the need of the hour and in our mutual interest",
    "We are kin people and close cultures",
    "We are open for cooperation and are ready to do our best",
    "Our products come with modern, high-quality service",
    "I am confident that the decisions made today will contribute to the further development of "
    "mutually beneficial relations",
    "By joint efforts we will be able to make the desired progress and reach our goals",
    "There are specific objectives that have already been discussed at the level of our heads "
    "of state",
    "We are ready to compete in price and quality terms",
    "We have certain experience in these fields, I would even say certain achievements",
    "You know what we are capable of",
    "We value these partnership ties a lot",
    "Our task is to find new areas for partnership",
    "We want our specialists to work with their teams in Russia",
    "This is an interesting experience for both sides",
    "We will choose the most interesting projects that could be implemented with the support "
    "of the governments",
)

EXPORT_GOODS = (
    "tires",
    "potash fertilizers",
    "synthetic fibers",
    "freight vehicles",
    "footwear",
    "tractors",
    "dairy products",
    "meat products",
    "furniture",
    "buses",
    "agricultural machinery",
    "glass fiber",
    "sugar",
    "knitwear",
    "road-building machinery",
    "elevators",
    "refrigerators",
    "cheese",
)
IMPORT_GOODS = (
    "metal",
    "metal products",
    "rolled steel",
    "oil products",
    "grain",
    "timber",
    "coal",
    "chemical products",
    "electrical equipment",
    "cars",
    "paper",
    "fish",
    "vegetable oil",
    "equipment",
)


@dataclass(frozen=True)
class Style:
    """How one article prints apostrophes, quotation marks and paragraph breaks."""

    apostrophe: str
    open_quote: str
    close_quote: str
    separator: str


@dataclass(frozen=True)
class Person:
    """An official as one article writes them: the spelling and the post phrase used."""

    official: Official
    post: Post
    name: str
    lead: str
    side: str

    @property
    def pronoun(self) -> str:
        return "She" if self.official.female else "He"


@dataclass(frozen=True)
class Period:
    label: str
    start: str | None
    end: str | None
    year: int | None
    end_month: int | None

    def flow(self) -> Flow:
        result = Flow(label=self.label)
        if self.start:
            result["start"] = self.start
        if self.end:
            result["end"] = self.end
        return result


class Body:
    """The article text as it is being written, and every quoted span's offset in it."""

    def __init__(self, separator: str) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.separator = separator
        self.anchors: list[Anchor] = []
        self.paragraphs: list[tuple[int, int]] = []
        self._open: int | None = None

    def write(self, text: str, *quotes: str) -> list[Anchor]:
        """Append text; return an anchor for each quote, found inside this very text."""
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        anchors = []
        for quote in quotes:
            anchor = Anchor(quote, start + text.index(quote))
            self.anchors.append(anchor)
            anchors.append(anchor)
        return anchors

    def paragraph(self) -> None:
        self._close()
        if self.size:
            self.write(self.separator)
        self._open = self.size

    def _close(self) -> None:
        if self._open is not None and self.size > self._open:
            self.paragraphs.append((self._open, self.size))
        self._open = None

    def text(self) -> str:
        self._close()
        return "".join(self.parts)

    def settle(self, text: str) -> None:
        """Count, as the validator does, which occurrence of its words each anchor is."""
        for anchor in self.anchors:
            count, at = 0, -1
            while True:
                at = text.find(anchor.text, at + 1)
                if at < 0 or at > anchor.start:
                    break
                count += 1
            if not text.startswith(anchor.text, anchor.start):
                raise AssertionError(f"quote not at its offset: {anchor.text!r}")
            anchor.occurrence = count


def _weighted(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class ArticleWriter:
    """Writes one article and, alongside, the facts a careful curator would read out of it."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        curly = rng.random() < 0.6
        self.style = Style(
            apostrophe="’" if rng.random() < 0.7 else "'",
            open_quote="“" if curly else '"',
            close_quote="”" if curly else '"',
            separator="\n\n" if rng.random() < 0.35 else "\n",
        )
        self.body = Body(self.style.separator)
        self.mentioned: dict[str, bool] = {}
        self.written: dict[str, str] = {}
        self.keys: dict[str, int] = {}
        # Phrases (proposal nouns, canned sentences) already used here: a dict, never a set,
        # because nothing may depend on set order; only membership is asked.
        self.phrases_used: dict[str, bool] = {}
        self.officials: list[Value] = []
        self.enterprises: list[Value] = []
        self.meetings: list[Value] = []
        self.proposals: list[Value] = []
        self.trade_figures: list[Value] = []
        self.trade_goods: list[Value] = []
        self.twinning: list[Value] = []
        self.facts = 1
        self.meeting_key: str | None = None

        ru_official, ru_post = rng.choice(world.ru_people)
        if rng.random() < 0.1:
            by_official, by_post = world.lukashenko, PRESIDENT_BY
        else:
            by_official, by_post = rng.choice(world.by_people)
        self.ru = self.person(ru_official, ru_post, "RU")
        self.by = self.person(by_official, by_post, "BY")
        self.region = next(r for r in world.russian if r.key == ru_post.region)
        self.year = rng.randint(2014, 2024)

    # small helpers

    def apos(self, text: str) -> str:
        return text.replace("{a}", self.style.apostrophe)

    def person(self, official: Official, post: Post, side: str) -> Person:
        name = official.name
        if official.other_name and self.rng.random() < 0.45:
            name = official.other_name
        phrase = self.apos(self.rng.choice(post.phrases))
        return Person(official, post, name, f"{phrase} {name}", side)

    def key(self, base: str) -> str:
        """A key unique within this article (the validator's rule for facts)."""
        count = self.keys.get(base, 0) + 1
        self.keys[base] = count
        return base if count == 1 else f"{base}-{count}"

    def para(self, text: str, *quotes: str) -> list[Anchor]:
        """Start a paragraph with this text; anchors for the quotes in it."""
        self.body.paragraph()
        return self.body.write(text, *quotes)

    def speech(self, sentences: Sequence[str], attribution: str) -> str:
        quote = ". ".join(sentences)
        return f"{self.style.open_quote}{quote},{self.style.close_quote} {attribution}."

    def attribution(self, person: Person) -> str:
        return self.rng.choice(
            (
                f"{person.name} said",
                f"the {person.post.role} said",
                f"{person.name} noted",
                f"the {person.post.role} stressed",
                f"said {person.name}",
            )
        )

    def filler_speech(self, count: int) -> list[str]:
        return [s for s in self.rng.sample(SPEECH_FILLERS, count) if self.fresh(s)]

    def fresh(self, sentence: str) -> bool:
        """True the first time a canned sentence is used in this article."""
        if sentence in self.phrases_used:
            return False
        self.phrases_used[sentence] = True
        return True

    def mention(self, person: Person, anchor: Anchor) -> None:
        if person.official.key in self.mentioned:
            return
        self.mentioned[person.official.key] = True
        self.officials.append(
            {"official": person.official.key, "post": person.post.key, "quote": anchor}
        )
        self.facts += 1

    def enterprise_names(self, enterprises: Sequence[Enterprise]) -> list[str]:
        """How this article writes each enterprise: its name or an alias, the same throughout."""
        names = []
        for enterprise in enterprises:
            if enterprise.key not in self.written:
                self.written[enterprise.key] = self.rng.choice(
                    (enterprise.name, enterprise.name, *enterprise.aliases)
                )
            names.append(self.written[enterprise.key])
        return names

    def mention_enterprises(self, enterprises: Sequence[Enterprise], anchor: Anchor) -> None:
        for enterprise in enterprises:
            self.enterprises.append({"enterprise": enterprise.key, "quote": anchor})
            self.facts += 1

    def pick_enterprises(self, sector: str) -> list[Enterprise]:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3), weights=(45, 30, 15, 10))[0]
        chosen: list[Enterprise] = []
        if count:
            pool = [e for e in self.world.by_sector.get(sector, ()) if e.key not in self.written]
            chosen = rng.sample(pool, min(count, len(pool)))
        local = self.world.ru_by_region.get(self.region.key, [])
        if local and rng.random() < 0.15:
            partner = rng.choice(local)
            if partner.key not in self.written:
                chosen.append(partner)
        return chosen

    def money(self, large: bool = False) -> str:
        rng = self.rng
        if large or rng.random() < 0.06:
            return f"about ${number_text(rng.randint(11, 49) / 10)} billion"
        millions = number_text(rng.randint(15, 3000) / 10)
        form = rng.random()
        if form < 0.4:
            return f"${millions} million"
        if form < 0.58:
            return f"{rng.choice(('about', 'approximately', 'around'))} ${millions} million"
        if form < 0.7:
            return f"{rng.choice(('over', 'more than'))} ${millions} million"
        if form < 0.8:
            return f"up to ${millions} million"
        if form < 0.9:
            low = rng.randint(5, 300)
            return f"${low}-{low + rng.randint(2, 30)} million"
        if form < 0.96:
            return f"€{millions} million"
        return f"{number_text(rng.randint(11, 90) / 10)} billion Russian rubles"

    def trade_value(self, qualifier: str = "") -> str:
        millions = self.rng.randint(200, 25000) / 10
        if millions >= 1000:
            text = f"${number_text(round(millions / 1000, 1))} billion"
        else:
            text = f"${number_text(millions)} million"
        return f"{qualifier} {text}" if qualifier else text

    # the article

    def write(self) -> tuple[str, Doc]:
        rng, world = self.rng, self.world
        has_meeting = rng.random() < 0.85
        dateline = None
        if rng.random() < 0.35:
            dateline = rng.choice(("MOSCOW", "MOSCOW", "MINSK", self.region.capital.upper()))
        title = None
        if rng.random() < 0.45:
            title = self.title(has_meeting)
            self.body.paragraph()
            self.body.write(title)
            if rng.random() < 0.3:
                self.body.paragraph()
                self.body.write(
                    rng.choice(
                        (
                            "- 1",
                            f"• {rng.randint(2, 40)}\n• {rng.randint(7, 19)}:{rng.randint(10, 59)}",
                        )
                    )
                )
        elif rng.random() < 0.08:
            self.body.paragraph()
            self.body.write("Версия для печати\nРазмер шрифта:")
        figures = self.plan_trade()
        doc: Doc = {"article": "", "title": title}
        footer = rng.random() < 0.12
        if dateline or footer:
            doc["publisher"] = "BelTA"
        if dateline:
            doc["dateline"] = dateline

        day, month = rng.randint(1, 28), rng.randint(1, 12)
        date_mode = rng.choices(("stated", "inferred", "unknown"), weights=(20, 50, 30))[0]
        if date_mode == "inferred" and month == 12 and not any(p and p.year for _k, p in figures):
            month = rng.randint(1, 11)
        prefix = ""
        if dateline:
            published_day = min(day + rng.randint(0, 1), 28)
            stamp = f"{dateline}, {published_day} {MONTHS[month - 1]} (BelTA)"
            prefix = f"{stamp} – "
            doc["published"] = {
                "value": f"--{month:02d}-{published_day:02d}",
                "basis": "stated",
                "quote": stamp,
            }
        doc["region"] = self.region.key
        date, date_text, hint = self.meeting_date(date_mode, day, month, figures)
        self.lead(prefix, has_meeting, date, date_text)
        if hint:
            self.body.write(" " + hint)

        blocks: list[Callable[[], None]] = []
        count = rng.choices(range(2, 9), weights=(15, 20, 20, 15, 12, 10, 8))[0]
        if rng.random() < 0.05:
            blocks.append(self.import_substitution)
        for _ in range(count - len(self.proposals) - len(blocks)):
            blocks.append(self.proposal)
        for kind, period in figures:
            blocks.append(functools.partial(self.trade_figure, kind, period))
        if rng.random() < 0.4:
            blocks.append(functools.partial(self.goods, "exports"))
        if rng.random() < 0.25:
            blocks.append(functools.partial(self.goods, "imports"))
        if rng.random() < 0.18:
            blocks.append(self.twin)
        if rng.random() < 0.12 and self.by.official is not world.lukashenko:
            blocks.append(self.presidents)
        if rng.random() < 0.1 and world.ambassadors:
            blocks.append(self.ambassador)
        if rng.random() < 0.08 and world.by_governors:
            blocks.append(self.by_governor)
        if rng.random() < 0.25:
            blocks.append(self.visit)
        if rng.random() < 0.12 and world.state_bodies:
            blocks.append(self.state_body)
        if rng.random() < 0.2 and world.ru_by_region.get(self.region.key):
            blocks.append(self.local_enterprise)
        # Paragraphs without facts bring the text to 2-5 KB like the real articles; they are
        # shuffled in among the fact paragraphs (a fact paragraph is ~190 characters, a filler
        # one ~220), and the end is topped up only if the estimate fell short.
        target = rng.randint(2200, 4600)
        fillers = [f for f in rng.sample(FILLERS, len(FILLERS)) if self.fresh(f)]
        spare = target - self.body.size - 190 * len(blocks)
        blocks += [functools.partial(self.filler, fillers)] * max(0, spare // 220)
        rng.shuffle(blocks)
        for block in blocks:
            block()
        while fillers and self.body.size < target - 250:
            self.filler(fillers)
        if rng.random() < 0.06 and len(self.body.paragraphs) > 2:
            self.repeat()
        if footer:
            self.body.paragraph()
            self.body.write("BelTA – News from Belarus")

        text = self.body.text()
        self.body.settle(text)
        for name, items in (
            ("officials", self.officials),
            ("enterprises", self.enterprises),
            ("meetings", self.meetings),
            ("proposals", self.proposals),
            ("trade_figures", self.trade_figures),
            ("trade_goods", self.trade_goods),
            ("twinning", self.twinning),
        ):
            if items:
                doc[name] = items
        return text, doc

    def title(self, has_meeting: bool) -> str:
        region, rng = self.region.text, self.rng
        options = [
            f"Belarus, {region} discuss cooperation in {rng.choice(TOPICS)}",
            f"{self.region.short} invites Belarusian companies to take part in its programs",
            f"{self.by.name}: {region} is an important partner for Belarus",
        ]
        if has_meeting:
            options.append(f"Meeting with {self.ru.lead}")
        return rng.choice(options)

    def plan_trade(self) -> list[tuple[str, Period | None]]:
        """Trade figures are chosen first: the meeting's year may be inferred from them."""
        rng = self.rng
        count = rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
        kinds = rng.sample(("change", "change", "months", "range", "over", "total"), count)
        plans: list[tuple[str, Period | None]] = []
        for kind in kinds:
            year = self.year
            period: Period | None = None
            if kind == "change":
                shape = rng.random()
                if shape < 0.5:
                    end = rng.randint(2, 11)
                    period = Period(
                        f"January-{MONTHS[end - 1]} {year}",
                        f"{year}-01",
                        f"{year}-{end:02d}",
                        year,
                        end,
                    )
                elif shape < 0.7:
                    period = Period(
                        f"the first half of {year}", f"{year}-01", f"{year}-06", year, 6
                    )
                elif shape < 0.8:
                    period = Period(
                        f"the first quarter of {year}", f"{year}-01", f"{year}-03", year, 3
                    )
                else:
                    year -= 1
                    period = Period(str(year), f"{year}-01", f"{year}-12", year, 12)
            elif kind == "months":
                months = rng.randint(3, 11)
                period = Period(f"the past {months} months", None, None, None, None)
            elif kind in ("over", "total"):
                year -= 1
                period = Period(str(year), f"{year}-01", f"{year}-12", year, 12)
            plans.append((kind, period))
        return plans

    def meeting_date(
        self, mode: str, day: int, month: int, figures: list[tuple[str, Period | None]]
    ) -> tuple[Value, str, str]:
        """The meeting's date as curated, its words in the text, and any sentence giving a year.

        An inferred year always rests on something in the same text: the latest trade period
        quoted (a meeting after January-September 2017 in December is in 2017, one in March is
        in 2018), or a sentence that names the current year.
        """
        said = f"{day} {MONTHS[month - 1]}"
        if mode == "unknown":
            return None, "", ""
        if mode == "stated":
            if self.rng.random() < 0.25:
                return (
                    Flow(value=f"{self.year}-{month:02d}-{day:02d}", basis="stated"),
                    (f" on {said} {self.year}"),
                    "",
                )
            return Flow(value=f"--{month:02d}-{day:02d}", basis="stated"), f" on {said}", ""
        basis = next((p for _k, p in figures if p and p.year and p.end_month), None)
        if basis is not None and basis.year is not None and basis.end_month is not None:
            year = basis.year if month > basis.end_month else basis.year + 1
            when = "later that year" if year == basis.year else "in the following year"
            note = (
                f"Day and month stated ({said}); the year is not. Inferred as {year}: the latest "
                f"trade figure quoted is for {basis.label}, so the meeting came {when}."
            )
            hint = ""
        else:
            year = self.year
            later = MONTHS[self.rng.randint(month, 11)]
            hint = self.rng.choice(
                (
                    f"The next meeting of the working group is scheduled for {later} {year}, "
                    "later this year.",
                    f"{self.region.text} will host Belarusian Days later this year, in {later} "
                    f"{year}.",
                )
            )
            note = (
                f"Day and month stated ({said}); the year is not. Inferred as {year} from the "
                f"article's reference to {later} {year} as later this year."
            )
        return (
            {"value": f"{year}-{month:02d}-{day:02d}", "basis": "inferred", "note": note},
            (f" on {said}"),
            hint,
        )

    def lead(self, prefix: str, has_meeting: bool, date: Value, when: str) -> None:
        """The opening paragraph: who met whom, where and when (or an interview, no meeting)."""
        rng, by, ru = self.rng, self.by, self.ru
        region, apostrophe = self.region.text, self.style.apostrophe
        self.body.paragraph()
        topics = rng.sample(TOPICS, 3)
        if not has_meeting:
            if rng.random() < 0.5:
                text = (
                    f"{prefix}{ru.lead} told BelTA that {region} is interested in expanding "
                    f"cooperation with Belarusian enterprises. {by.lead} noted that Belarus is "
                    "ready to meet the needs of the region."
                )
            else:
                text = (
                    f"{prefix}In an interview with BelTA, {by.lead} spoke about cooperation with "
                    f"Russia{apostrophe}s {region}. {ru.lead} has repeatedly expressed interest "
                    "in Belarusian technologies."
                )
            by_anchor, ru_anchor = self.body.write(text, by.lead, ru.lead)
            self.mention(by, by_anchor)
            self.mention(ru, ru_anchor)
            return
        place, where = None, ""
        if rng.random() < 0.4:
            place = "Minsk" if rng.random() < 0.6 else self.region.capital
            where = f" in {place}"
        form = rng.randrange(4)
        invite = ""
        if form == 0:
            meeting = f"met with {ru.lead}{where}{when}"
            text = (
                f"{prefix}{by.lead} {meeting}. The parties discussed cooperation in "
                f"{join_words(topics)}."
            )
            by_quote, ru_quote = f"{by.lead} met with", f"{ru.lead}{where}{when}"
        elif form == 1:
            meeting = (
                f"{ru.lead} and {by.lead} have discussed promising areas of cooperation"
                f"{where}{when}"
            )
            text = f"{prefix}{meeting}."
            by_quote, ru_quote = by.lead, meeting
        elif form == 2:
            invite = (
                f"{by.lead} invites Russia{apostrophe}s {region} to enhance cooperation in "
                f"{join_words(topics, oxford=True)}"
            )
            meeting = f"the meeting with {ru.lead}{where}{when}"
            text = f"{prefix}{invite}. {by.pronoun} made the statement at {meeting}."
            by_quote, ru_quote = invite, meeting
        else:
            meeting = f"the talks with {ru.lead}{where}{when}"
            text = (
                f"{prefix}{region} is interested in expanding cooperation with Belarus in "
                f"{join_words(topics[:2])}, {by.lead} told reporters following {meeting}."
            )
            by_quote, ru_quote = f"{by.lead} told reporters", meeting
        anchors = self.body.write(text, meeting, by_quote, ru_quote, by.lead, ru.lead)
        self.mention(by, anchors[3])
        self.mention(ru, anchors[4])
        self.meeting_key = self.key(
            f"{slug(by.official.name.split()[-1])}-{slug(ru.official.name.split()[-1])}"
            f"-{slug(self.region.short)}"
        )
        entry: Doc = {"key": self.meeting_key}
        if date is not None:
            entry["date"] = date
        entry["place"] = place
        entry["regions"] = [self.region.key]
        entry["quote"] = anchors[0]
        by_entry: Doc = {
            "official": by.official.key,
            "post": by.post.key,
            "side": "BY",
            "quote": anchors[1],
        }
        ru_entry: Doc = {
            "official": ru.official.key,
            "post": ru.post.key,
            "side": "RU",
            "quote": anchors[2],
        }
        entry["participants"] = [by_entry, ru_entry]
        self.meetings.append(entry)
        self.facts += 3
        if invite:
            self.add_proposal(
                base=f"{slug(self.region.short)}-cooperation-{slug(topics[0])}",
                title=f"Enhance cooperation with {region} in {join_words(topics)}",
                sector="general",
                status="proposed",
                proposed_by=by.official.key,
                side="BY",
                enterprises=[],
                amount=None,
                anchor=anchors[2] if by_quote != invite else anchors[1],
                meeting=True,
            )

    def add_proposal(
        self,
        *,
        base: str,
        title: str,
        sector: str,
        status: str,
        proposed_by: str | None,
        side: str | None,
        enterprises: Sequence[Enterprise],
        amount: str | None,
        anchor: Anchor,
        meeting: bool,
        region: str | None = "",
    ) -> None:
        entry: Doc = {
            "key": self.key(base),
            "title": title,
            "sector": sector,
            "status": status,
            "proposed_by": proposed_by,
            "proposed_by_side": side,
        }
        if meeting and self.meeting_key:
            entry["meeting"] = self.meeting_key
        entry["region"] = self.region.key if region == "" else region
        entry["enterprises"] = [e.key for e in enterprises]
        entry["amount"] = amount
        entry["quote"] = anchor
        self.proposals.append(entry)
        self.facts += 1

    def proposal(self) -> None:
        """One proposal paragraph: narrative, or in the words of one of the two officials."""
        rng = self.rng
        sector = _weighted(rng, SECTOR_WEIGHTS)
        nouns = [n for n in PROPOSAL_NOUNS[sector] if n not in self.phrases_used]
        if not nouns:
            sector = "general"
            nouns = [n for n in PROPOSAL_NOUNS[sector] if n not in self.phrases_used]
            nouns = nouns or list(PROPOSAL_NOUNS[sector])
        noun = rng.choice(nouns)
        self.phrases_used[noun] = True
        status = _weighted(rng, STATUS_WEIGHTS)
        enterprises = self.pick_enterprises(sector)
        names = self.enterprise_names(enterprises)
        listed = join_words(names, oxford=rng.random() < 0.3) if names else ""
        what = noun
        if listed:
            what += rng.choice((" by ", " involving ", " with the participation of ")) + listed
        amount = None
        if status != "ongoing" and rng.random() < 0.3:
            amount = self.money()
            what += rng.choice((" worth ", " estimated at ", " with investment of ")) + amount
        speaker = None
        if rng.random() < 0.4:
            speaker = self.by if rng.random() < 0.65 else self.ru
        core, proposed_by, side = self.proposal_sentence(status, what, speaker)
        if speaker is not None:
            sentences = [core, *self.filler_speech(rng.randint(0, 2))]
            if rng.random() < 0.3:
                sentences.reverse()
            text = self.speech(sentences, self.attribution(speaker))
        else:
            text = f"{core}."
            fillers = [f for f in rng.sample(FILLERS, 1) if self.fresh(f)]
            if fillers and rng.random() < 0.4:
                text += " " + self.fill(fillers[0])
        quotes = (core, listed) if listed else (core,)
        anchors = self.para(text, *quotes)
        if listed:
            self.mention_enterprises(enterprises, anchors[1])
        title = noun[0].upper() + noun[1:]
        if names:
            title += f" by {join_words(names)}"
        self.add_proposal(
            base=f"{slug(self.region.short)}-{short_slug(re.sub(r'^(?:the|an?) ', '', noun), 40)}",
            title=f"{title} ({self.region.text})",
            sector=sector,
            status=status,
            proposed_by=proposed_by,
            side=side,
            enterprises=enterprises,
            amount=amount,
            anchor=anchors[0],
            meeting=status in ("proposed", "under_discussion", "agreed") and rng.random() < 0.85,
        )

    def proposal_sentence(
        self, status: str, what: str, speaker: Person | None
    ) -> tuple[str, str | None, str | None]:
        """The words of a proposal, with who proposed it and from which side, by status."""
        rng, short = self.rng, self.region.short
        options: tuple[tuple[str, str | None, str | None], ...]
        if speaker is not None:
            key, side = speaker.official.key, speaker.side
            options = {
                "proposed": (
                    (f"We are ready to offer {what}", key, side),
                    (f"We propose {what}", key, side),
                    (f"We invite our partners to consider {what}", key, side),
                ),
                "under_discussion": (
                    (f"Today we discussed {what}", None, "both"),
                    (f"We are studying {what}", None, "both"),
                ),
                "planned": (
                    (f"We plan to start {what} this year", key, side),
                    (f"Next year we intend to launch {what}", key, side),
                ),
                "agreed": (
                    (f"We have agreed on {what}", None, "both"),
                    (f"We have a contract for {what}", None, "both"),
                ),
                "ongoing": (
                    (f"We are already working on {what}", None, None),
                    (f"{what[0].upper()}{what[1:]} is already under way", None, None),
                ),
                "completed": ((f"We have completed {what}", None, None),),
            }[status]
        else:
            by, ru = self.by, self.ru
            options = {
                "proposed": (
                    (f"{by.name} proposed {what}", by.official.key, "BY"),
                    (f"{short} invites Belarusian companies to take part in {what}", None, "RU"),
                    (f"The Belarusian side offered {what}", None, "BY"),
                    (f"{ru.name} suggested {what}", ru.official.key, "RU"),
                ),
                "under_discussion": (
                    (f"The parties discussed {what}", None, "both"),
                    (f"The agenda also included {what}", None, "both"),
                    (f"The sides are studying options for {what}", None, "both"),
                ),
                "planned": (
                    (f"The parties plan to launch {what} next year", None, "both"),
                    (f"{short} intends to start {what}", None, "RU"),
                    (f"Belarus plans to expand {what}", None, "BY"),
                ),
                "agreed": (
                    (f"The parties agreed on {what}", None, "both"),
                    (f"An agreement was signed on {what}", None, "both"),
                    (f"A contract has been concluded for {what}", None, "both"),
                ),
                "ongoing": (
                    (f"Work is already under way on {what}", None, None),
                    (f"{short} and Belarus are already cooperating on {what}", None, None),
                ),
                "completed": (
                    (f"The project on {what} has been completed", None, None),
                    (f"Last year saw the completion of {what}", None, None),
                ),
            }[status]
        return rng.choice(options)

    def import_substitution(self) -> None:
        """A Belarus–Russia-wide agreement: the one kind of proposal with no region."""
        amount = self.money(large=True)
        core = f"Russia will earmark {amount} for import substitution programs in Belarus"
        (anchor,) = self.para(f"{core}, the parties recalled.", core)
        self.add_proposal(
            base="russia-import-substitution-programs-belarus",
            title=f"Russia to earmark {amount} for import substitution programs in Belarus",
            sector="industry",
            status="agreed",
            proposed_by=None,
            side="both",
            enterprises=[],
            amount=amount,
            anchor=anchor,
            meeting=False,
            region=None,
        )

    def trade_figure(self, kind: str, period: Period | None) -> None:
        """A trade figure in one of the shapes the seeds show (point, range, approximate)."""
        rng, region, apostrophe = self.rng, self.region.text, self.style.apostrophe
        flow = _weighted(rng, {"turnover": 60, "exports": 25, "imports": 15})
        change: str | None = None
        compared: Period | None = None
        note: str | None = None
        text = ""
        if kind == "change" and period is not None and period.year and period.end_month:
            flow_words = {
                "turnover": rng.choice(
                    (
                        f"the trade turnover of Belarus and Russia{apostrophe}s {region}",
                        f"trade between Belarus and {region}",
                    )
                ),
                "exports": f"Belarusian exports to {region}",
                "imports": f"Belarusian imports from {region}",
            }[flow]
            before = period.year - 1
            if period.label == str(period.year):
                compared = Period(str(before), f"{before}-01", f"{before}-12", before, 12)
            else:
                compared = Period(
                    f"the same period of {before}",
                    f"{before}-01",
                    f"{before}-{period.end_month:02d}",
                    before,
                    period.end_month,
                )
            percent = number_text(rng.randint(5, 650) / 10)
            value = self.trade_value()
            if rng.random() < 0.15:
                verb = rng.choice(("went down", "decreased by", "fell by"))
                note = (
                    f"The text states a decrease of {percent}%; change_pct is left empty because "
                    "the quote gives the fall without a sign."
                )
            else:
                verb = rng.choice(("went up", "increased by", "grew by", "rose by"))
                change = percent
            core = (
                f"In {period.label}, {flow_words} {verb} {percent}% to {value} compared with "
                f"{compared.label}"
            )
            text = f"{core}."
        elif kind == "months" and period is not None:
            flow = "turnover"
            value = self.trade_value(rng.choice(("approximately", "about")))
            core = f"Our trade turnover over {period.label} was {value}"
            sentences = [core, *self.filler_speech(1)]
            text = self.speech(sentences, self.attribution(self.by))
        elif kind == "range":
            flow, period = "turnover", None
            low = rng.randint(40, 900)
            value = f"${low}-{low + rng.randint(3, 25)} million"
            core = f"mutual trade ({value}), we still see a good growth"
            note = "Period not stated; the text adds that trade is growing."
            sentence = f"Even though we have not reached great results in terms of {core}"
            text = self.speech([sentence, *self.filler_speech(1)], self.attribution(self.by))
        elif period is not None:
            if kind == "over":
                flow = "turnover"
                value = f"{rng.choice(('over', 'more than'))} {self.trade_value()}"
                core = f"In {period.label}, trade between Belarus and {region} amounted to {value}"
            else:
                value = self.trade_value()
                core = {
                    "turnover": f"Bilateral trade reached {value} in {period.label}",
                    "exports": f"In {period.label}, Belarusian exports to the region "
                    f"totaled {value}",
                    "imports": f"Belarus{apostrophe} imports from {region} amounted to {value} in "
                    f"{period.label}",
                }[flow]
            text = f"{core}."
        else:
            raise AssertionError(f"no period for a {kind} trade figure")
        (anchor,) = self.para(text, core)
        label = period.label if period else "mutual trade"
        entry: Doc = {
            "key": self.key(f"{slug(self.region.short)}-{flow}-{short_slug(label, 32)}"),
            "flow": flow,
            "period": period.flow() if period else None,
            "value": value,
            "change_pct": Raw(change) if change else None,
            "compared_with": compared.flow() if compared else None,
        }
        if note:
            entry["note"] = note
        entry["quote"] = anchor
        self.trade_figures.append(entry)
        self.facts += 1

    def goods(self, direction: str) -> None:
        rng, region = self.rng, self.region.text
        pool = EXPORT_GOODS if direction == "exports" else IMPORT_GOODS
        count = rng.randint(2, 5) if direction == "exports" else rng.randint(1, 3)
        goods = rng.sample(pool, count)
        listed = join_words(goods)
        if direction == "exports":
            core = rng.choice(
                (
                    f"Major exports of Belarus were {listed}",
                    f"Belarus mainly supplies {listed} to {region}",
                    f"The main Belarusian exports to the region are {listed}",
                )
            )
        else:
            core = rng.choice(
                (
                    f"Belarus imports {listed} from {region}",
                    f"The region supplies {listed} to Belarus",
                    f"Major imports from the region include {listed}",
                )
            )
        (anchor,) = self.para(f"{core}.", core)
        entry: Doc = {"direction": direction, "goods": goods, "quote": anchor}
        self.trade_goods.append(entry)
        self.facts += len(goods)

    def twin(self) -> None:
        """Twinning of districts: signed, or planned for a stated year or quarter."""
        rng, world = self.rng, self.world
        region, apostrophe = self.region.text, self.style.apostrophe
        partner = rng.choice(world.belarusian[:6])
        count = rng.randint(2, 20)
        said = NUMBER_WORDS[count] if count <= 12 and rng.random() < 0.6 else str(count)
        shape = rng.random()
        entry: Doc = {"key": self.key(f"{slug(self.region.short)}-{partner.key}-twinning")}
        if shape < 0.35:
            core = (
                f"{said.capitalize()} districts of {region} have already signed twinning "
                f"agreements with districts of {partner.name}"
            )
            text = f"{core}."
            entry |= {"status": "signed", "count": count}
            entry["regions"] = [self.region.key, partner.key]
        elif shape < 0.6:
            core = (
                f"{said.capitalize()} districts of Russia{apostrophe}s {region} and {said} "
                f"districts of Belarus{apostrophe} {partner.name} will sign twinning agreements "
                f"in {self.year}"
            )
            text = f"{core}."
            entry |= {"status": "planned", "count": count}
            entry["regions"] = [self.region.key, partner.key]
            entry["date"] = Flow(value=str(self.year), basis="stated")
        elif shape < 0.8:
            quarter = rng.randint(1, 4)
            core = (
                f"The remaining twinning agreements with districts of {partner.name} are to be "
                f"signed in the {ORDINALS[quarter - 1]} quarter of {self.year}"
            )
            text = f"{core}."
            entry["status"] = "planned"
            entry["regions"] = [self.region.key, partner.key]
            entry["date"] = Flow(value=f"{self.year}-Q{quarter}", basis="stated")
        else:
            core = f"we have signed twinning agreements between {count} municipalities"
            sentences = [f"Today we discussed such a proposal: {core}", *self.filler_speech(1)]
            text = self.speech(sentences, self.attribution(self.ru))
            entry |= {"status": "signed", "count": count}
        (anchor,) = self.para(text, core)
        entry["quote"] = anchor
        self.twinning.append(entry)
        self.facts += 1

    def presidents(self) -> None:
        world = self.world
        quote = "presidents of Belarus and Russia, Aleksandr Lukashenko and Vladimir Putin"
        text = (
            f"The {self.ru.post.role} recalled that the {quote}, set the task of developing "
            "cooperation ties between enterprises and moving away from simple trade."
        )
        (anchor,) = self.para(text, quote)
        for official, post, side in (
            (world.lukashenko, PRESIDENT_BY, "BY"),
            (world.putin, PRESIDENT_RU, "RU"),
        ):
            self.mention(Person(official, post, official.name, official.name, side), anchor)

    def extra_official(self, people: Sequence[tuple[Official, Post]], template: str) -> None:
        """One more Belarusian official named in passing (an ambassador, an oblast governor)."""
        official, post = self.rng.choice(people)
        if official.key in self.mentioned or official is self.by.official:
            return
        person = self.person(official, post, "BY")
        text = template.format(lead=person.lead, R=self.region.text)
        (anchor,) = self.para(text, person.lead)
        self.mention(person, anchor)

    def ambassador(self) -> None:
        self.extra_official(self.world.ambassadors, "{lead} also took part in the talks.")

    def by_governor(self) -> None:
        self.extra_official(
            self.world.by_governors,
            "{lead} noted that Belarusian regions are ready to expand direct ties with {R}.",
        )

    def named_enterprises(self, pool: Sequence[Enterprise], template: str, most: int) -> None:
        """A sentence naming enterprises outside any proposal (a visit, talks at a ministry)."""
        fresh = [e for e in pool if e.key not in self.written]
        if not fresh:
            return
        chosen = self.rng.sample(fresh, min(len(fresh), self.rng.randint(1, most)))
        listed = join_words(self.enterprise_names(chosen))
        (anchor,) = self.para(template.format(listed=listed, short=self.region.short), listed)
        self.mention_enterprises(chosen, anchor)

    def visit(self) -> None:
        sector = _weighted(self.rng, SECTOR_WEIGHTS)
        self.named_enterprises(
            self.world.by_sector.get(sector, []),
            self.rng.choice(
                (
                    "The delegation will also visit {listed}.",
                    "The guests are expected to tour {listed}.",
                )
            ),
            2,
        )

    def state_body(self) -> None:
        self.named_enterprises(self.world.state_bodies, "Talks were also held at the {listed}.", 1)

    def local_enterprise(self) -> None:
        self.named_enterprises(
            self.world.ru_by_region.get(self.region.key, []),
            "The {short} enterprise {listed} is interested in cooperation with Belarusian "
            "partners.",
            1,
        )

    def fill(self, template: str) -> str:
        return template.format(
            R=self.region.text,
            ru_role=self.ru.post.role,
            by_role=self.by.post.role,
            a=self.style.apostrophe,
            capital=self.region.capital,
        )

    def filler(self, fillers: list[str]) -> None:
        """A paragraph with no facts in it, to bring the article to a realistic length."""
        rng = self.rng
        text = ""
        if rng.random() < 0.3:
            sentences = self.filler_speech(rng.randint(1, 2))
            if sentences:
                speaker = self.by if rng.random() < 0.6 else self.ru
                text = self.speech(sentences, self.attribution(speaker))
        if not text and fillers:
            take = min(len(fillers), rng.randint(1, 3))
            text = " ".join(self.fill(fillers.pop()) for _ in range(take))
        if text:
            self.body.paragraph()
            self.body.write(text)

    def repeat(self) -> None:
        """Print a run of paragraphs twice, as pages sometimes do; facts stay on the first copy."""
        paragraphs = self.body.paragraphs
        text = self.body.text()
        first = self.rng.randrange(len(paragraphs) // 2, len(paragraphs))
        last = min(first + self.rng.randint(0, 2), len(paragraphs) - 1)
        self.body.paragraph()
        self.body.write(text[paragraphs[first][0] : paragraphs[last][1]])


def make_article(world: World, seed: int, index: int, width: int) -> tuple[str, str, str, int]:
    """One article: its file stem, its text, its facts as YAML, and its number of facts."""
    writer = ArticleWriter(world, random.Random(f"coopdb-bench/{seed}/article/{index}"))
    text, doc = writer.write()
    stem = f"{index:0{width}d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}"
    doc["article"] = f"{stem}.txt"
    return stem, text, dump(doc), writer.facts


def prepare(out: Path, force: bool) -> str | None:
    """Make the output folder ready; return why not, if it cannot be used.

    With ``--force`` only files this script writes are removed (shared files and
    ``NNNNNN_<hex>`` articles), so a smaller corpus never inherits articles from a larger one.
    """
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
    world = World.build(args.articles, args.seed)
    for name, content in (
        ("regions.yaml", regions_yaml(world)),
        ("officials.yaml", officials_yaml(world)),
        ("enterprises.yaml", enterprises_yaml(world)),
    ):
        data = content.encode()
        if len(data) > MAX_SHARED_BYTES:
            raise SystemExit(f"make_corpus: {name} would be {len(data):,} bytes, too large")
        (args.out / name).write_bytes(data)
    width = max(6, len(str(max(args.articles - 1, 0))))
    facts = 0
    for index in range(args.articles):
        stem, text, curated, count = make_article(world, args.seed, index, width)
        (args.out / f"{stem}.txt").write_bytes(text.encode())
        (args.out / f"{stem}.yaml").write_bytes(curated.encode())
        facts += count
    seconds = time.perf_counter() - started
    print(
        f"{args.articles} articles, ~{facts} facts, {len(world.officials)} officials,"
        f" {len(world.enterprises)} enterprises, {len(world.regions)} regions"
        f" in {seconds:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
