"""Text and markdown, for reading: tables fitted to the width, colour only on a terminal.

The layout is linear in the size of the output; values are cut to ``CELL_LIMIT`` characters
(with "…" and a note saying so).
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from coopdb.render.document import Document, Highlighted, Table, bounded, cut_note, visible

PIPE_WIDTH = 100
"""Text width when the output is not a terminal, so piped output is the same everywhere."""
COLUMN_GAP = "   "
_BOLD, _TITLE, _HIGHLIGHT, _RESET = "\x1b[1m", "\x1b[1;36m", "\x1b[1;33m", "\x1b[0m"


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def as_markdown(doc: Document) -> str:
    out: list[str] = []
    cut = 0
    if doc.title:
        out += [f"# {visible(doc.title)}", ""]
    for line in doc.lines:
        out.append(f"{visible(line)}  ")
    for table in doc.tables:
        out += ["", f"## {visible(table.title)}", ""]
        if not table.rows or not table.columns:
            out.append(f"_{visible(table.empty if not table.rows else 'no columns')}_")
            continue
        out.append("| " + " | ".join(_md_escape(visible(c)) for c in table.columns) + " |")
        out.append("|" + "---|" * len(table.columns))
        for row in table.rows:
            shown = [bounded(v) for v in row]
            cut += sum(was_cut for _, was_cut in shown)
            out.append("| " + " | ".join(_md_escape(text) for text, _ in shown) + " |")
    notes = [*cut_note(cut), *doc.notes]
    if notes:
        out.append("")
        out += [f"_{_md_escape(visible(note))}_  " for note in notes]
    return "\n".join(out).strip() + "\n"


def as_text(doc: Document, *, terminal: bool, width: int | None = None) -> str:
    """A terminal layout: tables fitted to the width, colour only on a terminal."""
    if width is None:
        width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if terminal else PIPE_WIDTH

    def styled(text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if terminal else text

    out: list[str] = []
    cut = 0
    if doc.title:
        out.append(styled(visible(doc.title), _BOLD))
    for line in doc.lines:
        out.append(f"  {visible(line)}")
    for table in doc.tables:
        out += ["", styled(visible(table.title), _TITLE)]
        if not table.rows or not table.columns:
            out.append(f"  {visible(table.empty if not table.rows else 'no columns')}")
            continue
        lines, table_cut = _text_table(table, width, terminal)
        out += lines
        cut += table_cut
    notes = [*cut_note(cut), *doc.notes]
    if notes:
        out.append("")
        out += [visible(note) for note in notes]
    text = "\n".join(out)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


@dataclass
class _Column:
    header: str
    cells: list[str]
    wide: bool
    marked: bool
    """Cells hold «highlight» markers that a terminal shows as colour (zero width)."""
    natural: int = 0
    width: int = 0


def _text_table(table: Table, width: int, terminal: bool) -> tuple[list[str], int]:
    """The table's lines, and how many of its values were cut."""
    shown = [[bounded(row[i]) for row in table.rows] for i in range(len(table.columns))]
    cut = sum(was_cut for values in shown for _, was_cut in values)
    # Columns empty in every row say nothing on a terminal; leave them out (unless all are).
    keep = [i for i, values in enumerate(shown) if any(text for text, _ in values)]
    columns = [_column(table, i, shown[i], terminal) for i in keep or range(len(shown))]
    _fit(columns, width)
    rule = "─" * (sum(c.width for c in columns) + len(COLUMN_GAP) * (len(columns) - 1))
    lines: list[str] = []
    for r in range(-1, len(table.rows)):
        blocks = [_cell_block(c, r) for c in columns]
        for k in range(max(len(b) for b in blocks)):
            lines.append(
                COLUMN_GAP.join(
                    b[k] if k < len(b) else " " * c.width
                    for b, c in zip(blocks, columns, strict=True)
                )
            )
        if r == -1:
            if terminal:
                lines = [f"{_BOLD}{line}{_RESET}" for line in lines]
            lines.append(rule)
    return lines, cut


def _column(table: Table, i: int, shown: list[tuple[str, bool]], terminal: bool) -> _Column:
    marked = terminal and any(isinstance(row[i], Highlighted) for row in table.rows)
    name = table.columns[i]
    column = _Column(
        visible(name), [text.expandtabs(8) for text, _ in shown], name in table.wide, marked
    )
    measure = _marked_width if marked else _width
    header = max(_width(line) for line in column.header.split("\n"))
    column.natural = max(1, header, *(measure(ln) for c in column.cells for ln in c.split("\n")))
    return column


def _fit(columns: list[_Column], width: int) -> None:
    """Column widths that fit ``width``: free text gets at least a third, others at most a
    quarter, and the widest columns give way first (a binary search on a common cap)."""
    available = max(width - len(COLUMN_GAP) * (len(columns) - 1), len(columns))

    def widths(cap: int) -> list[int]:
        result = []
        for c in columns:
            w = min(c.natural, cap) if c.wide else min(c.natural, cap, max(width // 4, 1))
            floor = min(c.natural, width // 3) if c.wide else 1
            result.append(max(w, floor, 1))
        return result

    low, high = 1, max(c.natural for c in columns)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(widths(middle)) <= available:
            low = middle
        else:
            high = middle - 1
    chosen = widths(low)
    spare = available - sum(chosen)
    for i, c in enumerate(columns):
        if spare <= 0:
            break
        limit = c.natural if c.wide else min(c.natural, max(width // 4, 1))
        grow = min(spare, max(limit - chosen[i], 0))
        chosen[i] += grow
        spare -= grow
    for c, w in zip(columns, chosen, strict=True):
        c.width = w


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    """Terminal columns the text takes (wide East Asian characters count two)."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _marked_width(text: str) -> int:
    return _width(text) - text.count("«") - text.count("»")


def _pad(text: str, width: int, measure: Callable[[str], int]) -> str:
    return text + " " * max(width - measure(text), 0)


def _wrap(text: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """Greedy word wrap; a word longer than the width is folded. Linear in the text."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split(" "):
            size = measure(word)
            if line and used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
                continue
            if line:
                out.append(line)
            pieces = _fold(word, width, measure) if size > width else [word]
            out += pieces[:-1]
            line, used = pieces[-1], measure(pieces[-1])
        out.append(line)
    return out


def _fold(word: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """A long word cut into pieces of at most ``width`` columns, in one pass."""
    if word.isascii() and measure is _width:
        return [word[i : i + width] for i in range(0, len(word), width)]
    pieces, start, used = [], 0, 0
    for i, char in enumerate(word):
        size = measure(char)
        if used + size > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0
        used += size
    pieces.append(word[start:])
    return pieces


def _cell_block(column: _Column, row: int) -> list[str]:
    """One cell (row -1: the header) as lines of exactly the column's width."""
    if row < 0:
        return [
            _pad(line, column.width, _width) for line in _wrap(column.header, column.width, _width)
        ]
    measure = _marked_width if column.marked else _width
    block = [
        _pad(line, column.width, measure)
        for line in _wrap(column.cells[row], column.width, measure)
    ]
    return _colour_highlights(block) if column.marked else block


def _colour_highlights(lines: list[str]) -> list[str]:
    """«marked» spans as colour, each line closing what it opens (a span may wrap)."""
    out, inside = [], False
    for line in lines:
        styled = (_HIGHLIGHT if inside else "") + line.replace("«", _HIGHLIGHT).replace("»", _RESET)
        opened, closed = line.rfind("«"), line.rfind("»")
        if opened != closed:
            inside = opened > closed
        out.append(styled + _RESET if inside else styled)
    return out
