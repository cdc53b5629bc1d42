"""The reporting tables and their private definitions: naming rules for keys, foreign keys and
indexes, and the steps that make a table from its definition view (or back).

Every ``reporting.<name>`` is a table the loader keeps equal to the view
``reporting_source.<name>`` (its definition over ``core``), so tools read keys from the catalog
(PostgreSQL puts no key on a view) and a filter on an indexed column reads a few rows instead
of aggregating the corpus. ``reporting_source`` is the owner's alone: no reader has USAGE.

Keys come from names, so a relation a later revision adds needs no rule of its own:

- the primary key is the first column ``<x>_id`` (``KEY_OVERRIDES`` names the exceptions);
- a column named as another relation's single-column key (``meeting_id``, ``source_id``), or
  ending with ``_<that key>`` (``russian_region_id`` → ``regions.region_id``), or listed in
  ``FK_ALIASES``, is a foreign key to it, DEFERRABLE INITIALLY DEFERRED (the loader refreshes
  the tables one after another inside one transaction). One foreign key per target relation
  and table, the exact name first: two would give SQLAlchemy's automap two relationships of
  the same name;
- foreign-key columns, region columns, date columns and ``source_id`` are indexed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

PUBLIC = "reporting"
PRIVATE = "reporting_source"

KEY_OVERRIDES: dict[str, tuple[str, ...]] = {
    "attestations": ("attestation_key",),
    "changes": ("load_id", "relation", "row_key"),
}
"""Relations whose first column is no key: attestations' first column is NULL on the row of
the defining article, so revision 0011 appends ``attestation_key`` (kind/target/attestation);
a change is one row of one relation in one load (``core.changes``' own key)."""

FK_ALIASES: dict[str, str] = {"renews_id": "twinning"}
"""Foreign-key columns whose name does not say their target relation."""

AGGREGATES = frozenset({"trade_figure_groups", "trade_by_year"})
"""Relations with a ``source_id`` column whose rows depend on other sources' rows (groups
across articles): recomputed whole, never per source."""

JOURNAL = frozenset({"loads", "changes"})
"""The load journal's relations: appended per load (``load_id``), after the load is recorded."""

READER_ROLES = ("coopdb_reader", "coopdb_sandbox", "coopdb_reporting_reader")
"""The groups that read ``reporting`` (revisions 0003, 0005, 0008)."""

INDEXED = re.compile(
    r"(^|_)region(_code|_id)?$|^russian_region|^belarusian_region|source_id$"
    r"|_date$|^date_for_axis$|^year$"
)
"""Columns a dashboard filters on: regions, dates, the article."""


@dataclass
class Relation:
    """A reporting table as the catalog shows it."""

    name: str
    kind: str
    """``r`` for a table, ``v`` for a view."""
    columns: list[str]
    key: tuple[str, ...]
    references: dict[str, str]
    """Foreign-key column → the relation it points at."""

    @property
    def per_source(self) -> bool:
        """Rows belong to one article each and depend only on core rows of their article and
        of the articles they link to (refreshed per source)."""
        return "source_id" in self.columns and self.name not in AGGREGATES | JOURNAL


def primary_key(name: str, columns: list[str]) -> tuple[str, ...]:
    """The key rule: the override, else the first column when it is named ``<x>_id``."""
    if name in KEY_OVERRIDES:
        return KEY_OVERRIDES[name]
    if columns and columns[0].endswith("_id"):
        return (columns[0],)
    raise RuntimeError(f"reporting.{name}: no key column (add it to KEY_OVERRIDES)")


def foreign_keys(name: str, columns: list[str], keys: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Column → target relation, by the naming rule (see the module's docstring)."""
    by_key: dict[str, str] = {}
    for target, key in sorted(keys.items()):
        if len(key) == 1 and (key[0] not in by_key or _named_by(key[0], target)):
            by_key[key[0]] = target
    exact: dict[str, str] = {}
    suffixed: dict[str, str] = {}
    for column in columns:
        if column in FK_ALIASES and FK_ALIASES[column] in keys:
            exact[column] = FK_ALIASES[column]
        elif column in by_key and by_key[column] != name:
            exact[column] = by_key[column]
        elif column not in keys[name]:  # a key column ending like another key is no link
            ends = [k for k in by_key if column.endswith("_" + k)]
            if ends:
                suffixed[column] = by_key[max(ends, key=len)]
    chosen = dict(exact)
    for column, target in suffixed.items():
        if target not in chosen.values():
            chosen[column] = target
    return chosen


def _named_by(column: str, relation: str) -> bool:
    """``meeting_id`` names ``meetings``: the relation a key column is named after."""
    return relation in (column.removesuffix("_id"), column.removesuffix("_id") + "s")


CATALOG = """
SELECT c.relname, c.relkind::text,
       array_agg(a.attname::text ORDER BY a.attnum) AS columns,
       (SELECT array_agg(a2.attname::text ORDER BY k.n)
        FROM pg_constraint p, unnest(p.conkey) WITH ORDINALITY AS k(attnum, n)
        JOIN pg_attribute a2 ON a2.attrelid = c.oid AND a2.attnum = k.attnum
        WHERE p.conrelid = c.oid AND p.contype = 'p') AS key,
       (SELECT coalesce(jsonb_object_agg(a3.attname, f.relname), '{}')
        FROM pg_constraint p JOIN pg_class f ON f.oid = p.confrelid
        JOIN pg_attribute a3 ON a3.attrelid = c.oid AND a3.attnum = p.conkey[1]
        WHERE p.conrelid = c.oid AND p.contype = 'f') AS refs
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = %s AND c.relkind IN ('r', 'v')
GROUP BY c.oid, c.relname, c.relkind ORDER BY c.relname
"""


def relations(conn: psycopg.Connection[Any], schema: str = PUBLIC) -> dict[str, Relation]:
    """The tables (or views) of ``schema`` with their columns, keys and foreign keys."""
    return {
        name: Relation(name, kind, list(columns), tuple(key or ()), dict(refs))
        for name, kind, columns, key, refs in conn.execute(CATALOG, (schema,))
    }


def _id(*names: str) -> sql.Identifier:
    return sql.Identifier(*names)


def _names(columns: tuple[str, ...] | list[str]) -> sql.Composable:
    return sql.SQL(", ").join(map(sql.Identifier, columns))


def make_private_schema(conn: psycopg.Connection[Any]) -> None:
    """The owner's schema for the definition views: no reader may use it."""
    conn.execute(f"CREATE SCHEMA {PRIVATE}")
    conn.execute(f"REVOKE ALL ON SCHEMA {PRIVATE} FROM PUBLIC")
    conn.execute(
        f"COMMENT ON SCHEMA {PRIVATE} IS 'Definitions of the reporting tables over core, one view"
        " per table: the loader keeps reporting.<name> equal to reporting_source.<name>."
        " Readable by the owner only.'"
    )


def move_views(conn: psycopg.Connection[Any], source: str, target: str) -> list[str]:
    """Move every view of ``source`` to ``target`` (definitions, comments and grants go along:
    views refer to each other by object id, not by name); their names."""
    moved = [n for n, r in relations(conn, source).items() if r.kind == "v"]
    for name in moved:
        conn.execute(sql.SQL("ALTER VIEW {} SET SCHEMA {}").format(_id(source, name), _id(target)))
    return moved


def close_private_views(conn: psycopg.Connection[Any]) -> None:
    """Take back the readers' grants the views carried from ``reporting``."""
    roles = ", ".join(("PUBLIC", *READER_ROLES))
    conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {PRIVATE} FROM {roles}")


def append_columns(
    conn: psycopg.Connection[Any], name: str, columns: dict[str, str], inline: tuple[str, ...] = ()
) -> None:
    """Append columns (name → SQL expression over ``v``, the current definition's row) to the
    definition view ``reporting_source.<name>``: the view becomes its old definition wrapped
    in a subquery, so no definition text has to be repeated. The common table expressions
    named in ``inline`` become NOT MATERIALIZED (same rows): a CTE used twice is otherwise
    computed whole, and the loader's filter on ``source_id`` could not reach its tables."""
    row = conn.execute(
        "SELECT pg_get_viewdef(%s::regclass, true)", (f"{PRIVATE}.{name}",)
    ).fetchone()
    assert row is not None
    inner = str(row[0]).strip().rstrip(";")
    for cte in inline:
        inner = re.sub(rf"\b{cte} AS \(", f"{cte} AS NOT MATERIALIZED (", inner, count=1)
    if not columns:  # only the CTEs inlined: the same definition, no wrapper
        conn.execute(sql.SQL("CREATE OR REPLACE VIEW {} AS " + inner).format(_id(PRIVATE, name)))
        return
    extra = ", ".join(f"{expression} AS {column}" for column, expression in columns.items())
    conn.execute(
        sql.SQL(
            "CREATE OR REPLACE VIEW {} AS SELECT v.*, " + extra + " FROM (" + inner + ") v"
        ).format(_id(PRIVATE, name))
    )


def copy_comments(conn: psycopg.Connection[Any], name: str) -> None:
    """The definition view's comments (its own and its columns') onto the table."""
    oid = f"{PRIVATE}.{name}"
    table = conn.execute("SELECT obj_description(%s::regclass, 'pg_class')", (oid,)).fetchone()
    if table is not None and table[0] is not None:
        conn.execute(
            sql.SQL("COMMENT ON TABLE {} IS {}").format(_id(PUBLIC, name), sql.Literal(table[0]))
        )
    for column, comment in conn.execute(
        "SELECT attname, col_description(attrelid, attnum) FROM pg_attribute"
        " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
        (oid,),
    ).fetchall():
        if comment is not None:
            conn.execute(
                sql.SQL("COMMENT ON COLUMN {} IS {}").format(
                    _id(PUBLIC, name, column), sql.Literal(comment)
                )
            )


def sync_table(conn: psycopg.Connection[Any], name: str) -> None:
    """Make ``reporting.<name>`` the table of its definition view: create it (same columns in
    the same order, same types) or append the columns the view has gained, then copy the
    comments. Rows are the loader's: ``coopdb.load.reporting.refresh_relation`` fills it."""
    view = relations(conn, PRIVATE)[name]
    tables = relations(conn, PUBLIC)
    if name not in tables:
        conn.execute(
            sql.SQL("CREATE TABLE {} (LIKE {})").format(_id(PUBLIC, name), _id(PRIVATE, name))
        )
    else:
        have = tables[name].columns
        if have[: len(view.columns)] == view.columns:  # a downgrade took columns away
            for column in have[len(view.columns) :]:
                conn.execute(
                    sql.SQL("ALTER TABLE {} DROP COLUMN {} CASCADE").format(
                        _id(PUBLIC, name), _id(column)
                    )
                )
        elif view.columns[: len(have)] != have:
            raise RuntimeError(f"{PRIVATE}.{name} must keep reporting.{name}'s columns first")
        for column, type_ in conn.execute(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > %s AND NOT attisdropped ORDER BY attnum",
            (f"{PRIVATE}.{name}", len(have)),
        ).fetchall():
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD COLUMN {} " + type_).format(
                    _id(PUBLIC, name), _id(column)
                )
            )
    copy_comments(conn, name)


def declare_keys(conn: psycopg.Connection[Any]) -> None:
    """Primary keys, then foreign keys and indexes, on every reporting table that lacks them."""
    tables = relations(conn, PUBLIC)
    for relation in tables.values():
        if not relation.key:
            relation.key = primary_key(relation.name, relation.columns)
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                    _id(PUBLIC, relation.name),
                    _id(f"pk_{relation.name}"),
                    _names(relation.key),
                )
            )
    keys = {r.name: r.key for r in tables.values()}
    for relation in tables.values():
        wanted = foreign_keys(relation.name, relation.columns, keys)
        for column, target in wanted.items():
            if column in relation.references:
                continue
            conn.execute(
                sql.SQL(
                    "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})"
                    " DEFERRABLE INITIALLY DEFERRED"
                ).format(
                    _id(PUBLIC, relation.name),
                    _id(f"fk_{relation.name}_{column}"[:63]),
                    _id(column),
                    _id(PUBLIC, target),
                    _names(keys[target]),
                )
            )
        _index(conn, relation, set(wanted))


def _index(conn: psycopg.Connection[Any], relation: Relation, references: set[str]) -> None:
    """One b-tree index per filtered or referencing column (not the key's first column)."""
    for column in relation.columns:
        if column == relation.key[0] or not (column in references or INDEXED.search(column)):
            continue
        conn.execute(
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} ({})").format(
                _id(f"ix_{relation.name}_{column}"[:63]), _id(PUBLIC, relation.name), _id(column)
            )
        )


ACL = """
SELECT x.name, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END,
       a.privilege_type
FROM (SELECT n.nspname::text AS name, n.nspowner AS owner,
             coalesce(n.nspacl, acldefault('n', n.nspowner)) AS acl
      FROM pg_namespace n WHERE n.nspname = %(private)s
      UNION ALL
      SELECT n.nspname || '.' || c.relname, c.relowner, c.relacl
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN (%(public)s, %(private)s) AND c.relkind IN ('r', 'v')) AS x,
     aclexplode(x.acl) AS a
WHERE a.grantee <> x.owner
  AND (x.name NOT LIKE %(public)s || '.%%' OR a.privilege_type <> 'SELECT')
ORDER BY 1, 2, 3
"""
"""Privileges on the private schema and its views, or other than SELECT on reporting tables,
held by anyone but their owner."""


def structure_drift(conn: psycopg.Connection[Any]) -> list[str]:
    """One line per way the reporting tables differ from what revision 0011 made: a relation
    that is no table, a table without definition or key, columns that differ from the
    definition's, a privilege beyond the readers' SELECT. Catalog only (a reader may ask)."""
    tables, views = relations(conn), relations(conn, PRIVATE)
    lines = []
    for name, relation in tables.items():
        where = f"{PUBLIC}.{name}"
        if relation.kind != "r":
            lines.append(f"{where} is a view, not a table the loader keeps")
        elif name not in views:
            lines.append(f"{where} has no definition {PRIVATE}.{name}")
        elif views[name].columns != relation.columns:
            lines.append(f"{where} has other columns than its definition {PRIVATE}.{name}")
        elif not relation.key:
            lines.append(f"{where} has no primary key")
    lines += [f"{PRIVATE}.{n} defines no table of {PUBLIC}" for n in views if n not in tables]
    lines += [
        f"{grantee} has {privilege} on {name}: only the owner may write reporting tables"
        " or read their definitions"
        for name, grantee, privilege in conn.execute(
            ACL, {"public": PUBLIC, "private": PRIVATE}
        ).fetchall()
    ]
    return lines
