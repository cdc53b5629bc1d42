"""``coopdb report REGION`` in every format against its floors, measured in the same run: psql
and a bare psycopg script running exactly the statements the report runs, and a bare script
reading the region's rows from the reporting relations; the report's server time and plans.

The statements are not copied from the reports package: they are recorded while
``coopdb.reports`` builds the report (the lookup, the sections, the officials its articles
mention, the sources), with their parameters, so the floor runs what the report runs.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import psycopg
from harness import Bench, explain_ms, explain_text, median, psql_path
from relation_speed import region_relations

REGION = "kursk"

SMALL_TABLES = ("regions", "region_names", "sectors", "posts")
"""Reference tables of a few dozen rows (from the shared files, not the articles): read whole,
which is the right plan."""

FORMATS: dict[str, tuple[str, ...]] = {
    "text (piped)": (),
    "text --all": ("--all",),
    "markdown": ("--format", "markdown"),
    "markdown --all": ("--format", "markdown", "--all"),
    "json": ("--format", "json"),
    "csv": ("--format", "csv"),
    "html": ("--format", "html"),
}
"""Every output of ``coopdb report``: text and markdown summarise a long report by default."""

BARE_SCRIPT = """
import json, sys, psycopg
from psycopg.rows import dict_row
statements = json.loads(open(sys.argv[2], encoding="utf-8").read())
with psycopg.connect(sys.argv[1]) as conn:
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    cur = conn.cursor(row_factory=dict_row)
    for query, params in statements:
        cur.execute(query, params).fetchall()
"""
"""A bare psycopg script: the recorded statements with their parameters, in one snapshot."""


@dataclass
class Statement:
    query: str
    params: Any
    inline: str = ""
    """The query with its parameters as literals (for psql and EXPLAIN)."""


@dataclass
class ReportSpeed:
    statements: list[Statement]
    walls: dict[str, float] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    server_ms: float = 0.0
    per_statement_ms: list[tuple[str, float]] = field(default_factory=list)
    plans: list[tuple[str, str]] = field(default_factory=list)
    seq_scans: list[str] = field(default_factory=list)


def recorded_statements(conninfo: str, region: str) -> list[Statement]:
    """What ``coopdb report REGION`` sends: its statements and parameters, in order."""
    from coopdb.reports import find_region, region_report, snapshot

    log: list[Statement] = []

    class Recording(psycopg.Cursor[Any]):
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            log.append(Statement(str(query), params))
            return super().execute(query, params, **kwargs)

    with psycopg.connect(conninfo, cursor_factory=Recording) as conn, snapshot(conn):
        region_report(conn, find_region(conn, region))
    with psycopg.connect(conninfo) as conn:
        cur = psycopg.ClientCursor(conn)
        for statement in log:
            statement.inline = cur.mogrify(statement.query, statement.params)
    return log


def statement_name(statement: Statement) -> str:
    """The reports module's name for a statement (``TWINNING_SQL``), else its first words."""
    from coopdb.reports import lookup, queries

    for module in (queries, lookup):
        for name, value in vars(module).items():
            if (
                name.endswith("_SQL")
                and isinstance(value, str)
                and statement.query in (value, queries.national(value))
            ):
                return name
    return " ".join(statement.query.split()[:4])


def measure_report(bench: Bench, db: str, iso_code: str) -> ReportSpeed:
    conninfo = bench.conninfo(db)
    speed = ReportSpeed(recorded_statements(conninfo, REGION))
    statements_file = bench.home / "report-statements.json"
    statements_file.write_text(
        json.dumps([[s.query, s.params] for s in speed.statements]), encoding="utf-8"
    )
    sql_file = bench.home / "report.sql"
    sql_file.write_text("".join(f"{s.inline};\n" for s in speed.statements), encoding="utf-8")
    rows_file = bench.home / "reporting-rows.json"
    with psycopg.connect(conninfo) as conn:
        region_selects = [
            [f"SELECT * FROM reporting.{name} WHERE {column} = %(code)s", {"code": iso_code}]
            for name, column in region_relations(conn)
        ]
    rows_file.write_text(json.dumps(region_selects), encoding="utf-8")
    psql = psql_path()
    floors: dict[str, list[str]] = {
        "bare script (the report's statements)": [
            sys.executable,
            *("-c", BARE_SCRIPT, conninfo, str(statements_file)),
        ],
        "bare script (the region's reporting rows)": [
            sys.executable,
            *("-c", BARE_SCRIPT, conninfo, str(rows_file)),
        ],
    }
    if psql:
        floors["psql (the report's statements)"] = [
            psql,
            *("-X", "-q", "-h", bench.host, "-p", str(bench.port), "-U", "postgres"),
            *("-d", db, "-f", str(sql_file)),
        ]
    runs: dict[str, list[float]] = {}
    for _ in range(max(3, bench.repeat)):
        for name, argv in floors.items():
            runs.setdefault(name, []).append(bench.timed(argv).wall)
        for name, args in FORMATS.items():
            try:
                run = bench.coopdb("--database-url", bench.url(db), "report", REGION, *args)
            except SystemExit as failure:  # html without its extra: say so, measure the rest
                speed.failed[name] = str(failure).strip().splitlines()[-1]
                continue
            runs.setdefault(name, []).append(run.wall)
            speed.lines[name] = run.lines
    speed.walls = {name: median(walls) for name, walls in runs.items()}
    _server_time(bench, conninfo, speed)
    return speed


def _server_time(bench: Bench, conninfo: str, speed: ReportSpeed) -> None:
    """Planning + execution of every statement (medians, warm), plans and sequential scans."""
    with psycopg.connect(conninfo) as conn:
        for statement in speed.statements:
            name = statement_name(statement)
            conn.execute(statement.inline).fetchall()
            ms = median([explain_ms(conn, statement.inline) for _ in range(max(3, bench.repeat))])
            speed.per_statement_ms.append((name, ms))
            plan = explain_text(conn, statement.inline)
            speed.plans.append((name, plan))
            speed.seq_scans += [f"{name}: {scan}" for scan in seq_scans(plan)]
    speed.server_ms = sum(ms for _, ms in speed.per_statement_ms)


SEQ_SCAN = re.compile(
    r"Seq Scan on (\w+)(?: (\w+))?.*?(?:rows=([\d.]+) loops=(\d+)|never executed)"
)


def seq_scans(plan: str) -> list[str]:
    """Sequential scans of tables that grow with the corpus (table, alias, rows × loops);
    a scan the executor never ran reads nothing and is left out."""
    found = []
    for match in SEQ_SCAN.finditer(plan):
        table, alias, rows, loops = match.groups()
        if table not in SMALL_TABLES and rows is not None:
            found.append(f"{table} {alias or ''} ({float(rows):,.0f} rows × {loops})")
    return [scan.replace("  ", " ") for scan in found]
