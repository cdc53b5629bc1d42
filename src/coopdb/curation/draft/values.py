"""Numbers, periods and dates as the text writes them, each checked by the parser that
``coopdb check`` uses for it, so a drafted value is one the loader reads the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coopdb.amounts import NUMBER, QUALIFIER, SCALE, parse_amount
from coopdb.changes import parse_change
from coopdb.curation.draft.text import Span, span
from coopdb.dates import parse_partial_date
from coopdb.periods import PeriodReading, read_period_label
from coopdb.quantities import parse_quantity

ValueKind = Literal["money", "percentage", "change", "quantity", "period", "date"]


@dataclass(frozen=True)
class Value:
    """A value as written (``text``) and what the parser made of it (``value``)."""

    kind: ValueKind
    text: Span
    value: str
    flag: str | None = None
    """Why a curator must look twice ("year not stated")."""
    period: PeriodReading | None = None
    unit: str | None = None


_SYMBOL = r"(?:US\$|\$|€|₽|\b(?:USD|EUR|RUB|BYN)\b)"
_CURRENCY_WORD = (
    r"(?:US\s+dollars|dollars|euros|Russian\s+(?:rubles|roubles)|Belarusian\s+(?:rubles|roubles)"
    r"|rubles|roubles)\b"
)
_DASH = r"(?:-|–|—|\bto\b|\band\b)"
_MONEY = re.compile(
    rf"""(?<![\w$])(?:(?:{QUALIFIER})\s+)?(?:(?:from|between)\s+)?
    (?:{_SYMBOL}\s*{NUMBER}(?:\s*{SCALE})?(?:\s*{_DASH}\s*{_SYMBOL}?\s*{NUMBER}(?:\s*{SCALE})?)?
       (?:\s+{_CURRENCY_WORD})?
     |{NUMBER}(?:\s*{SCALE})?(?:\s*{_DASH}\s*{NUMBER}(?:\s*{SCALE})?)?\s+{_CURRENCY_WORD})""",
    re.IGNORECASE | re.VERBOSE,
)
_PERCENT = re.compile(
    rf"""(?<![\w.])(?:(?:{QUALIFIER})\s+)?(?:(?:from|between)\s+)?
    \d+(?:[.,]\d+)?(?:\s*%|[\s-]*per\s*cent\b|[\s-]*percent\b)?
    (?:\s*(?:-|–|—|\bto\b|\band\b)\s*\d+(?:[.,]\d+)?)?(?:\s*%|[\s-]*per\s*cent\b|[\s-]*percent\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_CHANGE_VERB = re.compile(
    r"\b(?:went\s+up|went\s+down|rose|grew|increased|decreased|declined|dropped|fell|added|"
    r"reduced|shrank|contracted|jumped|soared|surged|slumped|plunged|up|down|growth|increase|"
    r"decrease|decline|drop|rise)\b",
    re.IGNORECASE,
)
_MULTIPLIED = re.compile(
    rf"\b(?:(?:{QUALIFIER})\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b"
    rf"|\b(?:(?:{QUALIFIER})\s+)?\d+(?:\.\d+)?(?:\s*-?\s*fold\b|\s+times\b)",
    re.IGNORECASE,
)


def plain(number: object) -> str:
    """A decimal as digits, without trailing zeros after the point."""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _parsed_money(body: str, match: re.Match[str]) -> Value | None:
    found = span(body, match.start(), match.end())
    try:
        amount = parse_amount(found.text)
    except ValueError:
        return None
    return Value("money", found, f"{amount.currency} {plain(amount.best)} ({amount.qualifier})")


_ONE_AMOUNT = re.compile(
    rf"""(?<![\w$])(?:(?:{QUALIFIER})\s+)?
    (?:{_SYMBOL}\s*{NUMBER}(?:\s*{SCALE})?(?:\s+{_CURRENCY_WORD})?
     |{NUMBER}(?:\s*{SCALE})?\s+{_CURRENCY_WORD})""",
    re.IGNORECASE | re.VERBOSE,
)


def money(body: str) -> list[Value]:
    """Money with its qualifier words ("approximately $108 million", "$205-210 million"); what
    reads as a range but is two amounts ("BYN 10 million and €15 million") is two."""
    found: list[Value] = []
    for match in _MONEY.finditer(body):
        value = _parsed_money(body, match)
        if value is not None:
            found.append(value)
            continue
        for single in _ONE_AMOUNT.finditer(body, match.start(), match.end()):
            value = _parsed_money(body, single)
            found += [value] if value is not None else []
    return found


def _change_at(body: str, sentence: Span, number: Span) -> Value | None:
    """The change a percentage or multiplier is part of, from its verb ("went up 40.5%")."""
    before = body[sentence.start : number.start]
    verbs = list(_CHANGE_VERB.finditer(before))
    if not verbs or len(before) - verbs[-1].start() > 40:
        return None
    start = sentence.start + verbs[-1].start()
    text = span(body, start, number.end)
    try:
        change = parse_change(text.text)
    except ValueError:
        return None
    best = "?" if change.best_pct is None else plain(change.best_pct)
    return Value("change", text, f"{change.direction} {best}% ({change.qualifier})")


def percentages(body: str, sentences: list[Span]) -> list[Value]:
    """Percentages, each with the change it states when a verb of change leads to it."""
    found: list[Value] = []
    for pattern in (_PERCENT, _MULTIPLIED):
        for match in pattern.finditer(body):
            number = span(body, match.start(), match.end())
            sentence = next((s for s in sentences if s.contains(number)), number)
            change = _change_at(body, sentence, number)
            if change is not None:
                found.append(change)
            elif pattern is _PERCENT:
                found.append(Value("percentage", number, number.text))
    return found


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_FULL_MONTHS = frozenset(name.lower() for name in _MONTH_NAMES.split("|")[:12])
_MONTHS = {name.lower(): n for n, name in enumerate(_MONTH_NAMES.split("|")[:12], 1)}
_MONTHS |= {name.lower(): n for n, name in enumerate(_MONTH_NAMES.split("|")[12:], 1)}
_MONTHS |= {"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_DATE_PATTERNS = (
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\.?"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    ),
    re.compile(
        rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:,\s+(?P<year>(?:19|20)\d\d)\b)?"
    ),
    re.compile(r"\b(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)\b"),
)


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[text.lower().rstrip(".")]


def dates(body: str) -> list[Value]:
    """Dates with a day: "14 October", "December 5, 2017", "05.12.2017". A day and month
    without a year is kept as --MM-DD and flagged: the year is the curator's to establish."""
    found: dict[int, Value] = {}
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(body):
            if match.start() in found:
                continue
            month, day = _month_number(match["month"]), int(match["day"])
            year = match["year"]
            value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            try:
                parse_partial_date(value)
            except ValueError:
                continue
            flag = None if year else "Day and month stated; the text gives no year."
            end = match.end()
            if body[end - 1] == "." and match["month"].lower() in _FULL_MONTHS:  # a full stop
                end -= 1
            found[match.start()] = Value("date", span(body, match.start(), end), value, flag)
    return sorted(found.values(), key=lambda v: v.text.start)


_PERIOD = re.compile(
    rf"""\b(?:
      (?:the\s+)?(?:same|corresponding)\s+period(?:\s+(?:of|in|last)\s+(?:\d{{4}}|year))?
     |(?:(?:from\s+)?(?:{_MONTH_NAMES})(?:\s*[-–—]\s*|\s+to\s+|\s+through\s+)(?:{_MONTH_NAMES})
        (?:,?\s+(?:of\s+)?(?:\d{{4}}|(?:this|last|next|the\s+current)\s+year))?)
     |(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+\d{{4}})?
     |(?:the\s+)?(?:first|second|1st|2nd)\s+half(?:\s+of)?(?:\s+(?:the\s+)?year)?(?:\s+\d{{4}})?
     |Q[1-4]\s+\d{{4}}|H[12]\s+\d{{4}}
     |(?:the\s+)?(?:first\s+)?(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)
        \s+months(?:\s+of\s+(?:\d{{4}}|this\s+year|last\s+year))?
     |(?:the\s+)?(?:past|last)\s+(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)
        \s+months
     |next\s+year\s+or\s+the\s+year\s+after(?:\s+the\s+next(?:\s+one)?)?
     |(?:this|last|next|the\s+current|the\s+past)\s+year
     |(?:through|until|till|by)\s+(?:the\s+end\s+of\s+)?\d{{4}}
     |(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def periods(body: str) -> list[Value]:
    """Period phrases the genre uses, each as ``read_period_label`` reads it (without the
    article's date, so relative ones keep their months and no interval)."""
    found: list[Value] = []
    for match in _PERIOD.finditer(body):
        label = span(body, match.start(), match.end())
        reading = read_period_label(label.text, None)
        if reading is None:
            continue
        value = reading.value or (f"{reading.months} months" if reading.months else "unknown")
        found.append(Value("period", label, value, period=reading))
    return found


_QUANTITY = re.compile(
    rf"""(?<![\w$.,])(?i:(?:{QUALIFIER})[ ]+)?
    (?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?|(?i:{NUMBER}))(?i:[ ]+{SCALE})?
    [ ]+(?:(?P<adjective>[A-Za-z][a-z-]+)[ ]+)?(?P<noun>[a-z]{{2,}}s|people)\b""",
    re.VERBOSE,
)
_NOT_COUNTED = frozenset(
    [
        "years",
        "months",
        "days",
        "weeks",
        "hours",
        "minutes",
        "seconds",
        "times",
        "percent",
        "per",
        "cent",
        "countries",
        "parties",
        "sides",
        "presidents",
        "leaders",
        "states",
        "ways",
        "decades",
        "centuries",
        "classes",
    ]
)


def singular(noun: str) -> str:
    """The singular of a plural noun, by the regular English rules."""
    lowered = noun.lower()
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|us)es$", lowered):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return lowered[:-1]
    return lowered


def quantities(body: str, taken: list[Span]) -> list[Value]:
    """Counted things ("20 municipalities", "six districts", "over 150 tractors"), not money,
    percentages, dates or durations (``taken`` holds those already found)."""
    found: list[Value] = []
    for match in _QUANTITY.finditer(body):
        text = span(body, match.start(), match.end())
        noun = match["noun"]
        number = match["number"]
        if noun.lower() in _NOT_COUNTED or (match["adjective"] or "").lower() in _NOT_COUNTED:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", number) or any(text.overlaps(t) for t in taken):
            continue
        if number.lower() in {"a", "an", "one"}:
            continue
        try:
            quantity = parse_quantity(text.text)
        except ValueError:
            continue
        value = f"{plain(quantity.best)} ({quantity.qualifier})"
        what = quantity.unit_words or noun
        found.append(Value("quantity", text, value, flag=what, unit=singular(noun)))
    return found


_DATELINE = re.compile(
    rf"^(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ .-]{{1,40}}[A-ZА-ЯЁ]),\s+"
    rf"(?P<date>[0-3]?\d\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+[0-3]?\d)"
    r"(?:\s*\((?P<outlet>[^()\n]{2,30})\))?",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    """ "VITEBSK, 14 October (BelTA)": the place, its date, and the outlet it names."""

    quote: Span
    place: str
    date: Value
    outlet: str | None


def dateline(body: str) -> Dateline | None:
    """The dateline at the article's head, when it has one ("MOSCOW, 16 March (BelTA)")."""
    match = _DATELINE.search(body[:400])
    if match is None:
        return None
    stated = dates(match.group())
    if not stated:
        return None
    own = stated[0]
    offset = match.start()
    date = Value(
        "date",
        Span(own.text.start + offset, own.text.end + offset, own.text.text),
        own.value,
        own.flag,
    )
    quote = span(body, match.start(), match.end())
    return Dateline(quote, match["place"], date, match["outlet"])
