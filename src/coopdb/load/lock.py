"""The load lock, and the input fingerprints read under it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy.engine import Connection

from coopdb.errors import CoopdbError


class LoadLockTimeoutError(CoopdbError):
    """Another load held the lock for longer than the caller was willing to wait."""


def acquire_load_lock(
    conn: psycopg.Connection[Any], timeout_seconds: float, on_wait: Callable[[str], None]
) -> None:
    """Take the load lock for the rest of the transaction; ``on_wait`` gets the line naming
    who holds it when the load has to wait. Readers cannot take it (see coopdb.locks)."""
    from coopdb.locks import LOAD_LOCK, LockTimeoutError, take_lock

    try:
        take_lock(
            conn,
            LOAD_LOCK,
            what="the load lock",
            action="coopdb load",
            timeout_seconds=timeout_seconds,
            on_wait=on_wait,
        )
    except LockTimeoutError as error:
        raise LoadLockTimeoutError(
            f"{error}; try again later or give a longer --lock-timeout"
        ) from None


def loaded_fingerprints(connection: Connection) -> dict[str, str]:
    """Input fingerprints of the loaded articles (call with the load lock held)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    rows = driver.execute("SELECT key, input_sha256 FROM core.sources WHERE input_sha256 <> ''")
    return {str(key): str(value) for key, value in rows}
