"""The one place output is rendered, for every command: text, markdown, json or csv.

A command builds a ``Document`` — a title, a few lines, tables of display values, and the
structured data behind them — and ``render`` writes it in the chosen format. Text is a
terminal layout (tables fitted to the width, colour only on a terminal); markdown is for
pasting; json is the structured data for scripts; csv is one table.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FORMATS = ("text", "markdown", "json", "csv")
PIPE_WIDTH = 100
"""Text width when the output is not a terminal, so piped output is the same everywhere."""


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


def cell(value: Any) -> str:
    """A value as text: NULL is empty, numbers plain, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def as_json(data: Any) -> str:
    return json.dumps(data, default=_json_default, ensure_ascii=False, indent=2) + "\n"


def as_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([cell(value) for value in row] for row in table.rows)
    return out.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def as_markdown(doc: Document) -> str:
    out: list[str] = []
    if doc.title:
        out += [f"# {doc.title}", ""]
    for line in doc.lines:
        out.append(f"{line}  ")
    for table in doc.tables:
        out += ["", f"## {table.title}", ""]
        if not table.rows:
            out.append(f"_{table.empty}_")
            continue
        out.append("| " + " | ".join(_md_escape(c) for c in table.columns) + " |")
        out.append("|" + "---|" * len(table.columns))
        for row in table.rows:
            out.append("| " + " | ".join(_md_escape(cell(v)) for v in row) + " |")
    return "\n".join(out).strip() + "\n"


def as_text(doc: Document, *, terminal: bool, width: int | None = None) -> str:
    """A terminal layout with rich: tables fitted to the width, colour only on a terminal."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table as RichTable

    if width is None:
        width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if terminal else PIPE_WIDTH
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=terminal,
        color_system="standard" if terminal else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    if doc.title:
        console.print(f"[bold]{escape(doc.title)}[/bold]")
    for line in doc.lines:
        console.print(f"  {escape(line)}")
    for table in doc.tables:
        console.print()
        console.print(f"[bold cyan]{escape(table.title)}[/bold cyan]")
        if not table.rows:
            console.print(f"  {escape(table.empty)}")
            continue
        # Columns empty in every row say nothing on a terminal; leave them out.
        keep = [i for i in range(len(table.columns)) if any(cell(r[i]) for r in table.rows)]
        rich_table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        for i in keep:
            column = table.columns[i]
            if column in table.wide:
                rich_table.add_column(escape(column), overflow="fold", min_width=width // 3)
            else:
                rich_table.add_column(escape(column), overflow="fold", max_width=width // 4)
        for row in table.rows:
            rich_table.add_row(*(_rich_cell(row[i], terminal) for i in keep))
        console.print(rich_table)
    text = buffer.getvalue()
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def _rich_cell(value: Any, terminal: bool) -> str:
    from rich.markup import escape

    if isinstance(value, Highlighted) and terminal:
        return value.markup()
    return escape(cell(value))


class Highlighted(str):
    """Text with «marked» spans, shown bold on a terminal and with « » elsewhere."""

    def markup(self) -> str:
        from rich.markup import escape

        return escape(str(self)).replace("«", "[bold yellow]").replace("»", "[/bold yellow]")


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
