"""What a load wrote, per table, and the one-line summary the CLI prints."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TableCounts:
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0


@dataclass
class LoadResult:
    """What a load did, per table, for the summary line and for tests."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    sources_skipped: int = 0
    sources_compared: int = 0
    load_id: int | None = None
    """The load's number in core.loads, when it was recorded (it wrote at least one row)."""
    reporting: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """Rows deleted, updated and inserted per reporting table recomputed."""

    def total(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            total.added += counts.added
            total.changed += counts.changed
            total.removed += counts.removed
            total.unchanged += counts.unchanged
        return total

    def written(self) -> list[tuple[str, TableCounts]]:
        """Tables the load wrote to, parents first (for a full load's per-table lines)."""
        return [
            (name, counts)
            for name, counts in self.tables.items()
            if counts.added or counts.changed or counts.removed
        ]

    def summary(self) -> str:
        """The counts cover the rows compared: the shared files' and those of the articles
        read. An article skipped as unchanged is not compared, so its rows are in no count
        (counting them only sometimes made two loads of the same files disagree)."""
        total = self.total()
        return (
            f"{total.added} added, {total.changed} changed, {total.removed} removed,"
            f" {total.unchanged} unchanged of the rows compared"
            f" ({self.sources_compared} article(s) read and compared,"
            f" {self.sources_skipped} skipped as unchanged since they were loaded)"
        )
