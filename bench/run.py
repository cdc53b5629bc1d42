"""coopdb's benchmark: every measure of the performance issue (report, server time, reporting
relations, load memory and speed, validation, reloads, first run), each set against a floor
measured in the same run, at each corpus size.

    python bench/run.py --sizes 1000,10000,50000 --repeat 1 --results bench/RESULTS.md
    python bench/run.py --sizes 30 --repeat 1   # a quick run, as CI does, to prove it works

It prints numbers; it asserts nothing about speed (shared machines are noisy). Floors:
PostgreSQL's own COPY of the same rows into the same tables (loads); psql and a bare psycopg
script running the statements the report sends (reports); a bare script reading the region's
rows from the reporting relations; a plain table of a relation's rows (full reads);
``python -c pass`` (start-up). Per size, one generated corpus (kept in ``--cache`` between
runs) is loaded once and every later measure reads that database. Everything runs on a
private embedded server in a scratch COOPDB_HOME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from harness import (  # noqa: E402
    Bench,
    corpus,
    load_average,
    machine,
    server_version,
)
from load_speed import (  # noqa: E402
    measure_check,
    measure_first_run,
    measure_incremental,
    measure_load,
    measure_startup,
)
from relation_speed import measure_relations  # noqa: E402
from report_speed import REGION, measure_report  # noqa: E402
from results import Results, SizeResult, render  # noqa: E402

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "coopdb-bench-corpora"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measure (medians)")
    parser.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help=f"generated corpora, kept between runs (default {DEFAULT_CACHE})",
    )
    parser.add_argument("--results", type=Path, help="write the results as Markdown here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    args.cache.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="coopdb-bench-", dir="/tmp"))
    bench = Bench(home, args.repeat)
    command = " ".join(["python bench/run.py", *(argv or sys.argv[1:])])
    try:
        results = run_all(bench, sizes, args.cache, command)
    finally:
        bench.server.stop()
        shutil.rmtree(home, ignore_errors=True)
    lines = render(results)
    lines += ["<details><summary>All numbers, as JSON</summary>", "", "```json"]
    lines += [json.dumps(numbers(results), indent=1, default=str), "```", "", "</details>"]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.results:
        args.results.write_text(text, encoding="utf-8")


def header(bench: Bench, command: str) -> list[str]:
    commit = subprocess.run(
        ["git", "-C", str(HERE), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return [
        "# coopdb benchmark results",
        "",
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {machine()}",
        f"- load average (1, 5, 15 min) at the start: {load_average()}",
        f"- PostgreSQL {server_version(bench)} (embedded server, Unix socket)",
        f"- code: {commit or 'unknown'}",
        f"- command: `{command}`; medians of {bench.repeat} run(s) per measure"
        " (at least 3 for reports and selects)",
        "- coopdb runs from the source tree, byte-compiled first as `pip install` compiles it",
    ]


def run_all(bench: Bench, sizes: list[int], cache: Path, command: str) -> Results:
    results = Results(header(bench, command))
    for size in sizes:
        results.sizes.append(measure_size(bench, size, cache))
    seeds_db = bench.fresh_database("bench_seeds")
    bench.coopdb("--database-url", bench.url(seeds_db), "load")
    results.startup = measure_startup(bench, seeds_db, REGION)
    results.first_run, results.first_start = measure_first_run(bench, REGION)
    results.header.append(f"- load average at the end: {load_average()}")
    return results


def measure_size(bench: Bench, size: int, cache: Path) -> SizeResult:
    """Every measure at one size: the corpus is made (or reused) and loaded once."""
    folder = corpus(size, cache)
    started_load = load_average()
    print(f"{size} articles: loading (load average {started_load})", file=sys.stderr)
    load = measure_load(bench, size, folder)
    check_wall, check_cpu = measure_check(bench, folder)
    reload = measure_incremental(bench, folder, load.db)
    with psycopg.connect(bench.conninfo(load.db), autocommit=True) as conn:
        # what autovacuum does within a minute of a load: plans as a settled database has them
        conn.execute("VACUUM (ANALYZE)")
        from coopdb.reports import find_region

        row = conn.execute(
            "SELECT iso_code FROM core.regions WHERE id = %s", (find_region(conn, REGION),)
        ).fetchone()
        assert row is not None
        code = str(row[0])
    print(f"{size} articles: reports and selects", file=sys.stderr)
    report = measure_report(bench, load.db, code)
    relations = measure_relations(bench, load.db, code)
    bench.drop_database(load.db)
    return SizeResult(
        size=size,
        load_average=f"{started_load} → {load_average()}",
        load=load,
        check_wall=check_wall,
        check_cpu=check_cpu,
        incremental=reload,
        report=report,
        relations=relations,
    )


def numbers(results: Results) -> dict[str, object]:
    """Every measured number, without the plans."""
    sizes = []
    for r in results.sizes:
        entry = asdict(r)
        entry["report"] = {
            k: v for k, v in entry["report"].items() if k not in ("plans", "statements")
        }
        entry["relations"]["region"] = {
            name: {k: v for k, v in s.items() if k != "plan"}
            for name, s in entry["relations"]["region"].items()
        }
        sizes.append(entry)
    return {
        "sizes": sizes,
        "startup": results.startup,
        "first_run": results.first_run,
        "first_start": results.first_start,
    }


if __name__ == "__main__":
    main()
