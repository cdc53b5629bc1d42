"""Facts marked ``pending: true``: drafted, not yet reviewed, so never loaded by accident."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coopdb.curation.problems import Problem
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder
from coopdb.curation.yamlread import CuratedFile, display_path, read_yaml

PENDING_HINT = "confirm each fact by deleting its `pending: true`"


def _count(node: Any) -> int:
    """Mappings marked pending anywhere in a document (only facts may carry the mark)."""
    if isinstance(node, dict):
        own = 1 if node.get("pending") is True else 0
        return own + sum(_count(value) for value in node.values())
    if isinstance(node, list):
        return sum(_count(item) for item in node)
    return 0


def count_pending(file: CuratedFile | None) -> int:
    """Pending facts of one parsed facts file (none for a file that did not parse)."""
    return _count(file.doc) if file is not None else 0


def may_be_pending(raw: bytes) -> bool:
    """Whether a facts file's bytes can mark anything pending: the key is spelled out, or
    written with escapes (only a double-quoted key can hold them, after a backslash)."""
    return b"pending" in raw or b"\\" in raw


def pending_counts(folder: Path) -> dict[str, int]:
    """Pending facts per facts file of ``folder`` (its path as shown), files with none left out.

    Read through the same sandbox as validation; a file it refuses or cannot parse counts
    nothing here, since validation reports it.
    """
    ignored: list[Problem] = []
    counts: dict[str, int] = {}
    with SeedsFolder(folder, lambda _name, _message: None) as seeds:
        for name in seeds.names(".yaml"):
            if name in SHARED_FILES:
                continue
            raw = seeds.read(name)
            file = read_yaml(folder / name, raw, ignored) if raw is not None else None
            count = _count(file.doc) if file is not None else 0
            if count:
                counts[display_path(folder / name)] = count
    return counts


def pending_lines(counts: dict[str, int]) -> list[str]:
    """One line per file with its count."""
    return [
        f"{path}: {count} fact{'s' if count != 1 else ''} pending review"
        for path, count in counts.items()
    ]


def pending_summary(counts: dict[str, int]) -> str:
    """The line ``coopdb check`` ends with when some facts are pending."""
    total = sum(counts.values())
    files = len(counts)
    return (
        f"{total} fact{'s' if total != 1 else ''} pending review in {files}"
        f" file{'s' if files != 1 else ''}: {PENDING_HINT}"
        " (coopdb load refuses them unless --allow-pending)"
    )
