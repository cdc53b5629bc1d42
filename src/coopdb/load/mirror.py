"""load_corpus: run a load's steps in order inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from sqlalchemy.engine import Connection

from coopdb.curation import corpus as c
from coopdb.db import DatabaseError
from coopdb.load import evidence
from coopdb.load.crossrefs import check_global_keys, repoint_moved
from coopdb.load.engine import Syncer
from coopdb.load.facts import _Mirror
from coopdb.load.figures import load_quantities
from coopdb.load.lock import acquire_load_lock
from coopdb.load.result import LoadResult

ProgressHook = Callable[[str], None]


def load_corpus(
    connection: Connection,
    corpus: c.Corpus,
    *,
    progress: ProgressHook | None = None,
    full: bool = False,
    rehearsal: bool = False,
) -> LoadResult:
    """Make the database mirror ``corpus`` inside the caller's transaction.

    ``full`` compares every source and fact instead of trusting the stored fingerprints (the
    corpus must then have been validated without them, so no article is left unread);
    ``rehearsal`` (implies ``full``) is for a caller that will roll the transaction back.
    """
    full = full or rehearsal
    if full and corpus.unchanged:
        raise ValueError("a full load needs every article read: validate without fingerprints")
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    # Callers take the lock before reading fingerprints under it, so this returns at once;
    # it keeps a caller that did not take it from loading unlocked.
    acquire_load_lock(driver, 600, lambda _line: None)
    result = LoadResult()
    sync = Syncer(driver, result, rehearsal=rehearsal)
    step = progress or (lambda _name: None)

    mirror = _Mirror(sync, driver, corpus, result, full)
    try:
        step("entities")
        mirror.regions()
        mirror.entities()
        step("sources")
        mirror.sources()
        check_global_keys(mirror)
        step("facts")
        mirror.mentions()
        mirror.meetings()
        evidence.statements(mirror)
        mirror.proposals()
        mirror.trade()
        mirror.twinning()
        load_quantities(mirror)
        evidence.attestations(mirror)
        evidence.source_dates(mirror)
        repoint_moved(mirror)
        step("removing what is no longer curated")
        sync.delete_stale()
    except psycopg.errors.UniqueViolation as error:
        raise DatabaseError(_unrepairable(error)) from None
    return result


def _unrepairable(error: psycopg.errors.UniqueViolation) -> str:
    """One line for a value the files give one row while another row holds it.

    Valid files never collide with themselves, so the other row was changed by hand (two
    rows' unique values swapped, say): a load cannot tell which row should keep its id.
    """
    detail = error.diag.message_detail or ""
    return (
        f"the database differs from the files in a way a load cannot repair:"
        f" {error.diag.message_primary} ({detail.strip()}); change that row by hand"
    )
