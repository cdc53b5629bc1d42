"""Facts marked ``pending: true``: drafted, not yet reviewed, so never loaded by accident."""

from __future__ import annotations

from pathlib import Path

from coopdb.curation.pendingmarks import count_marks
from coopdb.curation.problems import Problem
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder
from coopdb.curation.yamlread import display_path, read_yaml

PENDING_HINT = "confirm each fact by deleting its `pending: true`"


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
            count = count_marks(file.doc) if file is not None else 0
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
