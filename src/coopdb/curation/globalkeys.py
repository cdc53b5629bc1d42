"""Keys that are global across a seeds folder: one event reported by several articles.

Meetings, proposals, trade figures, twinning agreements, quantities and statements are named by
keys unique across the whole folder, so another article can refer to them (a proposal made at a
meeting another article reports) or attest them. Definitions are collected as each article is
read; references are collected too and settled once every article has been read, because the
article that defines a key may come later in the folder. Lines are looked up only for problems
(finding a line parses the file again).

A folder defines about fifteen keys per article, which held as Python objects would be the
largest part of a load's memory (3 KB an article, 150 MB at 50,000 articles): definitions are
kept in a temporary SQLite file instead (the standard library's, private to the process and
deleted when closed), with the files that define them numbered in a list.
"""

from __future__ import annotations

import difflib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from coopdb.curation import corpus as c
from coopdb.curation.problems import Problem, named
from coopdb.curation.spec import ArticleFile
from coopdb.curation.yamlread import CuratedFile, Loc

SECTIONS = {
    "meeting": "meetings",
    "proposal": "proposals",
    "trade_figure": "trade_figures",
    "twinning": "twinning",
    "quantity": "quantities",
    "statement": "statements",
}
"""Each kind of globally keyed fact, and the article section that defines it."""

KIND_WORDS = {kind: kind.replace("_", " ") for kind in SECTIONS}


@dataclass(frozen=True, slots=True)
class _Site:
    file: CuratedFile
    loc: Loc

    def where(self) -> str:
        line = self.file.line(self.loc)
        return f"{self.file.display}:{line}" if line else self.file.display


Definition = tuple[CuratedFile, int]
"""Where a key is defined: the file, and the item's place in the kind's section (a site
rebuilt only for a problem; a folder holds one for every fact with a key)."""


def _site(kind: str, definition: Definition) -> _Site:
    file, index = definition
    return _Site(file, (SECTIONS[kind], index, "key"))


@dataclass(frozen=True, slots=True)
class _Reference:
    kind: str
    key: str
    site: _Site


class GlobalKeys:
    """Every global key the articles read define, and every reference waiting to be settled."""

    def __init__(self) -> None:
        self._files: list[CuratedFile] = []
        """The files that define keys, numbered by their place here (the database's ``file``)."""
        self._db: sqlite3.Connection | None = None
        self.broken: dict[str, set[str]] = {kind: set() for kind in SECTIONS}
        """Keys of items that failed validation: references to them are not reported."""
        self.references: list[_Reference] = []

    def _definitions(self) -> sqlite3.Connection:
        """The definitions' table, created on first use ("" is a private temporary file
        SQLite writes to only once its page cache is full; nothing here needs durability)."""
        if self._db is None:
            db = sqlite3.connect("", isolation_level=None)
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute(
                "CREATE TABLE defined (kind TEXT, key TEXT, file INTEGER, item INTEGER,"
                " PRIMARY KEY (kind, key)) WITHOUT ROWID"
            )
            self._db = db
        return self._db

    def close(self) -> None:
        """Delete the definitions' file (the keys are needed no more once settled)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def site(self, kind: str, key: str) -> Definition | None:
        """Where ``key`` of ``kind`` is defined, if an article read so far defines it."""
        if self._db is None:
            return None
        row = self._db.execute(
            "SELECT file, item FROM defined WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        return None if row is None else (self._files[row[0]], row[1])

    def defines(self, kind: str, key: str) -> bool:
        return self.site(kind, key) is not None

    def keys(self, kind: str) -> Iterator[str]:
        """Every key of ``kind`` defined so far, in key order."""
        if self._db is not None:
            rows = self._db.execute("SELECT key FROM defined WHERE kind = ? ORDER BY key", (kind,))
            yield from (key for (key,) in rows)

    def define_all(self, file: CuratedFile, spec: ArticleFile, problems: list[Problem]) -> None:
        """Record each keyed fact of an article; a key another file defined is reported here,
        naming that file (a key twice in one file is reported by the section itself)."""
        db = self._definitions()
        number: int | None = None  # numbered at its first key: most files define some
        for kind, section in SECTIONS.items():
            items: Sequence[Any] = getattr(spec, section)
            for index, item in enumerate(items):
                key = item.key if item is not None else _raw_key(file, section, index)
                if key is None:
                    continue
                if item is None:
                    self.broken[kind].add(key)
                if number is None:
                    number = len(self._files)
                    self._files.append(file)
                added = db.execute(
                    "INSERT OR IGNORE INTO defined VALUES (?, ?, ?, ?)",
                    (kind, key, number, index),
                ).rowcount
                if added:
                    continue
                first = self.site(kind, key)
                assert first is not None
                if first[0] is not file:
                    problems.append(
                        file.problem(
                            (section, index, "key"),
                            f"duplicate {KIND_WORDS[kind]} key {named(key)}: keys are unique"
                            f" across the folder, and {_site(kind, first).where()} defines it"
                            " already",
                        )
                    )

    def refer(self, file: CuratedFile, loc: Loc, kind: str, key: str) -> None:
        """A reference to a key of any article, settled by ``settle`` once all are read."""
        self.references.append(_Reference(kind, key, _Site(file, loc)))

    def settle(self, corpus: c.Corpus, problems: list[Problem]) -> None:
        """Report references to keys no article defines; when articles were skipped as
        unchanged, such a key may be theirs, so the load checks it in the database."""
        for reference in self.references:
            kind, key = reference.kind, reference.key
            if key in self.broken[kind] or self.defines(kind, key):
                continue
            if corpus.unchanged:
                where = reference.site.file.problem(reference.site.loc, "").__str__()
                corpus.foreign_keys.append(c.ForeignKey(kind, key, where.removesuffix(": ")))
                continue
            guess = difflib.get_close_matches(key, list(self.keys(kind)), n=1)
            hint = f" (did you mean {named(guess[0])}?)" if guess else ""
            problems.append(
                reference.site.file.problem(
                    reference.site.loc,
                    f"unknown {KIND_WORDS[kind]} {named(key)}: no article defines it{hint}",
                )
            )
        if corpus.unchanged:  # what the load checks against the articles it skipped
            corpus.global_keys = {kind: {} for kind in SECTIONS}
            if self._db is not None:
                rows = self._db.execute("SELECT kind, key, file FROM defined")
                for kind, key, number in rows:
                    corpus.global_keys[kind][key] = self._files[number].path.stem


def _raw_key(file: CuratedFile, section: str, index: int) -> str | None:
    """The key of an item that failed validation, when it has a usable one."""
    raw = file.doc.get(section)
    item = raw[index] if isinstance(raw, list) and index < len(raw) else None
    key = item.get("key") if isinstance(item, dict) else None
    return key if isinstance(key, str) else None
