"""What ``coopdb changes --since N`` prints: the loads after load N and every row they wrote.

It reads only ``reporting.loads`` and ``reporting.changes``, so a reporting-only reader can
run it, and a script that remembers the last load number it saw syncs with one call.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from psycopg.rows import dict_row

from coopdb.render import Document, Table

LOADS = (
    "SELECT load_id, started_at, finished_at, full_load, added, changed, removed,"
    " input_sha256, coopdb_version FROM reporting.loads WHERE load_id > %s ORDER BY load_id"
)
CHANGES = (
    "SELECT load_id, relation, row_id, row_key::jsonb AS row_key, operation"
    " FROM reporting.changes WHERE load_id > %s"
    " ORDER BY load_id, relation, row_id NULLS LAST, row_key"
)


def changes_document(conn: psycopg.Connection[Any], since: int) -> Document:
    """The loads numbered above ``since``, then their changes, one row each."""
    cur = conn.cursor(row_factory=dict_row)
    loads = cur.execute(LOADS, (since,)).fetchall()
    changes = cur.execute(CHANGES, (since,)).fetchall()
    last = loads[-1]["load_id"] if loads else since
    lines = [
        f"load {load['load_id']} at {load['finished_at']:%Y-%m-%d %H:%M:%S%z}"
        f"{' (full)' if load['full_load'] else ''}: {load['added']} added,"
        f" {load['changed']} changed, {load['removed']} removed"
        for load in loads
    ]
    if not loads:
        lines = [f"no load after load {since}"]
    table = Table(
        "changes",
        "Rows inserted, updated or deleted",
        ["load_id", "relation", "row_id", "row_key", "operation"],
        [
            [c["load_id"], c["relation"], c["row_id"], _compact(c["row_key"]), c["operation"]]
            for c in changes
        ],
        empty="none",
        wide=("row_key",),
    )
    return Document(
        title=f"Changes after load {since}",
        lines=lines,
        tables=[table],
        data={"since": since, "last_load": last, "loads": loads, "changes": changes},
        notes=[f"next time: coopdb changes --since {last}"],
    )


def _compact(key: dict[str, Any]) -> str:
    """A row key on one line, the way it is stored (JSON, keys in order)."""
    return json.dumps(key, ensure_ascii=False, separators=(", ", ": "))
