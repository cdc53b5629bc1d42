"""Running an analyst's SELECT safely: one statement, read-only, as coopdb_reader, with a timeout.

The query never runs with the caller's rights. It goes through ``core.run_read_only()``, a
security-definer function owned by ``coopdb_reader``: inside it PostgreSQL forbids switching
role, the transaction is read-only, and the cursor it opens admits exactly one SELECT. So writes
are refused whatever the text contains — multiple statements, data-modifying CTEs, functions
with side effects that need more than a reader's rights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import sql
from psycopg.pq import ExecStatus
from psycopg.types.json import set_json_loads

READING_KEYWORDS = ("select", "with", "values", "table", "")


class QueryError(Exception):
    """The query was refused or failed; the message is one line."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def run_read_only(conn: psycopg.Connection[Any], query: str, timeout_seconds: float) -> QueryResult:
    """Run one SELECT with a reader's rights and return its columns and rows."""
    if "\x00" in query:
        raise QueryError("the query contains a NUL character")
    query = query.strip().rstrip(";").strip()
    if not query:
        raise QueryError("the query is empty")
    first = query.split(None, 1)[0].lower().lstrip("(")
    if first not in READING_KEYWORDS:
        # Refused below anyway (it cannot parse as a subquery); this says why in plain words.
        raise QueryError(f"only one read-only SELECT is run; a {first.upper()} statement is not")
    set_json_loads(lambda data: json.loads(data, parse_float=Decimal), conn)
    try:
        with conn.transaction():
            conn.execute("SET TRANSACTION READ ONLY")
            conn.execute(
                sql.SQL("SET LOCAL statement_timeout = {}").format(
                    sql.Literal(f"{int(timeout_seconds * 1000)}ms")
                )
            )
            # Names resolve as inside core.run_read_only(): reporting views first.
            conn.execute("SET LOCAL search_path = reporting, core, pg_catalog, pg_temp")
            # Parse only (never executed with the caller's rights): gives the column names
            # even for an empty result, and refuses several statements.
            wrapped = f"SELECT * FROM (\n{query}\n) AS q".encode()
            for result in (conn.pgconn.prepare(b"", wrapped), conn.pgconn.describe_prepared(b"")):
                if result.status != ExecStatus.COMMAND_OK:
                    message = (result.error_message or b"the query cannot be parsed").decode()
                    raise QueryError(message.strip().removeprefix("ERROR:").strip().splitlines()[0])
            described = result
            columns = [
                (described.fname(i) or b"?column?").decode() for i in range(described.nfields)
            ]
            rows = [
                row[0] for row in conn.execute("SELECT * FROM core.run_read_only(%s)", (query,))
            ]
    except psycopg.errors.QueryCanceled:
        raise QueryError(
            f"the query ran longer than {timeout_seconds:g} s and was stopped"
        ) from None
    except psycopg.Error as error:
        raise QueryError(_one_line(error)) from None
    return QueryResult(columns, [{c: row.get(c) for c in columns} for row in rows])
