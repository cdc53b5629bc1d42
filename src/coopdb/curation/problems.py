"""Problems: one line each, with file, line and field; and pydantic's errors turned into them."""

from __future__ import annotations

import difflib
import reprlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from coopdb.curation import fastyaml
from coopdb.curation.spec import field_names
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
            _FIELD_NAMES = _FIELD_NAMES or field_names()
            guess = difflib.get_close_matches(str(loc[-1]), _FIELD_NAMES, n=1)
            message = "unknown field" + (f" (did you mean '{guess[0]}'?)" if guess else "")
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
