"""The one place output is rendered, for every command: text, markdown, json or csv.

A command builds a ``Document`` — a title, a few lines, tables of display values, and the
structured data behind them — and ``render`` writes it in the chosen format. Text is a
terminal layout (tables fitted to the width, colour only on a terminal); markdown is for
pasting; json is the structured data for scripts; csv is one table.

Whatever the data holds, no format writes a raw control character other than newline and
tab: text, markdown and csv show them as ``\\x1b``-style escapes, json as ``\\u001b``. A value
can come from an article, and a terminal would obey an escape sequence in it.

Text and markdown are for reading, so they are bounded: a value longer than ``CELL_LIMIT``
characters is cut (with "…" and a note saying so). The layout is linear in the size of the
output; json and csv write every value whole and can be streamed row by row.
"""

from __future__ import annotations

from coopdb.render.data import as_csv, as_json, csv_chunks, json_chunks
from coopdb.render.document import (
    CELL_LIMIT,
    FORMATS,
    Document,
    Highlighted,
    Table,
    cell,
    visible,
)
from coopdb.render.text import as_markdown, as_text

__all__ = [
    "CELL_LIMIT",
    "FORMATS",
    "Document",
    "Highlighted",
    "Table",
    "as_csv",
    "as_json",
    "as_markdown",
    "as_text",
    "cell",
    "csv_chunks",
    "json_chunks",
    "render",
    "visible",
]


def render(doc: Document, output_format: str, *, terminal: bool = False) -> str:
    """The document in one of ``FORMATS``."""
    if output_format == "json":
        return as_json(doc.data)
    if output_format == "csv":
        table = doc.csv or (doc.tables[0] if len(doc.tables) == 1 else None)
        if table is None:
            raise ValueError("this output has several tables and no csv form")
        return as_csv(table)
    if output_format == "markdown":
        return as_markdown(doc)
    return as_text(doc, terminal=terminal)
