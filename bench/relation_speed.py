"""What an analyst or a BI tool reads directly: every ``reporting`` relation, filtered to one
region (``select * from reporting.X where russian_region_code = 'RU-KRS'``: warm, cold and
server time, with its plan) and read whole against a plain table of the same rows.

Cold is the first select on a fresh connection after the server restarted (its shared
buffers empty); the operating system's page cache is not dropped (the machine is shared).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import psycopg
from harness import Bench, explain_ms, explain_text, median

REGION_COLUMNS = ("russian_region_code", "region_code", "post_region_code")
"""The region columns an analyst filters on (ISO codes), in order of preference."""


def timed_ms(conn: psycopg.Connection[Any], query: str, repeat: int) -> float:
    """Median wall time of ``query`` with every row fetched, after one warming run."""
    conn.execute(query).fetchall()
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        conn.execute(query).fetchall()
        walls.append((time.perf_counter() - started) * 1000)
    return statistics.median(walls)


def region_relations(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    """Every reporting relation with a region column, and its first such column."""
    rows = conn.execute(
        "SELECT c.relname::text, a.attname::text FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid"
        " WHERE n.nspname = 'reporting' AND c.relkind IN ('r', 'v') AND a.attname = ANY(%s)"
        " ORDER BY 1, a.attnum",
        (list(REGION_COLUMNS),),
    ).fetchall()
    first: dict[str, str] = {}
    for name, column in rows:
        first.setdefault(name, column)
    return sorted(first.items())


def relation_names(conn: psycopg.Connection[Any]) -> list[str]:
    rows = conn.execute(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'reporting' AND c.relkind IN ('r', 'v') ORDER BY 1"
    ).fetchall()
    return [str(r[0]) for r in rows]


@dataclass
class RegionSelect:
    column: str
    rows: int = 0
    warm_ms: float = 0.0
    cold_ms: float = 0.0
    server_ms: float = 0.0
    plan: str = ""


@dataclass
class RelationSpeed:
    region: dict[str, RegionSelect] = field(default_factory=dict)
    whole_ms: dict[str, float] = field(default_factory=dict)
    plain_ms: dict[str, float] = field(default_factory=dict)
    whole_rows: dict[str, int] = field(default_factory=dict)


def region_query(name: str, column: str, code: str) -> str:
    return f"SELECT * FROM reporting.{name} WHERE {column} = '{code}'"


def measure_relations(bench: Bench, db: str, code: str) -> RelationSpeed:
    """Region-filtered selects (cold first, after a restart) and full reads of ``db``."""
    bench.restart()
    speed = RelationSpeed()
    with psycopg.connect(bench.conninfo(db), autocommit=True) as conn:
        relations = region_relations(conn)
    for name, column in relations:
        with psycopg.connect(bench.conninfo(db), autocommit=True) as conn:
            started = time.perf_counter()
            rows = conn.execute(region_query(name, column, code)).fetchall()
            cold = (time.perf_counter() - started) * 1000
        speed.region[name] = RegionSelect(column, len(rows), cold_ms=cold)
    repeat = max(3, bench.repeat)
    with psycopg.connect(bench.conninfo(db), autocommit=True) as conn:
        for name, select in speed.region.items():
            query = region_query(name, select.column, code)
            select.warm_ms = timed_ms(conn, query, repeat)
            select.server_ms = median([explain_ms(conn, query) for _ in range(repeat)])
            select.plan = explain_text(conn, query)
        conn.execute("CREATE SCHEMA IF NOT EXISTS bench_plain")
        for name in relation_names(conn):
            speed.whole_ms[name] = timed_ms(conn, f"SELECT * FROM reporting.{name}", repeat)
            conn.execute(f"CREATE TABLE bench_plain.{name} AS SELECT * FROM reporting.{name}")
            conn.execute(f"VACUUM (ANALYZE) bench_plain.{name}")
            speed.plain_ms[name] = timed_ms(conn, f"SELECT * FROM bench_plain.{name}", repeat)
            row = conn.execute(f"SELECT count(*) FROM bench_plain.{name}").fetchone()
            speed.whole_rows[name] = int(row[0]) if row else 0
            conn.execute(f"DROP TABLE bench_plain.{name}")
        conn.execute("DROP SCHEMA bench_plain")
    return speed
