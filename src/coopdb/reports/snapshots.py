"""The one read-only snapshot every read command runs its queries in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg


@contextmanager
def snapshot(conn: psycopg.Connection[Any]) -> Iterator[psycopg.Connection[Any]]:
    """One read-only REPEATABLE READ transaction around everything a command reads.

    At READ COMMITTED each query sees the commits made since the previous one: a report's
    facts could name a source that its sources query then no longer finds. Here every query
    sees the database as of the first one, and nothing can be written.
    """
    if conn.autocommit or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        raise RuntimeError("snapshot() needs an idle connection that is not in autocommit mode")
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    with conn.transaction():
        yield conn


def in_snapshot(conn: psycopg.Connection[Any]) -> bool:
    """True inside ``snapshot`` (or any transaction whose queries share one snapshot)."""
    return conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS and (
        conn.isolation_level
        in (psycopg.IsolationLevel.REPEATABLE_READ, psycopg.IsolationLevel.SERIALIZABLE)
    )
