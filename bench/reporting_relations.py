"""Reporting relations as views (revision 0010) against tables kept by the loader (0011+).

    python bench/reporting_relations.py --articles 2000 --repeat 3 --before-src OLD/src

``OLD`` is a checkout of coopdb from before the tables (its head revision keeps the reporting
relations as views); this checkout gives the tables. On one private embedded server and one
generated corpus it measures, for both layouts: the
full load (wall), the reload after one article changed, a region-filtered select on every
relation with a region column (ms, warm, client side), and a full read of every relation set
against a plain ``CREATE TABLE AS`` copy of the same rows. Medians of ``--repeat`` runs; it
prints numbers and asserts nothing (compare ratios within one run, the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Bench, corpus
from load_speed import measure_incremental
from relation_speed import region_relations, relation_names, timed_ms


def measure_layout(bench: Bench, db: str, folder: Path, size: int) -> dict[str, Any]:
    """Load ``folder`` into fresh databases with ``bench.env``'s coopdb; time loads and queries."""
    loads = []
    for _ in range(bench.repeat):
        bench.fresh_database(db)
        loads.append(bench.coopdb("--database-url", bench.url(db), "load", str(folder)).wall)
    full = statistics.median(loads)
    incremental = measure_incremental(bench, folder, db)
    with psycopg.connect(bench.conninfo(db), autocommit=True) as conn:
        conn.execute("ANALYZE")
        region = {
            name: timed_ms(
                conn, f"SELECT * FROM reporting.{name} WHERE {column} = 'RU-KRS'", bench.repeat
            )
            for name, column in region_relations(conn)
        }
        whole = {
            name: timed_ms(conn, f"SELECT * FROM reporting.{name}", bench.repeat)
            for name in relation_names(conn)
        }
        plain = {}
        for name in whole:
            conn.execute(f"CREATE TABLE public.copy_{name} AS SELECT * FROM reporting.{name}")
            plain[name] = timed_ms(conn, f"SELECT * FROM public.copy_{name}", bench.repeat)
            conn.execute(f"DROP TABLE public.copy_{name}")
    return {
        "full": full,
        "incremental": incremental,
        "region": region,
        "whole": whole,
        "plain": plain,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before-src", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, help="a corpus made already (else one is made)")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rrb", dir="/tmp"))
    bench = Bench(home, args.repeat)
    try:
        folder = args.corpus or corpus(args.articles, home)
        after_env = dict(bench.env)
        bench.env["PYTHONPATH"] = str(args.before_src.resolve())
        views = measure_layout(bench, "views", folder, args.articles)
        bench.env = after_env
        tables = measure_layout(bench, "tables", folder, args.articles)
    finally:
        bench.server.stop()
    report(bench, args.articles, views, tables)


def report(bench: Bench, size: int, views: dict[str, Any], tables: dict[str, Any]) -> None:
    load = os.getloadavg()
    bench.say(f"{size} articles, medians of {bench.repeat}, load average {load[0]:.2f}")
    bench.say(
        f"full load: views {views['full']:.2f} s, tables {tables['full']:.2f} s,"
        f" ratio {tables['full'] / views['full']:.2f}"
    )
    bench.say(
        f"reload, one article changed: views {views['incremental']:.2f} s, tables"
        f" {tables['incremental']:.2f} s, ratio"
        f" {tables['incremental'] / views['incremental']:.2f}"
    )
    bench.say(
        "| relation | region filter, views (ms) | tables (ms) | full read, views (ms) |"
        " tables (ms) | plain copy (ms) | tables ÷ copy | views ÷ copy |"
    )
    bench.say("|---|---|---|---|---|---|---|---|")
    for name in sorted(tables["whole"]):
        cells = [
            views["region"].get(name),
            tables["region"].get(name),
            views["whole"].get(name),
            tables["whole"][name],
            tables["plain"][name],
        ]
        plain = tables["plain"][name] or 1e-9
        ratios = [tables["whole"][name] / plain, (views["whole"].get(name) or 0) / plain]
        shown = ["" if c is None else f"{c:.1f}" for c in cells] + [f"{r:.2f}" for r in ratios]
        bench.say(f"| {name} | " + " | ".join(shown) + " |")


if __name__ == "__main__":
    main()
