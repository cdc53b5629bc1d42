"""Reading and validating a seeds folder: YAML → typed models → a resolved ``Corpus``.

Validation never stops at the first problem: it collects every one, each with the file, the
line and the field, so a curator fixes a whole file in one pass. Nothing here touches a
database; ``coopdb check`` is this module alone.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from coopdb import corpus as c
from coopdb import fastyaml
from coopdb.amounts import Amount, parse_amount, quote_supports
from coopdb.dates import PartialDate, parse_partial_date

SHARED_FILES = ("regions.yaml", "officials.yaml", "enterprises.yaml")
MAX_FILE_BYTES = 2_000_000
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Characters that end a line (str.splitlines), escaped so that a problem stays on one line.
_LINE_BREAKS = {
    ord(char): char.encode("unicode_escape").decode("ascii")
    for char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
}


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
        return text.translate(_LINE_BREAKS)


class CurationError(Exception):
    """The seeds folder has problems; ``problems`` lists all of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the curated files")
        self.problems = list(problems)


# --- the file format ---------------------------------------------------------------------


class Spec(BaseModel):
    """Strict base: unknown fields are errors, so a misspelt key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Slug = Field(pattern=SLUG)


class DateSpec(Spec):
    value: str | None = None
    basis: Literal["stated", "inferred", "unknown"] | None = None
    note: str | None = None
    quote: str | None = None
    occurrence: int = Field(1, ge=1)

    @field_validator("value", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        # YAML reads an unquoted 2017 as a number and 2017-12-05 as a date; both mean the text.
        return None if value is None else str(value)


class RegionSpec(Spec):
    key: str = Slug
    name: str
    kind: Literal["country", "federal_city", "oblast", "district", "city"]
    country: str = Field(pattern=r"^[A-Z]{2}$")
    parent: str | None = None
    iso_code: str | None = Field(None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    other_names: list[str] = []


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
    name: str
    other_names: list[str] = []
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
    name: str
    aliases: list[str] = []
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
        return None if value is None else str(value)


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
    goods: list[str] = Field(min_length=1)


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
        """The document as ruamel reads it, with lines: parsed only when a problem needs one."""
        if self._positions is None:
            try:
                self._positions = YAML(typ="rt").load(self.text)
            except YAMLError:  # pragma: no cover - the fast parser already accepted it
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
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(_cwd()))
    except ValueError:
        return str(path)


@functools.cache
def _cwd() -> Path:
    return Path.cwd().resolve()


def read_yaml(path: Path, problems: list[Problem]) -> CuratedFile | None:
    """Parse one YAML file; on failure add one problem and return None."""
    display = _display(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        problems.append(Problem(display, None, "", f"cannot read: {error.strerror}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(
            Problem(display, None, "", f"file is larger than {MAX_FILE_BYTES:,} bytes; split it")
        )
        return None
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
    except (yaml.YAMLError, ValueError, RecursionError):
        # Let ruamel say what is wrong, with its line (or read what libyaml would not).
        doc = _ruamel_load(text, display, problems)
        if doc is _FAILED:
            return None
    if doc is None:
        problems.append(Problem(display, None, "", "file is empty"))
        return None
    if not isinstance(doc, dict):
        problems.append(Problem(display, 1, "", "expected a mapping of fields at the top level"))
        return None
    return CuratedFile(path, display, doc, text, raw)


_FAILED = object()


def _ruamel_load(text: str, display: str, problems: list[Problem]) -> Any:
    """Parse with ruamel; on failure add one problem with its line and return ``_FAILED``."""
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        mark_line: int | None = mark.line + 1 if mark is not None else None
        what = " ".join(str(error.problem or error.context or "invalid YAML").split())
        problems.append(Problem(display, mark_line, "", f"invalid YAML: {what}"))
        return _FAILED
    except ReaderError as error:  # a character YAML does not allow, e.g. a control character
        what = str(error).split("\n", 1)[0]
        line = text[: error.position].count("\n") + 1
        problems.append(Problem(display, line, "", f"invalid YAML: {what}"))
        return _FAILED
    except YAMLError as error:
        what = " ".join(str(error).split())
        problems.append(Problem(display, None, "", f"invalid YAML: {what}"))
    return _FAILED


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
        else:
            message = f"{message} (got {detail.get('input')!r})"[:300]
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


class _Article:
    """Validation state for one article's facts file."""

    def __init__(self, file: CuratedFile, body: str, problems: list[Problem]) -> None:
        self.file = file
        self.body = body
        self.problems = problems

    def fail(self, loc: Loc, message: str) -> None:
        self.problems.append(self.file.problem(loc, message))

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
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        self.problems.append(file.problem(loc, f"unknown {kind} '{key}'{hint}"))
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
                    file.problem((section, index, "key"), f"duplicate {kind} key '{item.key}'")
                )
            seen.add(item.key)

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
                            (*loc, "aliases"), f"name '{name}' is also used by enterprise '{other}'"
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

    def article(self, file: CuratedFile, texts_seen: dict[str, str]) -> None:
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
                    ("article",), f"'{name}' must be the name of a .txt file in the seeds folder"
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
                file.problem(("article",), f"'{name}' is already curated in {texts_seen[name]}")
            )
            return
        texts_seen[name] = file.display
        text_path = file.path.parent / name
        try:
            raw = text_path.read_bytes()
            body = raw.decode("utf-8")
        except FileNotFoundError:
            self.problems.append(file.problem(("article",), f"'{name}' does not exist"))
            return
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.problems.append(
                Problem(_display(text_path), line, "", f"not valid UTF-8 at byte {error.start}")
            )
            return
        except OSError as error:
            self.problems.append(file.problem(("article",), f"cannot read: {error.strerror}"))
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
            ctx.fail((*loc, "post"), f"'{official}' has no holding of '{post}' in officials.yaml")
            return False
        return True

    def official_mentions(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.OfficialMention]:
        for index, mention in enumerate(spec.officials):
            if mention is None:
                continue
            loc: Loc = ("officials", index)
            known = self.ref(
                ctx.file, (*loc, "official"), mention.official, self.officials, "official"
            )
            post_ok = self.holding_ok(ctx, loc, mention.official, mention.post)
            quote = ctx.find((*loc, "quote"), mention.quote, mention.occurrence)
            if quote is None or not known:
                continue
            written = self.name_in(ctx, loc, mention.official, quote)
            if written and post_ok:
                yield c.OfficialMention(mention.official, mention.post, written, quote)

    def enterprise_mentions(
        self, ctx: _Article, spec: ArticleFile
    ) -> Iterator[c.EnterpriseMention]:
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
            if quote is None or not known:
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
                    ctx.fail((*ploc, "official"), f"'{person.official}' is listed twice")
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

    def amount(self, ctx: _Article, loc: Loc, text: str, quote: c.Quote | None) -> Amount | None:
        try:
            amount = parse_amount(text)
        except ValueError as error:
            ctx.fail(loc, str(error))
            return None
        if quote is not None:
            if text not in quote.text:
                ctx.fail(loc, f"{_shorten(text)} does not occur in the quote")
            else:
                self.numbers_supported(ctx, loc, quote, amount.low, amount.high)
        return amount

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
                amount = self.amount(ctx, (*loc, "amount"), proposal.amount, quote)
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
            value = self.amount(ctx, (*loc, "value"), figure.value, quote)
            if quote and figure.change_pct is not None:
                self.numbers_supported(ctx, (*loc, "change_pct"), quote, figure.change_pct)
            if quote and value:
                yield c.TradeFigure(
                    figure.key,
                    region,
                    figure.flow,
                    period,
                    value,
                    figure.change_pct,
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
                    ctx.fail(gloc, f"'{good}' is already listed for {goods.direction}")
                    continue
                seen.add((region, goods.direction, good))
                if quote is None:
                    continue
                if good.casefold() not in quote.text.casefold():
                    ctx.fail(gloc, f"'{good}' does not occur in the quote")
                    continue
                yield c.TradeGood(region, goods.direction, good, quote)

    def twinnings(self, ctx: _Article, spec: ArticleFile) -> Iterator[c.Twinning]:
        self.unique(ctx.file, "twinning", spec.twinning, "twinning")
        for index, twinning in enumerate(spec.twinning):
            if twinning is None:
                continue
            loc: Loc = ("twinning", index)
            quote = ctx.find((*loc, "quote"), twinning.quote, twinning.occurrence)
            regions = self.regions_of(ctx, (*loc, "regions"), twinning.regions, spec.region)
            date = self.dated(ctx.file, (*loc, "date"), twinning.date)
            if quote and twinning.count is not None:
                self.numbers_supported(ctx, (*loc, "count"), quote, twinning.count)
            if quote:
                yield c.Twinning(
                    twinning.key, twinning.status, twinning.count, regions, date, quote
                )


_VALIDATOR_FILES = ("curation.py", "corpus.py", "amounts.py", "dates.py", "fastyaml.py")


@functools.cache
def _validator_fingerprint() -> bytes:
    """Changes whenever the validation code does, so cached verdicts never outlive it."""
    here = Path(__file__).parent
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
    if not folder.is_dir():
        raise CurationError([Problem(_display(folder), None, "", "is not a folder")])
    validator = Validator()
    validator.problems = problems
    shared: dict[str, CuratedFile | None] = {}
    for name in SHARED_FILES:
        path = folder / name
        if not path.is_file():
            problems.append(Problem(_display(path), None, "", "shared file is missing"))
            shared[name] = None
        else:
            shared[name] = read_yaml(path, problems)
    validator.shared(shared["regions.yaml"], shared["officials.yaml"], shared["enterprises.yaml"])
    shared_bytes = shared_fingerprint(f.text.encode() if f else b"" for f in shared.values())
    texts_seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name in SHARED_FILES:
            continue
        text_path = path.with_suffix(".txt")
        try:
            fingerprint = input_fingerprint(
                shared_bytes,
                path.read_bytes(),
                text_path.read_bytes() if text_path.is_file() else b"",
            )
        except OSError:
            fingerprint = ""
        if loaded and fingerprint and loaded.get(path.stem) == fingerprint:
            validator.corpus.unchanged.append(path.stem)
            texts_seen[text_path.name] = str(path)
            continue
        validator.fingerprints[path.stem] = fingerprint
        file = read_yaml(path, problems)
        if file is not None:
            validator.article(file, texts_seen)
        else:
            # Unreadable: assume it curates the text of the same name, as the layout says.
            texts_seen.setdefault(path.with_suffix(".txt").name, _display(path))
    for text in sorted(folder.glob("*.txt")):
        if text.name not in texts_seen:
            problems.append(
                Problem(_display(text), None, "", "article has no curated facts file (.yaml)")
            )
    if problems:
        raise CurationError(problems)
    return validator.corpus
