"""Reading and validating a seeds folder: YAML → typed models → a resolved ``Corpus``.

Validation never stops at the first problem: it collects every one, each with the file, the
line and the field, so a curator fixes a whole file in one pass. Nothing here touches a
database; ``coopdb check`` is this module alone. Whatever it accepts, ``coopdb load`` loads:
every limit of the database (the range of a column's type, the size of an index entry or of a
tsvector, the characters text may hold) is a rule here, reported like any other problem.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import reprlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from coopdb.amounts import Amount, parse_amount, quote_supports
from coopdb.curation import corpus as c
from coopdb.curation import fastyaml, seedfiles
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder, TooManyEntriesError
from coopdb.dates import PartialDate, parse_partial_date

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MAX_INDEXED_CHARS = 500
"""Longest key or name. These are stored in unique indexes, whose entries PostgreSQL caps at
2,704 bytes: 500 characters of four UTF-8 bytes each stay below it, with room for the other
columns of the index."""
SIDES = ("BY", "RU")

STORED_NUMBERS = {
    "holdings.term": "smallint",
    "twinning_agreements.units_count": "integer",
    "trade_figures.change_pct": "numeric(7,2)",
    "trade_figures.value_low": "numeric(18,2)",
    "trade_figures.value_high": "numeric(18,2)",
    "proposals.amount_low": "numeric(18,2)",
    "proposals.amount_high": "numeric(18,2)",
}
"""The column each curated number is stored in, with its SQL type as ``coopdb.models`` declares
it (the tests prove that the two agree and that every numeric column fed from a curated file is
here). The types are spelt out rather than read from the models so that ``coopdb check`` needs
no SQLAlchemy (importing it costs more than checking a hundred articles)."""
_INTEGER_LIMITS = {"smallint": 2**15, "integer": 2**31, "bigint": 2**63}

_UNWANTED = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_ARTICLE_UNWANTED = re.compile(rf"[{_UNWANTED}]|\r(?!\n)")
"""What an article may not contain: control characters other than tab and line feed (a
terminal obeys them: ESC starts escape sequences) and a carriage return outside CRLF (it lets
text overwrite what a terminal has shown). CRLF line endings are kept, byte for byte."""
_VALUE_UNWANTED = re.compile(rf"[{_UNWANTED}\ud800-\udfff]|\r(?!\n)")
"""The same for a string in a YAML file, plus lone surrogates (escapes that are not text)."""


def _escapes() -> dict[int, str]:
    """Characters a problem line never prints raw: line breaks (one problem, one line), control
    characters (a terminal obeys them), bidirectional overrides (they reorder what a terminal
    shows) and lone surrogates (they cannot be printed)."""
    codes = [
        *range(0x00, 0x09),
        *range(0x0A, 0x20),
        *range(0x7F, 0xA0),
        0x2028,
        0x2029,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
    ]
    return {code: chr(code).encode("unicode_escape").decode("ascii") for code in codes}


_ESCAPES = _escapes()
_MAX_PROBLEM_CHARS = 1000


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a curated file, printable as one line."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )
        return fastyaml.shorten(text.translate(_ESCAPES), _MAX_PROBLEM_CHARS)


class CurationError(Exception):
    """The seeds folder has problems; ``problems`` lists all of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the curated files")
        self.problems = list(problems)


class _Brief(reprlib.Repr):
    """``repr`` cut to a few dozen characters and three levels, whatever the size of the value
    (ruamel's subclasses of str, dict and list included: reprlib would repr them whole)."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = self.maxother = self.maxlong = 80
        self.maxlevel, self.maxlist, self.maxdict = 3, 5, 5

    def repr1(self, x: Any, level: int) -> str:
        if isinstance(x, str):
            return self.repr_str(str(x[: self.maxstring + 1]), level)
        if isinstance(x, dict) and type(x) is not dict:
            return self.repr_dict(x, level)
        if isinstance(x, list) and type(x) is not list:
            return self.repr_list(x, level)
        return super().repr1(x, level)


brief = _Brief().repr
"""A size-limited ``repr`` for messages: never build one from a whole value."""


def _named(text: str) -> str:
    """A key or name for a message: quoted, and cut when long."""
    return f"'{fastyaml.shorten(text)}'"


# --- the file format ---------------------------------------------------------------------


class Spec(BaseModel):
    """Strict base: unknown fields are errors, so a misspelt key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Slug = Field(pattern=SLUG, max_length=MAX_INDEXED_CHARS)
Name = Annotated[str, Field(max_length=MAX_INDEXED_CHARS)]
"""A name the database indexes (a person's or an enterprise's names, a region's other names)."""


def _scalar_as_text(value: Any) -> Any:
    """A YAML scalar as the text it was written as (YAML reads 2017 as a number, 2017-12-05
    as a date: both mean the text); anything else is left for validation to refuse."""
    return str(value) if isinstance(value, (str, int, float, date)) else value


class DateSpec(Spec):
    value: str | None = None
    basis: Literal["stated", "inferred", "unknown"] | None = None
    note: str | None = None
    quote: str | None = None
    occurrence: int = Field(1, ge=1)

    @field_validator("value", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        return _scalar_as_text(value)


class RegionSpec(Spec):
    key: str = Slug
    name: str
    kind: Literal["country", "federal_city", "oblast", "district", "city"]
    country: str = Field(pattern=r"^[A-Z]{2}$")
    parent: str | None = None
    iso_code: str | None = Field(None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    other_names: list[Name] = []


class RegionsFile(Spec):
    regions: list[RegionSpec | None]


class PostSpec(Spec):
    key: str = Slug
    title: str
    body: str | None = None
    region: str


class HoldingSpec(Spec):
    post: str
    term: int = Field(1, ge=1)
    start: DateSpec | None = None
    end: DateSpec | None = None


class OfficialSpec(Spec):
    key: str = Slug
    name: Name
    other_names: list[Name] = []
    country: str = Field(pattern=r"^[A-Z]{2}$")
    holdings: list[HoldingSpec] = []


class OfficialsFile(Spec):
    posts: list[PostSpec | None]
    officials: list[OfficialSpec | None]


class SectorSpec(Spec):
    key: str = Slug
    name: str


class EnterpriseSpec(Spec):
    key: str = Slug
    name: Name
    aliases: list[Name] = []
    kind: Literal["company", "state_body", "other"] = "company"
    country: str = Field(pattern=r"^[A-Z]{2}$")
    region: str | None = None
    sector: str | None = None


class EnterprisesFile(Spec):
    sectors: list[SectorSpec | None]
    enterprises: list[EnterpriseSpec | None]


class Quoted(Spec):
    quote: str = Field(min_length=1)
    occurrence: int = Field(1, ge=1)


class OfficialMentionSpec(Quoted):
    official: str
    post: str | None = None


class EnterpriseMentionSpec(Quoted):
    enterprise: str
    region: str | None = None


class ParticipantSpec(Quoted):
    official: str
    post: str | None = None
    side: Literal["BY", "RU"]


class MeetingSpec(Quoted):
    key: str = Slug
    date: DateSpec | None = None
    place: str | None = None
    regions: list[str] | None = None
    participants: list[ParticipantSpec] = Field(min_length=1)


_UNSET = "\x00unset"


class ProposalSpec(Quoted):
    key: str = Slug
    title: str
    sector: str
    status: Literal["proposed", "under_discussion", "planned", "agreed", "ongoing", "completed"]
    proposed_by: str | None = None
    proposed_by_side: Literal["BY", "RU", "both"] | None = None
    meeting: str | None = None
    region: str | None = _UNSET
    enterprises: list[str] = []
    amount: str | None = None


class PeriodSpec(Spec):
    label: str | None = None
    start: str | None = None
    end: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        return _scalar_as_text(value)


class TradeFigureSpec(Quoted):
    key: str = Slug
    flow: Literal["turnover", "exports", "imports"]
    region: str | None = None
    period: PeriodSpec | None = None
    value: str
    change_pct: Decimal | None = None
    compared_with: PeriodSpec | None = None
    note: str | None = None


class TradeGoodsSpec(Quoted):
    direction: Literal["exports", "imports"]
    region: str | None = None
    goods: list[Name] = Field(min_length=1)


class TwinningSpec(Quoted):
    key: str = Slug
    status: Literal["planned", "signed"]
    count: int | None = Field(None, ge=1)
    regions: list[str] | None = None
    date: DateSpec | None = None


class ArticleFile(Spec):
    article: str
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: DateSpec | None = None
    region: str
    officials: list[OfficialMentionSpec | None] = []
    enterprises: list[EnterpriseMentionSpec | None] = []
    meetings: list[MeetingSpec | None] = []
    proposals: list[ProposalSpec | None] = []
    trade_figures: list[TradeFigureSpec | None] = []
    trade_goods: list[TradeGoodsSpec | None] = []
    twinning: list[TwinningSpec | None] = []


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for model in (
        DateSpec,
        RegionsFile,
        RegionSpec,
        PostSpec,
        HoldingSpec,
        OfficialSpec,
        OfficialsFile,
        SectorSpec,
        EnterpriseSpec,
        EnterprisesFile,
        OfficialMentionSpec,
        EnterpriseMentionSpec,
        ParticipantSpec,
        MeetingSpec,
        ProposalSpec,
        PeriodSpec,
        TradeFigureSpec,
        TradeGoodsSpec,
        TwinningSpec,
        ArticleFile,
    ):
        names.update(model.model_fields)
    return names


# --- reading YAML with line numbers ----------------------------------------------------------

Loc = tuple[str | int, ...]


class CuratedFile:
    """One YAML file: its parsed document, its text for line lookups, and its fingerprint."""

    def __init__(self, path: Path, display: str, doc: Any, text: str, raw: bytes) -> None:
        self.path = path
        self.display = display
        self.doc = doc
        self.text = text
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self._positions: Any = doc if isinstance(doc, CommentedMap) else None

    def _positioned(self) -> Any:
        """The document as ruamel reads it, with lines: parsed only when a problem needs one
        (the document was screened already, so ruamel is safe on it)."""
        if self._positions is None:
            try:
                self._positions = YAML(typ="rt").load(self.text)
            except Exception:  # lines are a courtesy: without them, no line
                self._positions = CommentedMap()
        return self._positions

    def line(self, loc: Loc) -> int | None:
        """The line of the deepest part of ``loc`` that exists in the document."""
        node, line = self._positioned(), 1
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line

    def problem(self, loc: Loc, message: str) -> Problem:
        return Problem(self.display, self.line(loc), field_path(loc), message)


def field_path(loc: Loc) -> str:
    """('meetings', 0, 'quote') → 'meetings[0].quote'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _display(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it.
    Only the folder is resolved: a link inside it is shown by its own name."""
    try:
        return str((_resolved(path.parent) / path.name).relative_to(_cwd()))
    except ValueError:
        return str(path)


@functools.cache
def _cwd() -> Path:
    return Path.cwd().resolve()


@functools.cache
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def read_yaml(path: Path, raw: bytes, problems: list[Problem]) -> CuratedFile | None:
    """Parse one YAML file's bytes; on failure add one problem and return None."""
    display = _display(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(
            Problem(display, 1, "", "file starts with a byte-order mark; save as UTF-8 without BOM")
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(
            Problem(display, line, "", f"not valid UTF-8 (byte 0x{raw[error.start]:02x})")
        )
        return None
    try:
        doc = fastyaml.load(text)
    except fastyaml.RefusedError as error:
        problems.append(Problem(display, error.line, "", error.message))
        return None
    except Exception:  # whatever libyaml refused, ruamel explains (or reads)
        doc = _ruamel_load(text, display, problems)
        if doc is _FAILED:
            return None
    if doc is None:
        problems.append(Problem(display, None, "", "file is empty"))
        return None
    if not isinstance(doc, dict):
        problems.append(Problem(display, 1, "", "expected a mapping of fields at the top level"))
        return None
    file = CuratedFile(path, display, doc, text, raw)
    return file if _screen_values(file, problems) else None


_FAILED = object()


def _ruamel_load(text: str, display: str, problems: list[Problem]) -> Any:
    """Parse with ruamel; on failure add one problem with its line and return ``_FAILED``.

    Its events are screened first (ruamel's composer recurses, and expands aliases), so what
    curated files never need is refused before ruamel builds anything.
    """
    try:
        fastyaml.screen(YAML(typ="rt").parse(text))
        return YAML(typ="rt").load(text)
    except fastyaml.RefusedError as error:
        problems.append(Problem(display, error.line, "", error.message))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        mark_line: int | None = mark.line + 1 if mark is not None else None
        problems.append(Problem(display, mark_line, "", f"invalid YAML: {_yaml_problem(error)}"))
    except ReaderError as error:  # a character YAML does not allow, e.g. a control character
        what = str(error).split("\n", 1)[0]
        line = text[: error.position].count("\n") + 1
        problems.append(Problem(display, line, "", f"invalid YAML: {fastyaml.shorten(what)}"))
    except YAMLError as error:
        what = fastyaml.shorten(" ".join(str(error).split()), 160)
        problems.append(Problem(display, None, "", f"invalid YAML: {what}"))
    except (ValueError, LookupError, TypeError, AttributeError) as error:  # from a constructor
        what = fastyaml.shorten(" ".join(str(error).split()), 160)
        problems.append(Problem(display, None, "", f"invalid YAML: {what}"))
    return _FAILED


def _yaml_problem(error: MarkedYAMLError) -> str:
    """ruamel's words for a problem, without the values it quotes whole (a repeated key's)."""
    what = " ".join(str(error.problem or error.context or "invalid YAML").split())
    if what.startswith("found duplicate key"):
        what = what.split('" with value "', 1)[0] + '"'
    return fastyaml.shorten(what, 160)


def _screen_values(file: CuratedFile, problems: list[Problem]) -> bool:
    """Report strings with characters text may not hold; False when the file must not be
    validated further: it is nested too deep or holds a huge number (one problem then), or
    holds lone surrogates (which nothing downstream can encode)."""
    screen = _ValueScreen(file)
    if "\\" in file.text:
        screen.node(file.doc, ())
    elif _too_deep(file.doc):  # no escapes, so no unwanted characters: only the depth to check
        screen.fatal = Problem(file.display, None, "", f"nested deeper than {MAX_DEPTH} levels")
    if screen.fatal:
        try:
            fastyaml.screen_text(file.text)  # finds the line without building anything
        except fastyaml.RefusedError as error:
            screen.fatal = Problem(file.display, error.line, "", error.message)
        problems.append(screen.fatal)
        return False
    problems.extend(screen.problems)
    return screen.usable


MAX_DEPTH = fastyaml.MAX_DEPTH


def _too_deep(doc: Any) -> bool:
    """Whether mappings and lists nest deeper than ``MAX_DEPTH`` (a walk over them alone:
    the cheap screen for a file without escapes, whose strings YAML already screened)."""
    level, depth = [doc], 1
    while level:
        if depth > MAX_DEPTH:
            return True
        below: list[Any] = []
        for node in level:
            values = node.values() if isinstance(node, dict) else node
            below += [value for value in values if isinstance(value, (dict, list))]
        level, depth = below, depth + 1
    return False


class _ValueScreen:
    """One walk over a parsed document; its recursion stops at ``fastyaml.MAX_DEPTH``."""

    def __init__(self, file: CuratedFile) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.fatal: Problem | None = None
        self.usable = True

    def node(self, node: Any, loc: Loc) -> None:
        if len(loc) >= MAX_DEPTH:
            message = f"nested deeper than {MAX_DEPTH} levels"
            self.fatal = Problem(self.file.display, None, "", message)
            return
        pairs: Iterable[tuple[Any, Any]] = (
            node.items() if isinstance(node, dict) else enumerate(node)
        )
        for name, value in pairs:
            if not (_small(name) and _small(value)):
                self.fatal = self.file.problem(
                    loc,
                    f"a number of more than {fastyaml.MAX_NUMBER_DIGITS} digits"
                    " (no curated number needs so many)",
                )
                return
            key = name
            if isinstance(node, dict) and not isinstance(name, str):
                key = brief(name)
            elif isinstance(node, dict):
                self.text(loc, name, "a key")
            here = (*loc, key)
            if isinstance(value, (dict, list)):
                self.node(value, here)
            elif isinstance(value, str):
                self.text(here, value, "")
            if self.fatal:
                return

    def text(self, loc: Loc, value: str, what: str) -> None:
        unwanted = _VALUE_UNWANTED.search(value)
        if unwanted is None:
            return
        found = unwanted.group()
        if "\ud800" <= found <= "\udfff":
            self.usable = False
            advice = "write the character itself, not its UTF-16 escapes"
        else:
            advice = "curated text holds printable characters, tabs and line breaks only"
        subject = f"{what} contains" if what else "contains"
        self.problems.append(self.file.problem(loc, f"{subject} {_describe(found)}; {advice}"))


def _small(value: Any) -> bool:
    """False for an integer too long to print (Python refuses to print 4,300 digits)."""
    return not isinstance(value, int) or abs(value) < 10**fastyaml.MAX_NUMBER_DIGITS


def _describe(found: str) -> str:
    """What an unwanted character is, for a message."""
    code = ord(found[0])
    if code == 0:
        return "a NUL character (U+0000), which PostgreSQL text cannot hold"
    if 0xD800 <= code <= 0xDFFF:
        return f"a lone surrogate (U+{code:04X}), which is not text"
    if code == 0x0D:
        return "a carriage return (U+000D) that does not end a line (CRLF)"
    return f"the control character U+{code:04X}"


_FIELD_NAMES: set[str] | None = None


M = TypeVar("M", bound=BaseModel)


def _report(
    file: CuratedFile, error: ValidationError, prefix: Loc, problems: list[Problem]
) -> None:
    """Turn pydantic errors into problems, with plain-language messages."""
    global _FIELD_NAMES  # noqa: PLW0603 - computed once, on first use
    for detail in error.errors():
        loc = prefix + tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            _FIELD_NAMES = _FIELD_NAMES or _all_field_names()
            guess = difflib.get_close_matches(str(loc[-1]), _FIELD_NAMES, n=1)
            message = "unknown field" + (f" (did you mean '{guess[0]}'?)" if guess else "")
        elif detail["type"] == "missing":
            message = "required field is missing"
        elif detail["type"] == "string_pattern_mismatch" and loc and loc[-1] == "key":
            message = "must be a lowercase slug (a-z, 0-9 and '-')"
        elif detail["type"] == "string_too_long":
            limit = detail.get("ctx", {}).get("max_length")
            message = f"longer than {limit} characters (the database indexes it)"
        else:
            message = f"{message} (got {brief(detail.get('input'))})"
        problems.append(file.problem(loc, message))


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """For a ``list[Spec | None]`` field, the Spec class; otherwise None."""
    if get_origin(annotation) is not list:
        return None
    for candidate in get_args(get_args(annotation)[0]):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def parse_model(file: CuratedFile, model: type[M], problems: list[Problem]) -> M | None:
    """Validate a document against a model, item by item in its list sections.

    A bad item becomes None (and its problems are reported) while its siblings are still
    validated, so one typo does not hide every other problem or cascade into false ones.
    """
    sections = {
        name: item
        for name, info in model.model_fields.items()
        if (item := _item_model(info.annotation)) is not None
    }
    header = {key: ([] if key in sections else value) for key, value in file.doc.items()}
    try:
        model.model_validate(header)
    except ValidationError as error:
        _report(file, error, (), problems)
        return None
    values: dict[str, Any] = dict(header)
    for name, item_model in sections.items():
        raw = file.doc.get(name)
        if raw is None:
            continue
        if not isinstance(raw, list):
            problems.append(file.problem((name,), "expected a list"))
            return None
        items: list[BaseModel | None] = []
        for index, item in enumerate(raw):
            try:
                items.append(item_model.model_validate(item))
            except ValidationError as error:
                _report(file, error, (name, index), problems)
                items.append(None)
        values[name] = items
    return model.model_validate(values)


# --- validation and resolution ---------------------------------------------------------------


_MARKS: dict[str, str | int | None] = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-"}


def _normalize_marks(text: str) -> str:
    return text.translate(str.maketrans(_MARKS))


ArticleText = bytes | Literal["missing", "refused"]
"""An article's bytes, or why there are none: no such file, or refused by the folder."""


def _article_body(path: Path, raw: bytes, problems: list[Problem]) -> str | None:
    """The article's text; its problems (not UTF-8, characters it may not hold) reported."""
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(_display(path), line, "", f"not valid UTF-8 at byte {error.start}"))
        return None
    unwanted = _ARTICLE_UNWANTED.search(body)
    if unwanted:
        count = len(_ARTICLE_UNWANTED.findall(body))
        more = f" (and {count - 1:,} more)" if count > 1 else ""
        problems.append(
            Problem(
                _display(path),
                body.count("\n", 0, unwanted.start()) + 1,
                "",
                f"contains {_describe(unwanted.group())}{more}; an article holds printable"
                " text, tabs and line breaks only",
            )
        )
    return body


class _Article:
    """Validation state for one article's facts file."""

    def __init__(self, file: CuratedFile, body: str, problems: list[Problem]) -> None:
        self.file = file
        self.body = body
        self.problems = problems

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
            f"{section}[{first}] already mentions {_named(key)} with a quote starting here",
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
            self.fail(loc, f"not found in {article}: {_shorten(words)}")
        return None


def _shorten(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def storage_problem(value: Decimal | int, column: str) -> str | None:
    """Why the column (one of ``STORED_NUMBERS``) cannot hold ``value``, or None if it can."""
    sql_type = STORED_NUMBERS[column]
    if sql_type in _INTEGER_LIMITS:
        limit = _INTEGER_LIMITS[sql_type]
        if -limit <= value < limit:
            return None
        article = "an" if sql_type[0] in "aeiou" else "a"
        return (
            f"{value:,} does not fit the database: {column} is {article} {sql_type}"
            f" (at most {limit - 1:,})"
        )
    numeric = re.fullmatch(r"numeric\((\d+),(\d+)\)", sql_type)
    assert numeric is not None, sql_type
    precision, scale = int(numeric[1]), int(numeric[2])
    number = Decimal(value)
    shown = fastyaml.shorten(str(number), 40)
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > scale:
        return f"{shown} has more than {scale} decimal places: {column} keeps {scale}"
    if abs(number) >= Decimal(10) ** (precision - scale):
        return (
            f"{shown} is too large for the database: {column} is numeric({precision},{scale}),"
            f" which holds less than {10 ** (precision - scale):,}"
        )
    return None


class Validator:
    """Collects problems while resolving curated specs into a ``Corpus``."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.corpus = c.Corpus()
        self.regions: dict[str, RegionSpec] = {}
        self.posts: dict[str, PostSpec] = {}
        self.officials: dict[str, OfficialSpec] = {}
        self.holdings: set[tuple[str, str]] = set()
        self.sectors: dict[str, SectorSpec] = {}
        self.enterprises: dict[str, EnterpriseSpec] = {}
        self.broken: dict[str, set[str]] = {}
        self.fingerprints: dict[str, str] = {}
        # Kinds whose shared file could not be read: references to them cannot be checked.
        self.unavailable: set[str] = set()

    # references

    def ref(
        self, file: CuratedFile, loc: Loc, key: str | None, table: dict[str, Any], kind: str
    ) -> bool:
        """Report an unknown key (with a suggestion); True when the reference is good."""
        if key is None or key in table:
            return True
        if key in self.broken.get(kind, ()) or kind in self.unavailable:
            return False
        guess = difflib.get_close_matches(key, table, n=1)
        hint = f" (did you mean {_named(guess[0])}?)" if guess else ""
        self.problems.append(file.problem(loc, f"unknown {kind} {_named(key)}{hint}"))
        return False

    def unique(
        self,
        file: CuratedFile,
        section: str,
        items: Sequence[Any],
        kind: str,
        referenced_as: str | None = None,
    ) -> None:
        """Report duplicate keys; remember keys of items that failed validation, so that
        references to them (made as ``referenced_as``, default ``kind``) are not reported a
        second time as unknown."""
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item is None:
                raw = file.doc.get(section)
                key = raw[index].get("key") if isinstance(raw[index], dict) else None
                if isinstance(key, str):
                    self.broken.setdefault(referenced_as or kind, set()).add(key)
                continue
            if item.key in seen:
                self.problems.append(
                    file.problem(
                        (section, index, "key"), f"duplicate {kind} key {_named(item.key)}"
                    )
                )
            seen.add(item.key)

    def listed_once(self, file: CuratedFile, loc: Loc, names: Sequence[str]) -> None:
        """Report a name listed twice (the database keeps each name of a thing once)."""
        seen: set[str] = set()
        for index, name in enumerate(names):
            if name in seen:
                self.problems.append(file.problem((*loc, index), f"{_named(name)} is listed twice"))
            seen.add(name)

    def dated(
        self, file: CuratedFile, loc: Loc, spec: DateSpec | None, body: str | None = None
    ) -> c.DatedAs:
        """Resolve a date spec; report bad forms and missing notes."""
        if spec is None:
            return c.UNKNOWN_DATE
        basis = spec.basis or ("stated" if spec.value else "unknown")
        if spec.value is None:
            if basis != "unknown":
                self.problems.append(file.problem(loc, f"basis '{basis}' but no value"))
            return c.DatedAs(None, "unknown", spec.note)
        if basis == "unknown":
            self.problems.append(
                file.problem((*loc, "basis"), "a date with a value is stated or inferred")
            )
        if basis == "inferred" and not spec.note:
            self.problems.append(
                file.problem((*loc, "note"), "an inferred date needs a note saying from what")
            )
        if spec.quote is not None and body is not None and spec.quote not in body:
            self.problems.append(file.problem((*loc, "quote"), "not found in the article"))
        try:
            parts = parse_partial_date(spec.value)
        except ValueError as error:
            self.problems.append(file.problem((*loc, "value"), str(error)))
            return c.UNKNOWN_DATE
        return c.DatedAs(parts, basis, spec.note)

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
            self.unique(regions, "regions", region_file.regions, "region")
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
                    )
                )
            self.check_cycles(regions, region_file.regions)
        enterprise_file = None
        if enterprises:
            enterprise_file = parse_model(enterprises, EnterprisesFile, self.problems)
            if enterprise_file:
                self.enterprises_file(enterprises, enterprise_file)
        if enterprise_file is None:
            self.unavailable.update(("sector", "enterprise"))
        official_file = None
        if officials:
            official_file = parse_model(officials, OfficialsFile, self.problems)
            if official_file:
                self.officials_file(officials, official_file)
        if official_file is None:
            self.unavailable.update(("post", "official"))

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
        self.unique(file, "sectors", spec.sectors, "sector")
        self.unique(file, "enterprises", spec.enterprises, "enterprise")
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
                            f"name {_named(name)} is also used by enterprise {_named(other)}",
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
                )
            )

    def officials_file(self, file: CuratedFile, spec: OfficialsFile) -> None:
        self.unique(file, "posts", spec.posts, "post")
        self.unique(file, "officials", spec.officials, "official")
        self.posts = {p.key: p for p in spec.posts if p is not None}
        self.officials = {o.key: o for o in spec.officials if o is not None}
        for index, post in enumerate(spec.posts):
            if post is None:
                continue
            self.ref(file, ("posts", index, "region"), post.region, self.regions, "region")
            self.corpus.posts.append(c.Post(post.key, post.title, post.body, post.region))
        for index, official in enumerate(spec.officials):
            if official is None:
                continue
            holdings = []
            seen: set[tuple[str, int]] = set()
            for number, holding in enumerate(official.holdings):
                loc: Loc = ("officials", index, "holdings", number)
                if not self.ref(file, (*loc, "post"), holding.post, self.posts, "post"):
                    # Reported here once; the articles' posts of this person are not checked.
                    self.broken.setdefault("holding", set()).add(official.key)
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
                holdings.append(c.Holding(holding.post, holding.term, start, end))
            self.corpus.officials.append(
                c.Official(
                    official.key,
                    official.name,
                    tuple(official.other_names),
                    official.country,
                    tuple(holdings),
                )
            )

    # articles

    def article(self, file: CuratedFile, texts_seen: dict[str, str], text: ArticleText) -> None:
        """Validate one facts file against its article's bytes (``text``, read by the caller)."""
        claimed = file.doc.get("article")
        # The text this file curates by the layout's naming, when its `article` is unusable.
        own_text = file.path.with_suffix(".txt").name
        spec = parse_model(file, ArticleFile, self.problems)
        if spec is None:
            # Still claim the text, so a typo elsewhere does not also report it as uncurated.
            texts_seen.setdefault(claimed if isinstance(claimed, str) else own_text, file.display)
            return
        name = spec.article
        if Path(name).name != name or not name.endswith(".txt") or name.startswith("."):
            self.problems.append(
                file.problem(
                    ("article",),
                    f"{_named(name)} must be the name of a .txt file in the seeds folder",
                )
            )
            texts_seen.setdefault(own_text, file.display)
            return
        if name != own_text:
            # The name is what lets a load recognise an unchanged article without parsing it.
            self.problems.append(
                file.problem(
                    ("article",), f"must be '{own_text}': a facts file is named after its article"
                )
            )
            texts_seen.setdefault(own_text, file.display)
            return
        if name in texts_seen:
            self.problems.append(
                file.problem(
                    ("article",), f"{_named(name)} is already curated in {texts_seen[name]}"
                )
            )
            return
        texts_seen[name] = file.display
        if text == "missing":
            self.problems.append(file.problem(("article",), f"{_named(name)} does not exist"))
            return
        if text == "refused":  # the folder said why, once
            return
        raw = text
        body = _article_body(file.path.parent / name, raw, self.problems)
        if body is None:
            return
        ctx = _Article(file, body, self.problems)
        for field_name in ("title", "publisher", "dateline"):
            value = getattr(spec, field_name)
            if value is not None and value not in body:
                ctx.fail((field_name,), f"{_shorten(value)} does not occur in the article")
        self.ref(file, ("region",), spec.region, self.regions, "region")
        source = c.Source(
            key=name.removesuffix(".txt"),
            file_name=name,
            title=spec.title,
            publisher=spec.publisher,
            dateline=spec.dateline,
            published=self.dated(file, ("published",), spec.published, body),
            sha256=hashlib.sha256(raw).hexdigest(),
            facts_sha256="",
            body=body,
            official_mentions=tuple(self.official_mentions(ctx, spec)),
            enterprise_mentions=tuple(self.enterprise_mentions(ctx, spec)),
            meetings=tuple(self.meetings(ctx, spec)),
            proposals=tuple(self.proposals(ctx, spec)),
            trade_figures=tuple(self.trade_figures(ctx, spec)),
            trade_goods=tuple(self.trade_goods(ctx, spec)),
            twinning=tuple(self.twinnings(ctx, spec)),
        )
        source = replace(source, input_sha256=self.fingerprints.get(source.key, ""))
        self.corpus.sources.append(c.with_fingerprint(source))

    def name_in(self, ctx: _Article, loc: Loc, official: str, quote: c.Quote) -> str | None:
        """The spelling of the official's name that the quote contains, or report it."""
        spec = self.officials.get(official)
        if spec is None:
            return None
        names = (spec.name, *spec.other_names)
        candidates = [*names, *(n.split()[-1] for n in names)]
        for candidate in sorted(candidates, key=len, reverse=True):
            at = quote.text.casefold().find(candidate.casefold())
            if at >= 0:
                return quote.text[at : at + len(candidate)]
        ctx.fail((*loc, "quote"), f"does not name {spec.name} (or another spelling of it)")
        return None

    def holding_ok(self, ctx: _Article, loc: Loc, official: str, post: str | None) -> bool:
        if post is None or not self.ref(ctx.file, (*loc, "post"), post, self.posts, "post"):
            return post is None
        if (
            official in self.officials
            and official not in self.broken.get("holding", ())
            and (official, post) not in self.holdings
        ):
            ctx.fail(
                (*loc, "post"),
                f"{_named(official)} has no holding of {_named(post)} in officials.yaml",
            )
            return False
        return True

    def official_mentions(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.OfficialMention]:
        seen: dict[tuple[str, int], int] = {}
        for index, mention in enumerate(spec.officials):
            if mention is None:
                continue
            loc: Loc = ("officials", index)
            known = self.ref(
                ctx.file, (*loc, "official"), mention.official, self.officials, "official"
            )
            post_ok = self.holding_ok(ctx, loc, mention.official, mention.post)
            quote = ctx.find((*loc, "quote"), mention.quote, mention.occurrence)
            if (
                quote is None
                or not known
                or ctx.repeated(seen, ("officials", index), mention.official, quote)
            ):
                continue
            written = self.name_in(ctx, loc, mention.official, quote)
            if written and post_ok:
                yield c.OfficialMention(mention.official, mention.post, written, quote)

    def enterprise_mentions(
        self, ctx: _Article, spec: ArticleFile
    ) -> Iterator[c.EnterpriseMention]:
        seen: dict[tuple[str, int], int] = {}
        for index, mention in enumerate(spec.enterprises):
            if mention is None:
                continue
            loc: Loc = ("enterprises", index)
            known = self.ref(
                ctx.file, (*loc, "enterprise"), mention.enterprise, self.enterprises, "enterprise"
            )
            region = mention.region or spec.region
            self.ref(ctx.file, (*loc, "region"), region, self.regions, "region")
            quote = ctx.find((*loc, "quote"), mention.quote, mention.occurrence)
            if (
                quote is None
                or not known
                or ctx.repeated(seen, ("enterprises", index), mention.enterprise, quote)
            ):
                continue
            written = self.enterprise_in(ctx, loc, mention.enterprise, quote)
            if written:
                yield c.EnterpriseMention(mention.enterprise, region, written, quote)

    def enterprise_in(self, ctx: _Article, loc: Loc, key: str, quote: c.Quote) -> str | None:
        enterprise = self.enterprises[key]
        for name in sorted((enterprise.name, *enterprise.aliases), key=len, reverse=True):
            at = quote.text.casefold().find(name.casefold())
            if at >= 0:
                return quote.text[at : at + len(name)]
        ctx.fail((*loc, "quote"), f"does not name {enterprise.name} (nor any of its aliases)")
        return None

    def regions_of(
        self, ctx: _Article, loc: Loc, keys: list[str] | None, default: str
    ) -> tuple[str, ...]:
        keys = keys if keys is not None else [default]
        for index, key in enumerate(keys):
            self.ref(ctx.file, (*loc, index), key, self.regions, "region")
        if len(set(keys)) != len(keys):
            ctx.fail(loc, "a region is listed twice")
        return tuple(dict.fromkeys(keys))

    def meetings(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.Meeting]:
        # Proposals refer to the meetings of their own file only.
        self.broken.pop("meeting in this file", None)
        self.unique(ctx.file, "meetings", spec.meetings, "meeting", "meeting in this file")
        for index, meeting in enumerate(spec.meetings):
            if meeting is None:
                continue
            loc: Loc = ("meetings", index)
            quote = ctx.find((*loc, "quote"), meeting.quote, meeting.occurrence)
            date = self.dated(ctx.file, (*loc, "date"), meeting.date)
            regions = self.regions_of(ctx, (*loc, "regions"), meeting.regions, spec.region)
            participants = []
            seen: set[str] = set()
            for number, person in enumerate(meeting.participants):
                ploc: Loc = (*loc, "participants", number)
                if person.official in seen:
                    ctx.fail((*ploc, "official"), f"{_named(person.official)} is listed twice")
                seen.add(person.official)
                known = self.ref(
                    ctx.file, (*ploc, "official"), person.official, self.officials, "official"
                )
                post_ok = self.holding_ok(ctx, ploc, person.official, person.post)
                pquote = ctx.find((*ploc, "quote"), person.quote, person.occurrence)
                if (
                    pquote
                    and known
                    and self.name_in(ctx, ploc, person.official, pquote)
                    and post_ok
                ):
                    participants.append(
                        c.Participant(person.official, person.post, person.side, pquote)
                    )
            if quote:
                yield c.Meeting(
                    meeting.key, date, meeting.place, regions, tuple(participants), quote
                )

    def amount(
        self, ctx: _Article, loc: Loc, text: str, quote: c.Quote | None, column: str
    ) -> Amount | None:
        """Parse money stored in ``column``_low/_high; report what is wrong with it."""
        try:
            amount = parse_amount(text)
        except ValueError as error:
            ctx.fail(loc, str(error))
            return None
        for bound, value in (("low", amount.low), ("high", amount.high)):
            if value is not None and not self.fits(ctx.file, loc, value, f"{column}_{bound}"):
                return None
        if quote is not None:
            if text not in quote.text:
                ctx.fail(loc, f"{_shorten(text)} does not occur in the quote")
            else:
                self.numbers_supported(ctx, loc, quote, amount.low, amount.high)
        return amount

    def fits(self, file: CuratedFile, loc: Loc, value: Decimal | int, column: str) -> bool:
        """Report a number the column it is stored in cannot hold (see ``STORED_NUMBERS``)."""
        message = storage_problem(value, column)
        if message:
            self.problems.append(file.problem(loc, message))
        return message is None

    def numbers_supported(
        self, ctx: _Article, loc: Loc, quote: c.Quote, *values: Decimal | int | None
    ) -> None:
        for value in values:
            if value is not None and not quote_supports(quote.text, value):
                ctx.fail(loc, f"the number {value} does not appear in the quote")

    def proposals(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.Proposal]:
        self.unique(ctx.file, "proposals", spec.proposals, "proposal")
        meeting_keys = {m.key for m in spec.meetings if m is not None}
        for index, proposal in enumerate(spec.proposals):
            if proposal is None:
                continue
            loc: Loc = ("proposals", index)
            quote = ctx.find((*loc, "quote"), proposal.quote, proposal.occurrence)
            ok = all(
                (
                    self.ref(ctx.file, (*loc, "sector"), proposal.sector, self.sectors, "sector"),
                    self.ref(
                        ctx.file,
                        (*loc, "proposed_by"),
                        proposal.proposed_by,
                        self.officials,
                        "official",
                    ),
                    self.ref(
                        ctx.file,
                        (*loc, "meeting"),
                        proposal.meeting,
                        dict.fromkeys(meeting_keys),
                        "meeting in this file",
                    ),
                )
            )
            region = spec.region if proposal.region == _UNSET else proposal.region
            self.ref(ctx.file, (*loc, "region"), region, self.regions, "region")
            for number, key in enumerate(proposal.enterprises):
                eloc: Loc = (*loc, "enterprises", number)
                if self.ref(ctx.file, eloc, key, self.enterprises, "enterprise") and quote:
                    self.enterprise_in(ctx, loc, key, quote)
            amount = None
            if proposal.amount is not None:
                amount = self.amount(
                    ctx, (*loc, "amount"), proposal.amount, quote, "proposals.amount"
                )
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
                    amount,
                    quote,
                )

    def period(
        self, ctx: _Article, loc: Loc, spec: PeriodSpec | None, quote: c.Quote | None
    ) -> c.Period:
        if spec is None:
            return c.Period(None, None, None)
        if spec.label is not None and quote is not None and spec.label not in quote.text:
            ctx.fail((*loc, "label"), f"{_shorten(spec.label)} does not occur in the quote")
        bounds: list[PartialDate | None] = []
        for part in ("start", "end"):
            value = getattr(spec, part)
            try:
                bounds.append(parse_partial_date(value) if value else None)
            except ValueError as error:
                ctx.fail((*loc, part), str(error))
                bounds.append(None)
        start, end = bounds
        if start and end and start.earliest and end.latest and start.earliest > end.latest:
            ctx.fail((*loc, "end"), "the period ends before it starts")
        return c.Period(spec.label, start, end)

    def trade_figures(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.TradeFigure]:
        self.unique(ctx.file, "trade_figures", spec.trade_figures, "figure")
        for index, figure in enumerate(spec.trade_figures):
            if figure is None:
                continue
            loc: Loc = ("trade_figures", index)
            quote = ctx.find((*loc, "quote"), figure.quote, figure.occurrence)
            region = figure.region or spec.region
            self.ref(ctx.file, (*loc, "region"), region, self.regions, "region")
            period = self.period(ctx, (*loc, "period"), figure.period, quote)
            compared = self.period(ctx, (*loc, "compared_with"), figure.compared_with, quote)
            value = self.amount(ctx, (*loc, "value"), figure.value, quote, "trade_figures.value")
            change = figure.change_pct
            if change is not None and not self.fits(
                ctx.file, (*loc, "change_pct"), change, "trade_figures.change_pct"
            ):
                change = None
            elif quote and change is not None:
                self.numbers_supported(ctx, (*loc, "change_pct"), quote, change)
            if quote and value:
                yield c.TradeFigure(
                    figure.key,
                    region,
                    figure.flow,
                    period,
                    value,
                    change,
                    compared,
                    figure.note,
                    quote,
                )

    def trade_goods(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.TradeGood]:
        seen: set[tuple[str, str, str]] = set()
        for index, goods in enumerate(spec.trade_goods):
            if goods is None:
                continue
            loc: Loc = ("trade_goods", index)
            quote = ctx.find((*loc, "quote"), goods.quote, goods.occurrence)
            region = goods.region or spec.region
            self.ref(ctx.file, (*loc, "region"), region, self.regions, "region")
            for number, good in enumerate(goods.goods):
                gloc: Loc = (*loc, "goods", number)
                if (region, goods.direction, good) in seen:
                    ctx.fail(gloc, f"{_named(good)} is already listed for {goods.direction}")
                    continue
                seen.add((region, goods.direction, good))
                if quote is None:
                    continue
                if good.casefold() not in quote.text.casefold():
                    ctx.fail(gloc, f"{_named(good)} does not occur in the quote")
                    continue
                yield c.TradeGood(region, goods.direction, good, quote)

    def twinning_sides(self, ctx: _Article, loc: Loc, keys: list[str] | None, default: str) -> None:
        """Report a twinned region outside BY and RU: its country is stored as its side."""
        for index, key in enumerate(keys if keys is not None else [default]):
            region = self.regions.get(key)
            if region is not None and region.country not in SIDES:
                where = (*loc, "regions", index) if keys is not None else (*loc, "regions")
                ctx.fail(
                    where,
                    f"{_named(key)} is in {region.country}: twinning pairs Belarusian (BY)"
                    " and Russian (RU) regions",
                )

    def twinnings(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.Twinning]:
        self.unique(ctx.file, "twinning", spec.twinning, "twinning")
        for index, twinning in enumerate(spec.twinning):
            if twinning is None:
                continue
            loc: Loc = ("twinning", index)
            quote = ctx.find((*loc, "quote"), twinning.quote, twinning.occurrence)
            regions = self.regions_of(ctx, (*loc, "regions"), twinning.regions, spec.region)
            date = self.dated(ctx.file, (*loc, "date"), twinning.date)
            count = twinning.count
            if count is not None and not self.fits(
                ctx.file, (*loc, "count"), count, "twinning_agreements.units_count"
            ):
                count = None
            elif quote and count is not None:
                self.numbers_supported(ctx, (*loc, "count"), quote, count)
            self.twinning_sides(ctx, loc, twinning.regions, spec.region)
            if quote:
                yield c.Twinning(twinning.key, twinning.status, count, regions, date, quote)


_VALIDATOR_FILES = (
    "curation/__init__.py",
    "curation/corpus.py",
    "amounts.py",
    "dates.py",
    "curation/fastyaml.py",
    "curation/seedfiles.py",
)


@functools.cache
def _validator_fingerprint() -> bytes:
    """Changes whenever the validation code does, so cached verdicts never outlive it."""
    here = Path(__file__).parent.parent
    digest = hashlib.sha256()
    for name in _VALIDATOR_FILES:
        digest.update((here / name).read_bytes())
    return digest.digest()


def input_fingerprint(shared: bytes, facts: bytes, text: bytes) -> str:
    """Hash of everything an article's validation depends on: if it is unchanged since the
    article was loaded, so is the verdict, and the article need not be read again.
    ``shared`` is ``shared_fingerprint()`` of the shared files."""
    digest = hashlib.sha256(shared)
    for part in (facts, text):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def shared_fingerprint(shared_files: Iterable[bytes]) -> bytes:
    """The validator's code and the shared files, hashed once for all articles."""
    digest = hashlib.sha256(_validator_fingerprint())
    for part in shared_files:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.digest()


def validate_folder(folder: Path, loaded: Mapping[str, str] | None = None) -> c.Corpus:
    """Read and validate a whole seeds folder; raise ``CurationError`` listing every problem.

    ``loaded`` maps article keys to the input fingerprints stored when they were last
    loaded; an article whose files and shared files are byte-for-byte the same is not read
    again but listed in ``Corpus.unchanged`` (it was valid then, so it is valid now).
    """
    problems: list[Problem] = []

    def refuse(name: str, message: str) -> None:
        problems.append(Problem(_display(folder / name), None, "", message))

    try:
        seeds = SeedsFolder(folder, refuse)
    except TooManyEntriesError:
        raise CurationError(
            [
                Problem(
                    _display(folder),
                    None,
                    "",
                    f"holds more than {seedfiles.MAX_FOLDER_ENTRIES:,} entries",
                )
            ]
        ) from None
    except (FileNotFoundError, NotADirectoryError):
        raise CurationError([Problem(_display(folder), None, "", "is not a folder")]) from None
    except OSError as error:
        message = f"cannot read: {error.strerror}"
        raise CurationError([Problem(_display(folder), None, "", message)]) from None
    with seeds:
        corpus = _validate(seeds, problems, loaded)
    if problems:
        raise CurationError(problems)
    return corpus


def _validate(
    seeds: SeedsFolder, problems: list[Problem], loaded: Mapping[str, str] | None
) -> c.Corpus:
    validator = Validator()
    validator.problems = problems
    shared: dict[str, CuratedFile | None] = {}
    for name in SHARED_FILES:
        raw = seeds.read(name) if name in seeds.files else None
        if raw is None and name not in seeds.refused:
            problems.append(
                Problem(_display(seeds.path / name), None, "", "shared file is missing")
            )
        shared[name] = read_yaml(seeds.path / name, raw, problems) if raw is not None else None
    validator.shared(shared["regions.yaml"], shared["officials.yaml"], shared["enterprises.yaml"])
    shared_bytes = shared_fingerprint(f.text.encode() if f else b"" for f in shared.values())
    texts_seen: dict[str, str] = {}
    for name in seeds.names(".yaml"):
        if name in SHARED_FILES:
            continue
        path = seeds.path / name
        text_name = path.with_suffix(".txt").name
        facts = seeds.read(name)
        text: ArticleText = "missing"
        if text_name in seeds.refused:
            text = "refused"
        elif text_name in seeds.files:
            raw_text = seeds.read(text_name)
            text = "refused" if raw_text is None else raw_text
        if facts is None:
            # Unreadable: assume it curates the text of the same name, as the layout says.
            texts_seen.setdefault(text_name, _display(path))
            continue
        fingerprint = input_fingerprint(
            shared_bytes, facts, text if isinstance(text, bytes) else b""
        )
        if loaded and text != "refused" and loaded.get(path.stem) == fingerprint:
            validator.corpus.unchanged.append(path.stem)
            texts_seen[text_name] = str(path)
            continue
        validator.fingerprints[path.stem] = fingerprint
        file = read_yaml(path, facts, problems)
        if file is not None:
            validator.article(file, texts_seen, text)
        else:
            texts_seen.setdefault(text_name, _display(path))
    for name in seeds.refused:  # a refused facts file still claims its article
        if name.endswith(".yaml") and name not in SHARED_FILES:
            texts_seen.setdefault(name.removesuffix(".yaml") + ".txt", name)
    for name in seeds.names(".txt"):
        if name not in texts_seen:
            problems.append(
                Problem(
                    _display(seeds.path / name),
                    None,
                    "",
                    "article has no curated facts file (.yaml)",
                )
            )
    return validator.corpus
