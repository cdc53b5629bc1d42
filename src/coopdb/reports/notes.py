"""The curators' notes as numbered footnotes: a fact's note, how a date or period was
inferred, why a value is a probable error. Without them a reader of the text report sees
"(inferred)" and never learns from what, nor that a date came from outside the article.

Notes are numbered in the order the report prints them; the same text noted twice keeps its
first number. A marker is ``[^N]``, as Markdown writes a footnote.
"""

from __future__ import annotations

from coopdb.render import Table
from coopdb.reports.queries import Record, Report

NOTE_FIELDS = (
    ("note", ""),
    ("date_note", "date"),
    ("proposed_note", "date proposed"),
    ("meeting_date_note", "date"),
    ("timeframe_note", "timeframe"),
    ("period_note", "period"),
    ("compared_note", "compared period"),
    ("original_note", "first signed"),
    ("source_error_note", "source error"),
)
"""A record's note columns, each with the words that say what the note is about."""


class Footnotes:
    """The report's notes, numbered as they are first marked."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._numbers: dict[str, int] = {}

    def number(self, text: str) -> int:
        if text not in self._numbers:
            self.texts.append(text)
            self._numbers[text] = len(self.texts)
        return self._numbers[text]

    def mark(self, record: Record, *fields: str) -> str:
        """' [^1] [^2]' for the record's notes (all its note columns unless ``fields``
        names some); '' when it has none."""
        wanted = [(f, about) for f, about in NOTE_FIELDS if not fields or f in fields]
        numbers = []
        for column, about in wanted:
            text = record.get(column)
            if text:
                numbers.append(self.number(f"{about}: {text}" if about else str(text)))
        return "".join(f" [^{n}]" for n in dict.fromkeys(numbers))

    def marked(self, text: str, record: Record, *fields: str) -> str:
        """``text`` with the record's note markers after it."""
        return (text + self.mark(record, *fields)).lstrip()

    def table(self) -> Table:
        rows = [[f"[^{n}]", text] for n, text in enumerate(self.texts, start=1)]
        return Table("notes", "Notes", ["note", "text"], rows, empty="none", wide=("text",))


HISTORY = ("actual", "estimate")

_ORDER: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("twinning", (("note",), ("date_note", "original_note"))),
    ("meetings", (("date_note",), ("note",))),
    ("trade", (("period_note",), ("compared_note",), ("note", "source_error_note"))),
    ("trade_outlook", (("period_note",), ("compared_note",), ("note", "source_error_note"))),
    ("trade_goods", (("note",),)),
    (
        "proposals",
        (
            ("note", "source_error_note"),
            ("proposed_note", "meeting_date_note"),
            ("timeframe_note",),
        ),
    ),
    ("statements", (("note",),)),
    ("quantities", (("period_note",), ("note", "source_error_note"))),
    ("sources", (("date_note",),)),
)
"""The order the report's tables mark notes in: section by section, row by row, cell by
cell (``tests/test_reports_story.py`` checks it against the text report's numbers)."""


def report_notes(report: Report) -> list[str]:
    """The report's notes numbered as the text report numbers them, without building its
    tables (the HTML page lists them; any record, however partial, is read with ``get``)."""
    notes = Footnotes()
    for section, cells in _ORDER:
        if section in ("trade", "trade_outlook"):
            history = section == "trade"
            records = [t for t in report.trade_figures if (t.get("status") in HISTORY) == history]
        else:
            records = getattr(report, section)
        for record in records:
            for fields in cells:
                notes.mark(record, *fields)
    return notes.texts
