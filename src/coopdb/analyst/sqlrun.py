"""Running an analyst's SELECT safely: one statement, read-only, sandboxed, bounded in time.

The query never runs with the caller's rights. It goes through ``core.run_read_only(query,
column_count)``, a security-definer function owned by a role that can only read: inside it
PostgreSQL forbids switching role, the transaction is read-only, and the cursor it opens
admits exactly one SELECT. Each row comes back as a JSON object keyed ``c1``…``cN``, so
results are positional: duplicate column names, or a column named like the wrapper's alias,
cannot collide. The column names come from describing the query (parsed, never executed, with
the caller's rights).

Rows stream through a server-side cursor in batches, so memory stays flat whatever the number
of rows, and the timeout bounds the whole run: it is the server's ``statement_timeout`` for
each step (set to what is left of it) and a deadline the client checks between batches.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from typing import Any

import psycopg
from psycopg import sql
from psycopg.pq import DiagnosticField, ExecStatus
from psycopg.types.string import TextLoader

from coopdb.errors import CoopdbError, first_line
from coopdb.render import visible

READING_KEYWORDS = ("select", "with", "values", "table", "")
TEXT_ROW_LIMIT = 1000
"""Rows that text and markdown show; csv and json stream every row."""
SEARCH_PATH = "pg_catalog, reporting, core, pg_temp"
"""As inside ``core.run_read_only``, so describing the query finds the same names."""
BATCH_BYTES = 4 * 1024 * 1024
"""About how much of the result one fetch brings over (the batch size adapts to it)."""
MAX_BATCH_ROWS = 5000
QUERY_CANCELED = b"57014"


class QueryError(CoopdbError):
    """The query was refused or failed; the message is one line."""

    prefix = "query refused or failed: "


@dataclass
class QueryResult:
    """The described column names, and the rows (lists of values, in column order)."""

    columns: list[str]
    rows: Iterator[Sequence[Any]]


def json_keys(columns: list[str]) -> list[str]:
    """Unique keys for json output: a name used once is kept; a repeated name's second,
    third… occurrences become ``name_2``, ``name_3``… (skipping names already taken)."""
    taken = set(columns)
    seen: set[str] = set()
    keys = []
    for name in columns:
        key = name
        if name in seen:
            n = 2
            while f"{name}_{n}" in taken:
                n += 1
            key = f"{name}_{n}"
            taken.add(key)
        seen.add(name)
        keys.append(key)
    return keys


class _Clock:
    """The wall-clock budget of one run, shared by the server's timeout and the client."""

    def __init__(self, timeout_seconds: float, started: float | None) -> None:
        self.timeout = timeout_seconds
        self.deadline = (time.monotonic() if started is None else started) + timeout_seconds

    def expired(self) -> QueryError:
        return QueryError(f"the query ran longer than {self.timeout:g} s and was stopped")

    def arm(self, conn: psycopg.Connection[Any]) -> None:
        """Give the next statement what is left of the budget, or stop if nothing is."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.expired()
        conn.execute(
            sql.SQL("SET LOCAL statement_timeout = {}").format(
                sql.Literal(f"{max(1, math.ceil(left * 1000))}ms")
            )
        )


def _checked(query: str) -> str:
    if "\x00" in query:
        raise QueryError("the query contains a NUL character")
    query = query.strip().rstrip(";").strip()
    if not query:
        raise QueryError("the query is empty")
    first = query.split(None, 1)[0].lower().lstrip("(")
    if first not in READING_KEYWORDS:
        # Refused below anyway (it cannot parse as a subquery); this says why in plain words.
        raise QueryError(
            f"only one read-only SELECT is run; a {visible(first.upper())} statement is not"
        )
    return query


def _describe(conn: psycopg.Connection[Any], query: str, clock: _Clock) -> list[str]:
    """The query's column names, in order, by parsing it (never executed with these rights);
    refuses several statements, and anything that is not a query."""
    wrapped = f"SELECT * FROM (\n{query}\n) AS coopdb_described".encode()
    for result in (conn.pgconn.prepare(b"", wrapped), conn.pgconn.describe_prepared(b"")):
        if result.status != ExecStatus.COMMAND_OK:
            if result.error_field(DiagnosticField.SQLSTATE) == QUERY_CANCELED:
                raise clock.expired()
            message = (result.error_message or b"the query cannot be parsed").decode()
            message = message.strip().removeprefix("ERROR:").strip()
            raise QueryError(visible(first_line(message)))
    return [(result.fname(i) or b"?column?").decode() for i in range(result.nfields)]


REPORTING_ONLY = (
    "a reporting-only reader cannot use coopdb sql (its query runner reads core): connect a"
    " SQL client (psql, a BI tool) with the URI `coopdb reader create` printed instead"
)


@contextmanager
def open_read_only(
    conn: psycopg.Connection[Any],
    query: str,
    timeout_seconds: float,
    *,
    limit: int | None = None,
    clip: int | None = None,
    started: float | None = None,
) -> Iterator[QueryResult]:
    """Run one SELECT in the sandbox; the rows stream while the context is open.

    ``limit`` keeps at most that many rows plus one (so the caller knows more exist) and
    stops the server there; ``clip`` keeps only that many characters of each text value;
    ``started`` is when the command's clock started (default: now). When the run fails or
    times out, the connection is closed.
    """
    clock = _Clock(timeout_seconds, started)
    query = _checked(query)
    try:
        with conn.transaction():
            try:
                conn.execute("SET TRANSACTION READ ONLY")
                conn.execute(f"SET LOCAL search_path = {SEARCH_PATH}")
                clock.arm(conn)
                columns = _describe(conn, query, clock)
                if limit is not None:
                    query = f"SELECT * FROM (\n{query}\n) AS coopdb_page LIMIT {limit + 1}"
                with conn.cursor(name="coopdb_sql") as cursor:
                    # Each row's JSON arrives as text; a batch is decoded in one call.
                    cursor.adapters.register_loader("json", TextLoader)
                    cursor.execute(
                        "SELECT * FROM core.run_read_only(%s, %s)", (query, len(columns))
                    )
                    batches = _batches(conn, cursor, len(columns), clock, clip)
                    yield QueryResult(columns, chain.from_iterable(batches))
            except BaseException:
                # A failed run ends by closing: a ROLLBACK would run under what is left of
                # the timeout (perhaps a millisecond), and could itself be cancelled.
                conn.close()
                raise
    except psycopg.errors.QueryCanceled:
        raise clock.expired() from None
    except psycopg.errors.InsufficientPrivilege as error:
        if "schema core" not in str(error):
            raise QueryError(visible(first_line(error))) from None
        # Only the runner's schema can say so: the query itself runs with the sandbox's rights.
        raise QueryError(REPORTING_ONLY) from None
    except psycopg.Error as error:
        raise QueryError(visible(first_line(error))) from None


def _batches(
    conn: psycopg.Connection[Any],
    cursor: psycopg.ServerCursor[Any],
    column_count: int,
    clock: _Clock,
    clip: int | None,
) -> Iterator[list[Sequence[Any]]]:
    """Rows fetched in batches sized to about ``BATCH_BYTES``, checking the clock each time."""
    keys = [f"c{i}" for i in range(1, column_count + 1)]
    decode = json.JSONDecoder(parse_float=Decimal).decode
    size = 100
    while True:
        clock.arm(conn)
        texts = [text for (text,) in cursor.fetchmany(size)]
        if not texts:
            return
        size_bytes = sum(map(len, texts)) + 1
        size = max(1, min(MAX_BATCH_ROWS, BATCH_BYTES * len(texts) // size_bytes))
        records = decode("[" + ",".join(texts) + "]")
        del texts
        if column_count > 1:
            rows: list[Sequence[Any]] = list(map(itemgetter(*keys), records))
        else:
            rows = [tuple(record.values()) for record in records]
        if clip is not None:
            rows = [[v[:clip] if isinstance(v, str) else v for v in row] for row in rows]
        yield rows
