"""The generic mirror engine: stage desired rows, upsert what differs, delete what is stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from coopdb.load.journal import journaled, start_journal
from coopdb.load.result import LoadResult, TableCounts
from coopdb.models import SCHEMA, Base

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """How one table is synced: its natural key, its other columns, and the delete scope."""

    name: str
    key: tuple[str, ...]
    values: tuple[str, ...] = ()
    scope: str | None = None
    """SQL on alias ``t`` limiting deletions (``%(sources)s`` is the list of synced sources)."""
    alternate: str | None = None
    """Another unique column: a row found by it, whose one-column key was changed (by hand, or
    a region renamed in the files), gets its key back and keeps its id, instead of a new row
    colliding with it on that column."""


def _ident(column: str) -> sql.Identifier:
    return sql.Identifier(column)


def _columns(names: Sequence[str], alias: str | None = None) -> sql.Composed:
    return sql.SQL(", ").join(
        sql.Identifier(alias, name) if alias else sql.Identifier(name) for name in names
    )


def _match(key: Sequence[str]) -> sql.Composed:
    """Stage row ``s`` and table row ``t`` have the same natural key."""
    return sql.SQL(" AND ").join(
        sql.SQL("{t} = {s}").format(t=sql.Identifier("t", k), s=sql.Identifier("s", k)) for k in key
    )


def _assignment(names: Sequence[str]) -> sql.Composable:
    """``SET`` list giving table columns the stage row's values."""
    if len(names) == 1:
        return sql.SQL("{col} = {val}").format(
            col=_ident(names[0]), val=sql.Identifier("s", names[0])
        )
    return sql.SQL("({cols}) = ({vals})").format(cols=_columns(names), vals=_columns(names, "s"))


class Syncer:
    """Stages and upserts tables now, deletes stale rows at the end (children first)."""

    def __init__(
        self, conn: psycopg.Connection[Any], result: LoadResult, *, rehearsal: bool = False
    ) -> None:
        self.conn = conn
        self.result = result
        self.staged: list[tuple[Table, dict[str, Any]]] = []
        self.rehearsal = rehearsal
        self.rehearsal_ids = 0
        """Temporary ids given so far in a rehearsal (new rows get -1, -2, …)."""
        if not rehearsal:
            start_journal(conn)

    def _journaled(self, statement: str, table: Table, operation: str) -> sql.SQL:
        """``statement`` (a write on alias ``t``), also noting each row it writes in the load's
        journal, in the same statement; a rehearsal, rolled back, notes nothing."""
        if self.rehearsal:
            return sql.SQL(statement)
        has_id = "id" in Base.metadata.tables[f"{SCHEMA}.{table.name}"].c
        return journaled(statement, table.name, table.key, has_id, operation)

    def _stage_name(self, table: Table) -> sql.Identifier:
        return sql.Identifier(f"stage_{table.name}")

    def upsert(
        self, table: Table, rows: Iterable[Row], params: dict[str, Any] | None = None
    ) -> None:
        count = self._stage(table, rows)
        counts = self.result.tables.setdefault(table.name, TableCounts())
        cur = self.conn.cursor()
        target = sql.Identifier(SCHEMA, table.name)
        stage = self._stage_name(table)
        match = _match(table.key)
        if table.alternate:
            counts.changed += self._rekey(table)
        if table.values:
            cur.execute(
                self._journaled(
                    "UPDATE {target} AS t SET {assignment} FROM {stage} AS s"
                    " WHERE {match} AND ({old}) IS DISTINCT FROM ({new})",
                    table,
                    "update",
                ).format(
                    target=target,
                    assignment=_assignment(table.values),
                    stage=stage,
                    match=match,
                    old=_columns(table.values, "t"),
                    new=_columns(table.values, "s"),
                )
            )
            counts.changed += max(cur.rowcount, 0)
        columns = (*table.key, *table.values)
        ids: sql.Composable = sql.SQL("")
        new_ids: sql.Composable = sql.SQL("")
        if self.rehearsal and "id" in Base.metadata.tables[f"{SCHEMA}.{table.name}"].c:
            ids = sql.SQL("id, ")
            new_ids = sql.SQL("-({} + row_number() OVER (ORDER BY s.stage_row)), ").format(
                self.rehearsal_ids
            )
        cur.execute(
            self._journaled(
                "INSERT INTO {target} AS t ({ids}{cols}) SELECT {new_ids}{scols} FROM {stage} AS s"
                " WHERE NOT EXISTS (SELECT 1 FROM {target} AS t WHERE {match})"
                " ORDER BY s.stage_row",
                table,
                "insert",
            ).format(
                target=target,
                ids=ids,
                cols=_columns(columns),
                new_ids=new_ids,
                scols=_columns(columns, "s"),
                stage=stage,
                match=match,
            )
        )
        added = max(cur.rowcount, 0)
        self.rehearsal_ids += added
        counts.added += added
        counts.unchanged += count - counts.added - counts.changed
        self.staged.append((table, params or {}))

    def _stage(self, table: Table, rows: Iterable[Row]) -> int:
        """COPY the desired rows into a temporary table shaped like the target; their count.

        ``stage_row`` numbers the rows in the files' order: new rows take their ids in that
        order, whatever join the planner picks (PostgreSQL 16's hash right anti join returns
        them in hash order), so two loads of the same files give the same ids."""
        columns = (*table.key, *table.values)
        stage = self._stage_name(table)
        cur = self.conn.cursor()
        cur.execute(
            sql.SQL(
                "CREATE TEMP TABLE {stage} ON COMMIT DROP AS"
                " SELECT {cols} FROM {target} WITH NO DATA"
            ).format(stage=stage, cols=_columns(columns), target=sql.Identifier(SCHEMA, table.name))
        )
        cur.execute(
            sql.SQL("ALTER TABLE {stage} ADD stage_row bigint GENERATED ALWAYS AS IDENTITY").format(
                stage=stage
            )
        )
        count = 0
        with cur.copy(
            sql.SQL("COPY {stage} ({cols}) FROM STDIN").format(stage=stage, cols=_columns(columns))
        ) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        cur.execute(sql.SQL("ANALYZE {stage}").format(stage=stage))
        return count

    def _rekey(self, table: Table) -> int:
        """Give back its key (and values) to a row found by the alternate unique column."""
        assert table.alternate and len(table.key) == 1
        key, alternate = _ident(table.key[0]), _ident(table.alternate)
        cur = self.conn.cursor()
        cur.execute(
            self._journaled(
                "UPDATE {target} AS t SET {assignment} FROM {stage} AS s"
                " WHERE t.{alternate} = s.{alternate} AND t.{key} <> s.{key}"
                " AND NOT EXISTS (SELECT 1 FROM {target} AS o WHERE o.{key} = s.{key})"
                " AND NOT EXISTS (SELECT 1 FROM {stage} AS o WHERE o.{key} = t.{key})",
                table,
                "update",
            ).format(
                target=sql.Identifier(SCHEMA, table.name),
                assignment=_assignment((*table.key, *table.values)),
                stage=self._stage_name(table),
                alternate=alternate,
                key=key,
            )
        )
        return max(cur.rowcount, 0)

    def delete_stale(self) -> None:
        """Remove rows no longer curated, children before parents."""
        cur = self.conn.cursor()
        for table, params in reversed(self.staged):
            match = _match(table.key)
            scope = sql.SQL(table.scope + " AND ") if table.scope else sql.SQL("")
            cur.execute(
                self._journaled(
                    "DELETE FROM {target} AS t WHERE {scope}"
                    " NOT EXISTS (SELECT 1 FROM {stage} AS s WHERE {match})",
                    table,
                    "delete",
                ).format(
                    target=sql.Identifier(SCHEMA, table.name),
                    scope=scope,
                    stage=self._stage_name(table),
                    match=match,
                ),
                params,
            )
            counts = self.result.tables[table.name]
            counts.removed += max(cur.rowcount, 0)

    def ids(self, table: str, *key: str) -> dict[Any, int]:
        """Map natural key (a value, or a tuple for composite keys) → id."""
        cur = self.conn.cursor()
        cur.execute(
            sql.SQL("SELECT id, {cols} FROM {target}").format(
                cols=_columns(key), target=sql.Identifier(SCHEMA, table)
            )
        )
        rows = cur.fetchall()  # one call, not one per row: a table may hold 100,000s
        if len(key) == 1:
            return {row[1]: row[0] for row in rows}
        return {tuple(row[1:]): row[0] for row in rows}
