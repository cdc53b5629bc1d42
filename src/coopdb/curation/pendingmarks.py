"""Counting facts marked ``pending: true`` (drafted, not yet reviewed) in a parsed facts file:
validation counts them from the documents it parses anyway, so no file is read twice."""

from __future__ import annotations

from typing import Any

from coopdb.curation.yamlread import CuratedFile


def count_marks(node: Any) -> int:
    """Mappings marked pending anywhere in a document (only facts may carry the mark)."""
    if isinstance(node, dict):
        own = 1 if node.get("pending") is True else 0
        return own + sum(count_marks(value) for value in node.values())
    if isinstance(node, list):
        return sum(count_marks(item) for item in node)
    return 0


def count_pending(file: CuratedFile | None) -> int:
    """Pending facts of one parsed facts file (none for a file that did not parse)."""
    return count_marks(file.doc) if file is not None else 0


def may_be_pending(raw: bytes) -> bool:
    """Whether a facts file's bytes can mark anything pending: the key is spelled out, or
    written with escapes (only a double-quoted key can hold them, after a backslash)."""
    return b"pending" in raw or b"\\" in raw
