"""bench/RESULTS.md: one table per measure of the performance issue (value now, goal, met),
at every size measured, with the floors of the same run and the plans in <details>.

"met" is yes or no at the size a goal names (at 50k, at 10k and beyond); at other sizes it is
in parentheses, against the same bound, as a trend to watch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from harness import table
from load_speed import LoadSpeed
from relation_speed import RelationSpeed
from report_speed import FORMATS, ReportSpeed

BARE = "bare script (the report's statements)"
ROWS_BARE = "bare script (the region's reporting rows)"
PSQL = "psql (the report's statements)"
BIG = 50000
MID = 10000


@dataclass
class SizeResult:
    """Every measure at one corpus size (one corpus, one loaded database)."""

    size: int
    load_average: str
    load: LoadSpeed
    check_wall: float
    check_cpu: float
    incremental: float
    report: ReportSpeed
    relations: RelationSpeed


@dataclass
class Results:
    header: list[str]
    sizes: list[SizeResult] = field(default_factory=list)
    startup: dict[str, float] = field(default_factory=dict)
    first_run: float = 0.0
    first_start: float = 0.0
    """``coopdb server start`` in a fresh home: initdb and start, the first run's floor."""


def met(ok: bool, judged: bool) -> str:
    word = "yes" if ok else "**no**"
    return word if judged else f"({word})"


def k(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


Section = Callable[[Results], list[str]]


def report_formats(results: Results) -> list[str]:
    rows: list[Sequence[object]] = []
    for r in results.sizes:
        walls = r.report.walls
        bare = walls[BARE]
        for name in (PSQL, BARE):
            if name in walls:
                rows.append([k(r.size), f"{name} (floor)", f"{walls[name]:.3f}", "", "", ""])
        for name in FORMATS:
            if name not in walls:
                rows.append([k(r.size), name, r.report.failed.get(name, "not run"), "", "", ""])
                continue
            ratio = walls[name] / bare
            rows.append(
                [
                    k(r.size),
                    f"`coopdb report kursk` {name} ({r.report.lines[name]:,} lines)",
                    f"{walls[name]:.3f}",
                    f"{ratio:.2f}×",
                    "≤ 1.3× at 50k",
                    met(ratio <= 1.3, r.size >= BIG),
                ]
            )
    return [
        "Wall seconds, medians; the bare script and psql run the statements the report sends"
        " (recorded from `coopdb.reports`, with their parameters), in the same run.",
        "",
        *table(["articles", "what", "wall s", "÷ bare script", "goal", "met"], rows),
    ]


def report_at_big(results: Results) -> list[str]:
    big = [r for r in results.sizes if r.size >= BIG]
    if not big:
        return [f"Not measured in this run (no size of {BIG:,} articles or more)."]
    r = big[-1]
    walls, bare = r.report.walls, r.report.walls[BARE]
    rows = [
        [name, r.report.lines[name], f"{walls[name]:.3f}", f"{walls[name] / bare:.2f}×"]
        for name in FORMATS
        if name in walls
    ]
    return [
        f"{k(r.size)} articles: bare script {bare:.3f} s; goal ≤ 1.3× in every format.",
        "",
        *table(["format", "report lines", "wall s", "÷ bare script"], rows),
    ]


def server_time(results: Results) -> list[str]:
    rows = []
    for r in results.sizes:
        scans = "; ".join(r.report.seq_scans) or "none"
        ok = r.report.server_ms <= 20 and not r.report.seq_scans
        rows.append(
            [
                k(r.size),
                f"{r.report.server_ms:.1f}",
                len(r.report.statements),
                scans,
                "≤ 20 ms at 50k, no sequential scan on a table that grows",
                met(ok, r.size >= BIG),
            ]
        )
    out = [
        "Planning + execution of every statement the report sends (EXPLAIN ANALYZE without"
        " per-node timing, medians, warm); reference tables of a few dozen rows"
        " (regions, region_names, sectors, posts) may be read whole.",
        "",
        *table(["articles", "server ms", "statements", "sequential scans", "goal", "met"], rows),
        "",
    ]
    for r in results.sizes:
        per = ", ".join(f"{name} {ms:.1f}" for name, ms in r.report.per_statement_ms)
        out += [f"{k(r.size)}, ms per statement: {per}", ""]
        out += _plans(
            f"EXPLAIN (ANALYZE, BUFFERS) of the report's statements, {k(r.size)}",
            [(f"{i + 1}. {name}", plan) for i, (name, plan) in enumerate(r.report.plans)],
        )
    return out


def _plans(summary: str, plans: list[tuple[str, str]]) -> list[str]:
    out = [f"<details><summary>{summary}</summary>", ""]
    for name, plan in plans:
        out += [f"`{name}`", "", "```text", plan, "```", ""]
    return [*out, "</details>", ""]


def _load_rows(results: Results, bound: int, judged: Callable[[int], bool], goal: str) -> list[str]:
    rows = [
        [
            k(r.size),
            r.load.rss,
            f"{r.load.rss * 1024 / r.size:.0f}",
            goal,
            met(r.load.rss <= bound, judged(r.size)),
        ]
        for r in results.sizes
    ]
    return [
        "Peak resident memory of `coopdb load` into a fresh database: the sum over its"
        " process tree of each process's proportional set size (a page shared by the load"
        " and its forked parse worker counts once), sampled every 20 ms (or the largest"
        " process's own peak RSS, if larger).",
        "",
        *table(["articles", "peak RSS MB", "KB per article", "goal", "met"], rows),
    ]


def load_memory(results: Results) -> list[str]:
    return _load_rows(results, 300, lambda size: size >= BIG, "flat: ≤ 300 MB at 50k")


def load_memory_mid(results: Results) -> list[str]:
    return _load_rows(results, 200, lambda size: size == MID, "≤ 200 MB at 10k")


def load_copy(results: Results) -> list[str]:
    rows = []
    for r in results.sizes:
        load = r.load
        cores = load.cpu / load.wall
        ratio = load.copy / load.wall
        rows.append(
            [
                k(r.size),
                f"{load.rows:,}",
                f"{load.wall:.2f}",
                "—" if load.validate is None else f"{load.validate:.2f}",
                "—" if load.write is None else f"{load.write:.2f}",
                f"{load.copy:.2f}",
                f"{ratio:.2f}",
                "—" if not load.write else f"{load.copy / load.write:.2f}",
                f"{cores:.2f}",
                "≥ 0.6, more than one core",
                met(ratio >= 0.6 and cores > 1, True),
            ]
        )
    header = [
        "articles",
        "core rows",
        "load wall s",
        "validate s",
        "write s",
        "COPY floor s",
        "COPY ÷ wall",
        "COPY ÷ write",
        "cores used",
        "goal",
        "met",
    ]
    return [
        "COPY floor: PostgreSQL's own binary COPY of the same rows into the same empty tables,"
        " in one transaction, in the same run. Cores used: CPU seconds of coopdb's processes"
        " ÷ wall (the server's own CPU not counted). Phases from `COOPDB_TIMINGS=1`.",
        "",
        *table(header, rows),
        "",
        *[
            f"{k(r.size)}, every phase (s): "
            + (", ".join(f"{name} {s:.2f}" for name, s in r.load.phases.items()) or "none printed")
            for r in results.sizes
        ],
    ]


def check_speed(results: Results) -> list[str]:
    rows = [
        [
            k(r.size),
            f"{r.check_wall:.2f}",
            f"{r.size / r.check_wall:,.0f}",
            f"{r.check_cpu / r.check_wall:.2f}",
            "≥ 1,500 articles/s",
            met(r.size / r.check_wall >= 1500, True),
        ]
        for r in results.sizes
    ]
    return table(["articles", "wall s", "articles/s", "cores used", "goal", "met"], rows)


def incremental(results: Results) -> list[str]:
    rows = [
        [
            k(r.size),
            f"{r.incremental:.2f}",
            f"{r.load.wall:.2f}",
            f"{r.incremental / r.load.wall:.1%}",
            "≤ 3% at 10k and beyond",
            met(r.incremental / r.load.wall <= 0.03, r.size >= MID),
        ]
        for r in results.sizes
    ]
    return [
        "One proposal title changed in one article, then `coopdb load` of the whole folder.",
        "",
        *table(["articles", "reload s", "full load s", "share", "goal", "met"], rows),
    ]


def relations(results: Results) -> list[str]:
    out = [
        "Every reporting relation with a region column: `select * from reporting.X where"
        " <region column> = 'RU-KRS'` on one connection (warm: median after a warming run;"
        " cold: the first select on a fresh connection after a server restart; server:"
        " EXPLAIN ANALYZE planning + execution), and a full read of every relation against a"
        " plain `CREATE TABLE AS` copy of its rows (both vacuumed, warm). Goals: ≤ 50 ms at"
        " 10k, ≤ 20 ms server time at 50k; a full read within 2× the plain table (judged where the"
        " plain read takes 1 ms or more: below that, round trips and timer noise decide).",
        "",
    ]
    for r in results.sizes:
        rel = r.relations
        rows = []
        for name, s in rel.region.items():
            if r.size >= BIG:
                goal, ok, judged = "≤ 20 ms server", s.server_ms <= 20, True
            else:
                goal, ok, judged = "≤ 50 ms (at 10k)", s.warm_ms <= 50, r.size == MID
            rows.append(
                [
                    f"{name}.{s.column}",
                    s.rows,
                    f"{s.warm_ms:.1f}",
                    f"{s.cold_ms:.1f}",
                    f"{s.server_ms:.2f}",
                    goal,
                    met(ok, judged),
                ]
            )
        out += [f"### {k(r.size)}: region filter", ""]
        out += table(
            ["relation.column", "rows", "warm ms", "cold ms", "server ms", "goal", "met"], rows
        )
        whole = []
        for name, ms in rel.whole_ms.items():
            plain = rel.plain_ms[name] or 1e-9
            whole.append(
                [
                    name,
                    f"{rel.whole_rows[name]:,}",
                    f"{ms:.1f}",
                    f"{plain:.1f}",
                    f"{ms / plain:.2f}",
                    "≤ 2",
                    met(ms / plain <= 2, plain >= 1),
                ]
            )
        out += ["", f"### {k(r.size)}: full read", ""]
        out += table(
            ["relation", "rows", "read ms", "plain table ms", "ratio", "goal", "met"], whole
        )
        out += [""]
        out += _plans(
            f"EXPLAIN (ANALYZE, BUFFERS) of the region-filtered selects, {k(r.size)}",
            [(name, s.plan) for name, s in rel.region.items()],
        )
    return out


def report_vs_rows(results: Results) -> list[str]:
    rows = []
    for r in results.sizes:
        walls = r.report.walls
        ratio = walls["text (piped)"] / walls[ROWS_BARE]
        rows.append(
            [
                k(r.size),
                f"{walls['text (piped)']:.3f}",
                f"{walls[ROWS_BARE]:.3f}",
                f"{ratio:.2f}×",
                "≤ 1.3× (at 10k)",
                met(ratio <= 1.3, r.size == MID),
            ]
        )
    return [
        "The bare script reads Kursk's rows from every reporting relation with a region"
        " column (the selects of section 8), in one snapshot.",
        "",
        *table(["articles", "report text s", "bare script s", "ratio", "goal", "met"], rows),
    ]


def first_run(results: Results) -> list[str]:
    lines = table(
        ["what", "wall s", "goal", "met"],
        [
            [
                "`coopdb report kursk` in a fresh COOPDB_HOME (initdb, start, migrate,"
                " load the seeds, report)",
                f"{results.first_run:.2f}",
                "≤ 2 s",
                met(results.first_run <= 2, True),
            ],
            [
                "`coopdb server start` in a fresh COOPDB_HOME (initdb, start: the floor)",
                f"{results.first_start:.2f}",
                "",
                "",
            ],
            [
                "the first run's own work (first run − floor)",
                f"{results.first_run - results.first_start:.2f}",
                "",
                "",
            ],
        ],
    )
    base = results.startup.get("python -c pass", 0.0)
    lines += ["", "Start-up against a warm server (the floor: `python -c pass`):", ""]
    lines += table(
        ["command", "wall s", "minus python -c pass"],
        [[name, f"{v:.3f}", f"{v - base:.3f}"] for name, v in results.startup.items()],
    )
    return lines


SECTIONS: list[tuple[str, Section]] = [
    ("`coopdb report kursk` in every format vs a bare psycopg script", report_formats),
    ("The same at 50k", report_at_big),
    ("Report server time (all statements)", server_time),
    ("Load peak RSS", load_memory),
    ("Load wall ÷ COPY floor", load_copy),
    ("`coopdb check` throughput", check_speed),
    ("Incremental reload, one article changed", incremental),
    ("An analyst's region-filtered select on every reporting relation", relations),
    (
        "Report text vs a bare script reading Kursk's rows from the reporting relations",
        report_vs_rows,
    ),
    ("Load peak RSS at 10k", load_memory_mid),
    ("First run on a fresh machine", first_run),
]
"""The issue's table, row by row, in its order."""


def render(results: Results) -> list[str]:
    out = [*results.header]
    out += [
        f"- load average during the {k(r.size)} measures: {r.load_average}" for r in results.sizes
    ]
    out += [""]
    summary = []
    for number, (title, _) in enumerate(SECTIONS, 1):
        summary.append(f"{number}. {title}")
    out += ["Sections follow the rows of the issue's table:", "", *summary, ""]
    for number, (title, section) in enumerate(SECTIONS, 1):
        out += [f"## {number}. {title}", "", *section(results), ""]
    return out
