"""Keep the reporting tables equal to their definition views, inside the load's transaction.

A load notes every core row it writes (``coopdb.load.journal``); from those notes come the
articles whose reporting rows may differ:

- a note on a core table with ``source_id`` names its article (from the row's key, or from the
  row itself), a note on a link table (``meeting_regions``) names the article of the fact it
  links; ``core.sources`` notes name the article itself (a changed file always updates it);
- a note on a shared table (regions, officials, posts, enterprises …) can change any row, so
  such a load recomputes everything.

Per-source relations (``Relation.per_source``) are then recomputed for those articles plus
the articles their rows link to or are linked from (through the reporting foreign keys, before
and after the refresh: a meeting's participants may come from another article). Link relations
whose rows each belong to one such fact (``proposal_enterprises``) are recomputed for those
articles' facts, as the table held them before and after. Relations of shared rows and
aggregates across articles are recomputed whole. Each recomputation is one
statement comparing the definition view's rows with the table's by primary key: only rows
that differ are deleted, updated or inserted, so a load that changes nothing writes nothing,
and ``--full`` (every relation whole) repairs a table changed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from coopdb.load.journal import NOTES
from coopdb.models import SCHEMA, Base
from coopdb.reporting_schema import AGGREGATES, JOURNAL, PRIVATE, PUBLIC, Relation, relations

ANALYZE_SHARE = 0.2
"""A table whose refresh wrote more than this share of its rows gets fresh planner statistics
(a first load fills every table; without them a region filter would not use its index)."""


@dataclass
class Refreshed:
    """Rows each reporting table had deleted, updated and inserted."""

    tables: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(sum(counts) for counts in self.tables.values())


def _source_lookups() -> list[str]:
    """One SELECT per way a note names an article (see the module's docstring), from the
    core models, so a new core table needs no code here."""
    selects = [f"SELECT row_id FROM {NOTES} WHERE relation = 'sources'"]
    for table in Base.metadata.sorted_tables:
        if table.schema != SCHEMA or table.name in ("sources", *JOURNAL):
            continue
        name = table.name
        if "source_id" in table.c:
            selects.append(
                f"SELECT (row_key ->> 'source_id')::bigint FROM {NOTES}"
                f" WHERE relation = '{name}' AND row_key ? 'source_id'"
            )
            if "id" in table.c:
                selects.append(
                    f"SELECT x.source_id FROM core.{name} x JOIN {NOTES} n"
                    f" ON n.relation = '{name}' AND n.row_id = x.id"
                )
        for fk in table.foreign_keys:
            parent = fk.column.table
            if "source_id" in parent.c and parent.name != "sources":
                column = fk.parent.name
                selects.append(
                    f"SELECT p.source_id FROM {NOTES} n JOIN core.{parent.name} p"
                    f" ON p.id = (n.row_key ->> '{column}')::bigint"
                    f" WHERE n.relation = '{name}' AND n.row_key ? '{column}'"
                )
    return selects


def _shared_tables() -> list[str]:
    """Core tables whose rows no article owns: a change there may touch any reporting row."""
    owned = []
    for table in Base.metadata.sorted_tables:
        if table.schema != SCHEMA or table.name in JOURNAL:
            continue
        linked = any("source_id" in fk.column.table.c for fk in table.foreign_keys)
        if table.name != "sources" and "source_id" not in table.c and not linked:
            owned.append(table.name)
    return owned


def changed_sources(conn: psycopg.Connection[Any]) -> list[int] | None:
    """Articles the load's notes name; None when a shared table changed (recompute all)."""
    shared = conn.execute(
        f"SELECT EXISTS (SELECT FROM {NOTES} WHERE relation = ANY(%s))", (_shared_tables(),)
    ).fetchone()
    if shared is not None and shared[0]:
        return None
    query = " UNION ".join(_source_lookups())
    return sorted(int(r[0]) for r in conn.execute(query).fetchall() if r[0] is not None)


def linked_sources(
    conn: psycopg.Connection[Any], tables: dict[str, Relation], sources: list[int]
) -> set[int]:
    """Articles whose per-source rows link to, or are linked from, rows of ``sources``
    (one step along each reporting foreign key between per-source relations)."""
    found: set[int] = set()
    for relation in tables.values():
        if not relation.per_source:
            continue
        for column, target in relation.references.items():
            parent = tables[target]
            if not parent.per_source or column == "source_id":
                continue
            # each direction on its own, so both read an index (an OR would join whole tables)
            query = sql.SQL(
                "SELECT p.source_id, t.source_id FROM {t} t JOIN {p} p ON p.{key} = t.{column}"
                " WHERE t.source_id = ANY(%(s)s)"
                " UNION SELECT p.source_id, t.source_id FROM {p} p JOIN {t} t"
                " ON t.{column} = p.{key} WHERE p.source_id = ANY(%(s)s)"
            ).format(
                t=sql.Identifier(PUBLIC, relation.name),
                p=sql.Identifier(PUBLIC, target),
                key=sql.Identifier(parent.key[0]),
                column=sql.Identifier(column),
            )
            for a, b in conn.execute(query, {"s": sources}).fetchall():
                found.update(x for x in (a, b) if x is not None)
        for column in relation.columns:
            if column.endswith("_source_id"):
                found |= _other_sources(conn, relation, column, sources)
    return found - set(sources)


def _other_sources(
    conn: psycopg.Connection[Any], relation: Relation, column: str, sources: list[int]
) -> set[int]:
    """Articles a row names besides its own (``defined_in_source_id``), either way round."""
    query = sql.SQL(
        "SELECT source_id, {c} FROM {t} WHERE source_id = ANY(%(s)s)"
        " UNION SELECT source_id, {c} FROM {t} WHERE {c} = ANY(%(s)s)"
    ).format(c=sql.Identifier(column), t=sql.Identifier(PUBLIC, relation.name))
    return {x for row in conn.execute(query, {"s": sources}).fetchall() for x in row if x}


def refresh_relation(
    conn: psycopg.Connection[Any],
    relation: Relation,
    where: sql.Composable | None = None,
    params: dict[str, Any] | None = None,
) -> tuple[int, int, int]:
    """Make the rows of ``relation`` matching ``where`` (over its columns; all rows when None)
    equal to its definition's rows matching it: one statement, writing only rows that differ.

    Rows are matched by primary key; delete, update and insert touch disjoint rows and all
    see the table as it was, so the statement's order does not matter."""
    condition = where if where is not None else sql.SQL("true")
    match = sql.SQL(" AND ").join(
        sql.SQL("w.{k} = t.{k}").format(k=sql.Identifier(k)) for k in relation.key
    )
    columns = sql.SQL(", ").join(map(sql.Identifier, relation.columns))
    values = sql.SQL(", ").join(sql.SQL("w.{}").format(sql.Identifier(c)) for c in relation.columns)
    query = sql.SQL(
        "WITH w AS MATERIALIZED (SELECT * FROM {view} WHERE {condition}),"
        " gone AS (DELETE FROM {table} t WHERE ({condition})"
        "   AND NOT EXISTS (SELECT FROM w WHERE {match}) RETURNING 1),"
        " moved AS (UPDATE {table} t SET ({columns}) = ROW({values}) FROM w"
        "   WHERE {match} AND ROW(t.*) IS DISTINCT FROM ROW(w.*) RETURNING 1),"
        " added AS (INSERT INTO {table} ({columns}) SELECT {values} FROM w"
        "   WHERE NOT EXISTS (SELECT FROM {table} t WHERE {match}) ORDER BY {wkey} RETURNING 1)"
        " SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM moved),"
        " (SELECT count(*) FROM added)"
    ).format(
        view=sql.Identifier(PRIVATE, relation.name),
        table=sql.Identifier(PUBLIC, relation.name),
        condition=condition,
        match=match,
        columns=columns,
        values=values,
        wkey=sql.SQL(", ").join(sql.SQL("w.{}").format(sql.Identifier(k)) for k in relation.key),
    )
    row = conn.execute(query, params or {}).fetchone()
    assert row is not None
    counts = (int(row[0]), int(row[1]), int(row[2]))
    if sum(counts) > ANALYZE_SHARE * max(_estimated_rows(conn, relation.name), 1):
        conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(PUBLIC, relation.name)))
    return counts


def _estimated_rows(conn: psycopg.Connection[Any], name: str) -> float:
    row = conn.execute(
        "SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = %s::regclass",
        (f"{PUBLIC}.{name}",),
    ).fetchone()
    return float(row[0]) if row is not None else 0.0


def analyze_written(conn: psycopg.Connection[Any]) -> list[str]:
    """ANALYZE, in the load's transaction, the core tables this load wrote more than
    ``ANALYZE_SHARE`` of their rows into; their names. A first load fills tables that have no
    statistics yet, and the refresh's plan over them (per-row subplans) grows quadratically.
    A refresh outside a load (a migration's) has no journal of written rows: nothing to do."""
    journal = conn.execute("SELECT to_regclass(%s)", (NOTES,)).fetchone()
    if journal is None or journal[0] is None:
        return []
    written = conn.execute(
        f"SELECT n.relation FROM {NOTES} n"
        " JOIN pg_class c ON c.oid = to_regclass(%s || '.' || quote_ident(n.relation))"
        " GROUP BY n.relation, c.reltuples"
        " HAVING count(*) > %s * greatest(c.reltuples, 1) ORDER BY 1",
        (SCHEMA, ANALYZE_SHARE),
    ).fetchall()
    names = [str(row[0]) for row in written]
    for name in names:
        conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(SCHEMA, name)))
    return names


BY_SOURCE = sql.SQL("source_id = ANY(%(sources)s)")


def refresh_reporting(conn: psycopg.Connection[Any], *, full: bool) -> Refreshed:
    """Bring every reporting table but the journal's in step with the core rows this load
    wrote (all of them when ``full``); nothing at all when the load wrote no core row."""
    done = Refreshed()
    tables = {n: r for n, r in relations(conn).items() if r.kind == "r"}
    sources = None if full else changed_sources(conn)
    if sources == []:
        return done
    analyze_written(conn)
    facts = [r for r in tables.values() if r.per_source]
    if sources is None:
        for relation in facts:
            done.tables[relation.name] = refresh_relation(conn, relation)
    else:
        before = sorted(set(sources) | linked_sources(conn, tables, sources))
        owned = owned_relations(tables)
        owners = {p: _owner_ids(conn, tables, p, before) for _, p in owned.values()}
        for relation in facts:
            done.tables[relation.name] = refresh_relation(
                conn, relation, BY_SOURCE, {"sources": before}
            )
        after = sorted(linked_sources(conn, tables, sources) - set(before))
        for relation in facts if after else []:
            again = refresh_relation(conn, relation, BY_SOURCE, {"sources": after})
            done.tables[relation.name] = _add(done.tables[relation.name], again)
        for name, (column, parent) in owned.items():
            ids = owners[parent] | _owner_ids(conn, tables, parent, before + after)
            where = sql.SQL("{} = ANY(%(ids)s)").format(sql.Identifier(column))
            done.tables[name] = refresh_relation(conn, tables[name], where, {"ids": sorted(ids)})
    for relation in tables.values():
        if not relation.per_source and relation.name not in JOURNAL | done.tables.keys():
            done.tables[relation.name] = refresh_relation(conn, relation)
    return done


def owned_relations(tables: dict[str, Relation]) -> dict[str, tuple[str, str]]:
    """Link relations with no ``source_id`` whose rows each belong to one fact of an article
    (``proposal_enterprises`` to a proposal): name → (column, the fact's relation). They are
    refreshed for the facts of the articles refreshed, not whole."""
    owned = {}
    for relation in tables.values():
        if relation.per_source or "source_id" in relation.columns:
            continue
        if relation.name in AGGREGATES | JOURNAL:
            continue
        links = [(c, t) for c, t in relation.references.items() if tables[t].per_source]
        if len(links) == 1:
            owned[relation.name] = links[0]
    return owned


def _owner_ids(
    conn: psycopg.Connection[Any], tables: dict[str, Relation], parent: str, sources: list[int]
) -> set[int]:
    """Keys of the rows of ``parent`` (a per-source relation) that belong to ``sources``, as
    the reporting table holds them now."""
    query = sql.SQL("SELECT {k} FROM {t} WHERE source_id = ANY(%(s)s)").format(
        k=sql.Identifier(tables[parent].key[0]), t=sql.Identifier(PUBLIC, parent)
    )
    return {int(row[0]) for row in conn.execute(query, {"s": sources}).fetchall()}


def _add(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def refresh_journal(conn: psycopg.Connection[Any], load_id: int | None, *, full: bool) -> None:
    """Copy the load just recorded into the journal's reporting tables (all loads when
    ``full``, which also repairs them)."""
    tables = relations(conn)
    for name in sorted(JOURNAL, reverse=True):
        relation = tables.get(name)
        if relation is None or relation.kind != "r":
            continue
        if full:
            refresh_relation(conn, relation)
        elif load_id is not None:
            refresh_relation(conn, relation, sql.SQL("load_id = %(load)s"), {"load": load_id})


def out_of_step(conn: psycopg.Connection[Any]) -> dict[str, tuple[int, int]]:
    """Per reporting table that differs from its definition: (rows its definition has that
    the table lacks, rows the table has that its definition lacks), as multisets."""
    result: dict[str, tuple[int, int]] = {}
    for name, relation in relations(conn).items():
        if relation.kind != "r":
            continue
        query = sql.SQL(
            "SELECT (SELECT count(*) FROM (TABLE {v} EXCEPT ALL TABLE {t}) x),"
            " (SELECT count(*) FROM (TABLE {t} EXCEPT ALL TABLE {v}) y)"
        ).format(v=sql.Identifier(PRIVATE, name), t=sql.Identifier(PUBLIC, name))
        row = conn.execute(query).fetchone()
        if row is not None and (row[0] or row[1]):
            result[name] = (int(row[0]), int(row[1]))
    return result
