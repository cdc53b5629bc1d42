"""Problems: one line each, with file, line and field; and pydantic's errors turned into them."""

from __future__ import annotations

import difflib
import reprlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from coopdb.curation import fastyaml, spec
from coopdb.errors import CoopdbError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coopdb.curation.yamlread import CuratedFile, Loc


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


class CurationError(CoopdbError):
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


def named(text: str) -> str:
    """A key or name for a message: quoted, and cut when long."""
    return f"'{fastyaml.shorten(text)}'"


def describe(found: str) -> str:
    """What an unwanted character is, for a message."""
    code = ord(found[0])
    if code == 0:
        return "a NUL character (U+0000), which PostgreSQL text cannot hold"
    if 0xD800 <= code <= 0xDFFF:
        return f"a lone surrogate (U+{code:04X}), which is not text"
    if code == 0x0D:
        return "a carriage return (U+000D) that does not end a line (CRLF)"
    return f"the control character U+{code:04X}"


def shorten_quote(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _word_around(text: str, at: int, floor: int) -> str:
    """The word of ``text`` that position ``at`` is in (or starts), from no earlier than
    ``floor``; a lone character when ``at`` is not in a word."""
    start = at
    while start > floor and text[start - 1].isalnum():
        start -= 1
    end = at
    while end < len(text) and end - at < 40 and text[end].isalnum():
        end += 1
    return text[start : max(end, at + 1)]


def mismatch(body: str, words: str) -> str:
    """Where a quote not in the text stops matching it: the longest start of the quote the
    text has (found by halving, a search per step), and what each has from there on."""
    low, high = 0, len(words)  # words[:low] occurs in body; words[:high + 1] does not
    while low < high:
        middle = (low + high + 1) // 2
        if body.find(words[:middle]) >= 0:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return "no part of it is in the text"
    at = body.find(words[:low])
    matched = words[:low]
    shown = matched if len(matched) <= 24 else "…" + matched[-23:]
    where = f"matches up to {shown!r}"
    if at + low >= len(body):
        return f"{where}; the text ends there"
    text_has = _word_around(body, at + low, at)
    quote_has = _word_around(words, low, 0)
    return f"{where}; the text has {text_has!r} where the quote has {quote_has!r}"


M = TypeVar("M", bound=BaseModel)

FIELD_REFERENCE = "seeds/README.md#field-reference"
"""Where the guide lists every field of every curated file."""

SCHEMA_DIR = "seeds/schema"

_FILE_MODELS: dict[type[BaseModel], str] = {
    spec.ArticleFile: "article",
    spec.RegionsFile: "regions",
    spec.OfficialsFile: "officials",
    spec.EnterprisesFile: "enterprises",
}
"""The schema file of each kind of curated file (``seeds/schema/<kind>.schema.json``)."""


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models a field's annotation allows (through lists, unions and ``Annotated``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def models_at(model: type[BaseModel], loc: Sequence[str | int]) -> list[type[BaseModel]]:
    """The models that may hold the mapping at ``loc`` below ``model``: the fields valid
    there. A part naming no field (a union branch pydantic names by its class) narrows to
    that branch when it is one, and is passed over otherwise."""
    models = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        inner = [
            found
            for candidate in models
            if (info := candidate.model_fields.get(part)) is not None
            for found in _models_in(info.annotation)
        ]
        if inner:
            models = list(dict.fromkeys(inner))
        elif branch := [candidate for candidate in models if candidate.__name__ == part]:
            models = branch
    return models


def unknown_field(model: type[BaseModel], loc: Sequence[str | int], kind: str) -> str:
    """An unknown field's message: the closest field valid at that place (never the name
    rejected), and where the fields are listed."""
    rejected = str(loc[-1])
    valid = {name for found in models_at(model, loc[:-1]) for name in found.model_fields}
    guess = difflib.get_close_matches(rejected, sorted(valid - {rejected}), n=1)
    hint = f" (did you mean '{guess[0]}'?)" if guess else ""
    return f"unknown field{hint}; fields: {FIELD_REFERENCE}, {SCHEMA_DIR}/{kind}.schema.json"


def _report(
    file: CuratedFile,
    error: ValidationError,
    prefix: Loc,
    problems: list[Problem],
    root: type[BaseModel],
) -> None:
    """Turn pydantic errors into problems, with plain-language messages; ``root`` is the
    model at ``prefix`` (what was validated)."""
    for detail in error.errors():
        parts = tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
        loc = prefix + parts
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            message = unknown_field(root, parts, _kind_of(file))
        elif detail["type"] == "missing":
            message = "required field is missing"
        elif detail["type"] == "string_pattern_mismatch" and loc and loc[-1] == "key":
            message = "must be a lowercase slug (a-z, 0-9 and '-')"
        elif detail["type"] == "value_error":
            message = str(detail.get("ctx", {}).get("error", message))
        elif detail["type"] == "string_too_long":
            limit = detail.get("ctx", {}).get("max_length")
            message = f"longer than {limit} characters (the database indexes it)"
        else:
            message = f"{message} (got {brief(detail.get('input'))})"
        problems.append(file.problem(loc, message))


def _kind_of(file: CuratedFile) -> str:
    """The kind of curated file (its schema file's stem), by the file's name."""
    stem = file.path.name.removesuffix(".yaml")
    return stem if stem in _FILE_MODELS.values() else "article"


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
        _report(file, error, (), problems, model)
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
                _report(file, error, (name, index), problems, item_model)
                items.append(None)
        values[name] = items
    return model.model_validate(values)
