"""Drift between the database and the curated files, found without changing either.

The comparison is the loader's own: a full load (``load_corpus(..., rehearsal=True)``) runs in
a transaction that is always rolled back, and its counts are the drift (a row it would add is
missing, one it would change differs, one it would remove should not be there). One engine
means ``coopdb db verify`` and ``coopdb load --full`` can never disagree about what is wrong.
Each reporting table is compared with its definition view too (as multisets, before the
rehearsal): ``load --full`` recomputes every one whole, so it repairs what this reports.

Why the rehearsal is safe: it takes the load lock, so loads wait for it (and it for them) as
for any load; readers never see uncommitted rows; it only ever ends in ROLLBACK, so no row
version it creates survives; and its new rows take temporary negative ids, so the identity
sequences (which a rollback would not rewind) do not move either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy.engine import Engine

from coopdb.curation import corpus as c
from coopdb.load import TableCounts, acquire_load_lock, load_corpus
from coopdb.load.reporting import out_of_step

SHOWN_KEYS = 5
"""Article keys named on the fingerprint line before it says "and N more"."""


@dataclass
class Drift:
    """What ``coopdb load --full`` would change, per table, and stale input fingerprints."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    stale_fingerprints: list[str] = field(default_factory=list)
    reporting: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Reporting tables out of step with their definitions: (rows missing, rows extra)."""
    rows: int = 0
    """Rows compared (every row the files describe)."""

    @property
    def in_sync(self) -> bool:
        return not self.tables and not self.stale_fingerprints and not self.reporting

    def lines(self) -> list[str]:
        """One line per drifted table, then one for the stale fingerprints."""
        lines = [
            f"core.{table}: {counts.added} missing, {counts.changed} differing,"
            f" {counts.removed} not in the files"
            for table, counts in self.tables.items()
        ]
        lines += [
            f"reporting.{name}: {missing} row(s) missing, {extra} row(s) not in its definition"
            for name, (missing, extra) in self.reporting.items()
        ]
        if self.stale_fingerprints:
            keys = self.stale_fingerprints
            shown = ", ".join(keys[:SHOWN_KEYS])
            more = f" and {len(keys) - SHOWN_KEYS} more" if len(keys) > SHOWN_KEYS else ""
            lines.append(
                f"core.sources: {len(keys)} stored input fingerprint(s) no longer match the"
                f" files: {shown}{more}"
            )
        return lines


def find_drift(
    engine: Engine,
    corpus: c.Corpus,
    *,
    lock_timeout_seconds: float = 600,
    on_wait: Callable[[str], None] | None = None,
) -> Drift:
    """Compare the database with ``corpus`` (validated without fingerprints), changing nothing."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            driver = connection.connection.driver_connection
            assert isinstance(driver, psycopg.Connection)
            acquire_load_lock(driver, lock_timeout_seconds, on_wait or (lambda _line: None))
            stored = {
                str(key): str(sha)
                for key, sha in driver.execute("SELECT key, input_sha256 FROM core.sources")
            }
            reporting = out_of_step(driver)
            result = load_corpus(connection, corpus, rehearsal=True)
        finally:
            transaction.rollback()
    drift = _drift(result.tables, corpus, stored)
    drift.reporting = reporting
    return drift


def _drift(tables: dict[str, TableCounts], corpus: c.Corpus, stored: dict[str, str]) -> Drift:
    drift = Drift()
    for table, counts in tables.items():
        drift.rows += counts.added + counts.changed + counts.unchanged
        if counts.added or counts.changed or counts.removed:
            drift.tables[table] = counts
    drift.stale_fingerprints = [
        s.key for s in corpus.sources if s.key in stored and stored[s.key] != s.input_sha256
    ]
    return drift
