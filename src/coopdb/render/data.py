"""json and csv: every value whole, written batch by batch so any number of rows can stream."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

import orjson

from coopdb.render.document import Table, json_default, plain, visible

_JSON_CONTROL = re.compile("[\x7f-\x9f]")


def _json_safe(text: str) -> str:
    """JSON with DEL and C1 controls escaped too (json escapes only U+0000–U+001F)."""
    if not _JSON_CONTROL.search(text):
        return text
    return _JSON_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME


def _orjson_default(value: Any) -> Any:
    """``json_default``, with a number written as ``json`` writes it (orjson would write
    the float 1e-05 as 0.00001): the two encoders' text stays the same."""
    converted = json_default(value)
    if isinstance(converted, float):
        return orjson.Fragment(json.dumps(converted))
    return converted


def as_json(data: Any) -> str:
    """Indented JSON, as ``json.dumps(indent=2, ensure_ascii=False)`` writes it. orjson writes
    the same text several times faster (a large report's JSON is mostly this); what orjson
    refuses (an integer beyond 64 bits, a key that is not a string) goes to ``json``."""
    try:
        text = orjson.dumps(data, default=_orjson_default, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        text = json.dumps(data, default=json_default, ensure_ascii=False, indent=2)
    return _json_safe(text) + "\n"


def json_chunks(keys: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """A JSON list of objects, one per row, written as it goes (the shape ``as_json`` gives).

    ``keys`` must be unique. A batch of flat rows is one call to the C encoder, whose item
    separator gives the indentation (JSON strings never hold a raw newline, so the
    separators found afterwards are structural); rows holding arrays or objects take the
    indenting encoder.
    """
    encode = json.JSONEncoder(
        default=json_default, ensure_ascii=False, separators=(",\n    ", ": ")
    ).encode
    rows = iter(rows)
    first = True
    while batch := list(islice(rows, 500)):
        records = [dict(zip(keys, row, strict=True)) for row in batch]
        if not keys:
            text = ",\n  ".join("{}" for _ in records)
        elif set(map(type, chain.from_iterable(batch))) & {list, dict}:
            text = ",\n  ".join(as_json(r)[:-1].replace("\n", "\n  ") for r in records)
        else:
            inner = encode(records)[2:-2].replace("},\n    {", "\n  },\n  {\n    ")
            text = "{\n    " + inner + "\n  }"
        yield _json_safe(("[\n  " if first else ",\n  ") + text)
        first = False
    yield "[]\n" if first else "\n]\n"


_CSV_NATIVE = frozenset((str, int, type(None)))
"""Types the csv module writes as ``cell`` would (None as an empty field)."""


def csv_chunks(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """CSV (header first), a few hundred rows per chunk, so any number of rows can stream.

    Control characters are made visible in each chunk as a whole, as ``cell`` would in
    each value (the line terminator is a newline, which stays)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    rows = iter(rows)
    while batch := list(islice(rows, 500)):
        if set(map(type, chain.from_iterable(batch))) <= _CSV_NATIVE:
            writer.writerows(batch)
        else:
            writer.writerows([v if type(v) in _CSV_NATIVE else plain(v) for v in r] for r in batch)
        yield visible(out.getvalue())
        out.seek(0)
        out.truncate()
    yield visible(out.getvalue())


def as_csv(table: Table) -> str:
    return "".join(csv_chunks(table.columns, table.rows))
