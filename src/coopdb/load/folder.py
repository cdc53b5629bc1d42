"""load_folder: lock, read the loaded fingerprints, validate under the lock, then sync.

Every caller that loads a folder (``coopdb load``, the embedded bootstrap, the test
templates) goes through here, so validation always runs with the lock held: what the
fingerprints call "unchanged" cannot move between the check and the write. A load that
wrote anything is recorded in the load journal (``coopdb.load.journal``) before it commits,
and the reporting tables are brought in step with what it wrote (``coopdb.load.reporting``)
in the same transaction, so readers see both or neither.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy.engine import Connection

from coopdb.curation import corpus as c
from coopdb.load.journal import record_load
from coopdb.load.lock import acquire_load_lock, loaded_fingerprints
from coopdb.load.mirror import ProgressHook, load_corpus
from coopdb.load.reporting import refresh_journal, refresh_reporting
from coopdb.load.result import LoadResult

Validator = Callable[[Path, Mapping[str, str] | None], c.Corpus]


@dataclass
class FolderLoad:
    """What a folder load read and wrote, and how long each phase took (seconds)."""

    corpus: c.Corpus
    result: LoadResult
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        """Articles in the folder, whether synced or skipped as unchanged."""
        return len(self.corpus.sources) + len(self.corpus.unchanged)


def load_folder(
    connection: Connection,
    folder: Path,
    *,
    full: bool = False,
    validate: Validator | None = None,
    lock_timeout_seconds: float = 600,
    on_wait: Callable[[str], None] | None = None,
    progress: ProgressHook | None = None,
    allow_pending: bool = False,
) -> FolderLoad:
    """Make the database mirror ``folder`` inside the caller's transaction.

    ``validate`` turns the folder and the loaded fingerprints into a corpus (default:
    ``coopdb.curation.validate_folder``; the CLI passes one that words its problems);
    ``full`` validates without fingerprints so every article is compared. Facts marked
    ``pending: true`` are refused (nothing unreviewed is published) unless ``allow_pending``.
    """
    from coopdb.curation import validate_folder

    check: Validator = validate or validate_folder
    step = progress or (lambda _name: None)
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    started = time.perf_counter()
    acquire_load_lock(driver, lock_timeout_seconds, on_wait or (lambda _line: None))
    timings = {"lock": time.perf_counter() - started}
    step("validating")
    corpus = check(folder, None if full else loaded_fingerprints(connection))
    if not allow_pending:
        _refuse_pending(corpus)
    timings["validate"] = time.perf_counter() - started - timings["lock"]
    result = load_corpus(connection, corpus, progress=progress, full=full)
    timings["write"] = time.perf_counter() - started - timings["lock"] - timings["validate"]
    step("reporting tables")
    result.reporting = refresh_reporting(driver, full=full).tables
    result.load_id = record_load(driver, full=full)
    refresh_journal(driver, result.load_id, full=full)
    timings["reporting"] = time.perf_counter() - started - sum(timings.values())
    return FolderLoad(corpus, result, timings)


def _refuse_pending(corpus: c.Corpus) -> None:
    """One line per facts file that still has facts pending review; nothing is written."""
    from coopdb.curation.draft.pending import PENDING_HINT, pending_lines
    from coopdb.errors import ProblemsError

    counts = corpus.pending
    if counts:
        outcome = f"nothing was loaded: {PENDING_HINT}, or load with --allow-pending"
        raise ProblemsError(pending_lines(counts), outcome)
