"""What a command outputs, and its values as text: the model every format renders.

Whatever the data holds, no format writes a raw control character other than newline and
tab: ``visible`` spells them out, and every format goes through it (or, for json, through an
escape of its own). Text and markdown are for reading, so ``bounded`` cuts a value longer than
``CELL_LIMIT`` characters.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FORMATS = ("text", "markdown", "json", "csv")
CELL_LIMIT = 1000
"""Characters of one value that text and markdown show; json and csv show every value whole."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class Table:
    """A titled table of display values; ``empty`` is shown when it has no rows."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    empty: str = "none recorded"
    wide: tuple[str, ...] = ()
    """Columns that get most of the width on a terminal (long free text)."""


@dataclass
class Document:
    """What a command outputs: for people (title, lines, tables) and for scripts (data)."""

    title: str | None = None
    lines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    data: Any = None
    csv: Table | None = None
    """The one table csv writes; by default the document's only table."""
    notes: list[str] = field(default_factory=list)
    """Lines text and markdown print after the tables (what was left out, and how to get it)."""


def visible(text: str) -> str:
    """Control characters other than newline and tab, spelt out (ESC → ``\\x1b``)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def plain(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=json_default, ensure_ascii=False)
    return str(value)


def cell(value: Any) -> str:
    """A value as text: NULL is empty, numbers plain, dates ISO, JSON as JSON, controls visible."""
    return visible(plain(value))


def bounded(value: Any) -> tuple[str, bool]:
    """A value as text and markdown show it: cut to ``CELL_LIMIT`` (True when it was)."""
    text = plain(value)
    if len(text) <= CELL_LIMIT:
        return visible(text), False
    return visible(text[:CELL_LIMIT]) + "…", True


def cut_note(count: int) -> list[str]:
    if not count:
        return []
    return [
        f"{count} value(s) longer than {CELL_LIMIT:,} characters were cut (…);"
        " --format json or csv shows them whole."
    ]


def json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


class Highlighted(str):
    """Text with «marked» spans, shown bold on a terminal and with « » elsewhere."""
