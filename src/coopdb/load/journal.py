"""The load journal: every row a load writes is noted as the write happens, and the load is
recorded in ``core.loads`` / ``core.changes`` before its transaction commits.

Each write of the mirror engine (one UPDATE, INSERT or DELETE per table) becomes a
data-modifying WITH whose RETURNING rows go into a temporary table, so noting a change costs
no round trip and no row crosses the wire. At the end one statement folds the notes per row
(a row renamed and then updated is one update) into ``core.changes`` under a new load
number. A load that changed nothing records nothing: consumers polling "changes since N"
see no empty loads, and a repeated load stays a load that writes no row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from coopdb import __version__

NOTES = "pg_temp.coopdb_load_changes"
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def start_journal(conn: psycopg.Connection[Any]) -> None:
    """An empty notes table for this transaction (dropped when it ends)."""
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {NOTES.removeprefix('pg_temp.')}"
        " (relation text NOT NULL, row_id bigint, row_key jsonb NOT NULL, operation text NOT NULL)"
        " ON COMMIT DROP"
    )
    conn.execute(f"TRUNCATE {NOTES}")


def journaled(
    statement: str, relation: str, key: Sequence[str], has_id: bool, operation: str
) -> sql.SQL:
    """``statement``, a write on alias ``t`` (with ``{}`` placeholders left to fill), wrapped
    so that each row it writes is noted; its row count stays the number of rows written."""
    for name in (relation, *key):
        if not _NAME.match(name):
            raise ValueError(f"not a plain identifier: {name!r}")
    row_id = "t.id" if has_id else "NULL::bigint"
    row_key = ", ".join(f"'{k}', t.\"{k}\"" for k in key)
    return sql.SQL(
        f"WITH written AS ({statement} RETURNING {row_id}, jsonb_build_object({row_key}))"
        f" INSERT INTO {NOTES} SELECT '{relation}', * , '{operation}' FROM written"
    )


FOLDED = f"""
SELECT relation, row_key, max(row_id) AS row_id,
       CASE WHEN bool_or(operation = 'insert') THEN 'insert'
            WHEN bool_or(operation = 'delete') THEN 'delete' ELSE 'update' END AS operation
FROM {NOTES} GROUP BY relation, row_key
"""
"""One note per row written: inserted wins (a new row), then deleted, else updated."""

INPUT_SHA256 = (
    "SELECT encode(sha256(convert_to(coalesce(string_agg(key || ' ' || input_sha256, E'\\n'"
    " ORDER BY key), ''), 'UTF8')), 'hex') FROM core.sources"
)


def record_load(conn: psycopg.Connection[Any], *, full: bool) -> int | None:
    """Record the load noted so far as ``core.loads`` row and its ``core.changes``; its id,
    or None (and nothing recorded) when it wrote no row."""
    row = conn.execute(
        f"WITH folded AS ({FOLDED})"
        " INSERT INTO core.loads (started_at, finished_at, input_sha256, full_load,"
        " added, changed, removed, coopdb_version)"
        f" SELECT transaction_timestamp(), clock_timestamp(), ({INPUT_SHA256}), %s,"
        " count(*) FILTER (WHERE operation = 'insert'), count(*) FILTER (WHERE operation ="
        " 'update'), count(*) FILTER (WHERE operation = 'delete'), %s"
        " FROM folded HAVING count(*) > 0 RETURNING id",
        (full, __version__),
    ).fetchone()
    if row is None:
        return None
    load_id = int(row[0])
    conn.execute(
        "INSERT INTO core.changes (load_id, relation, row_key, row_id, operation)"
        f" SELECT %s, relation, row_key, row_id, operation FROM ({FOLDED}) AS folded",
        (load_id,),
    )
    conn.execute(f"TRUNCATE {NOTES}")
    return load_id
