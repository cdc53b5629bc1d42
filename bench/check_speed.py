"""Validation speed: `coopdb check` articles per second, a full load's wall time and peak
RSS, and an incremental reload (one article changed) as a share of the full load, for this
source tree and optionally an earlier revision, measured in alternating rounds of one run.

    python bench/check_speed.py --articles 2000 --repeat 3 --before main
    python bench/check_speed.py --articles 30 --repeat 1      # a quick proof that it works

The machine may be busy: compare the two revisions' ratios within one run, not with another
run's. The load average is printed at the start and the end. Peak RSS is the child's own
(``wait4``'s rusage), in MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as run  # bench/harness.py: the scratch server and the timers
from load_speed import measure_incremental

TREE = Path(__file__).resolve().parent.parent


def source_of(revision: str, scratch: Path) -> Path:
    """The ``src`` folder of a git revision, extracted into ``scratch`` with the rest of its
    tree (its migrations, its shipped seeds)."""
    archive = scratch / f"{revision.replace('/', '_')}.tar"
    subprocess.run(["git", "-C", str(TREE), "archive", "-o", str(archive), revision], check=True)
    target = scratch / revision.replace("/", "_")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target / "src"


def measure(bench: run.Bench, label: str, src: Path, folder: Path, round_: int) -> dict[str, Any]:
    """One round for one revision: check, a full load into a fresh database, one reload."""
    env = {**bench.env, "PYTHONPATH": str(src)}
    checked = bench.coopdb("check", str(folder), env=env)
    check_wall, check_rss = checked.wall, checked.rss
    db = bench.fresh_database(f"speed_{label}_{round_}", migrated=False)
    bench.coopdb("--database-url", bench.url(db), "db", "upgrade", env=env)
    loaded = bench.coopdb("--database-url", bench.url(db), "load", str(folder), env=env)
    load_wall, load_rss = loaded.wall, loaded.rss
    saved, bench.env, bench.repeat = bench.env, env, 1
    try:
        incremental = measure_incremental(bench, folder, db)
    finally:
        bench.env = saved
    return {
        "check": check_wall,
        "check_rss": check_rss,
        "load": load_wall,
        "load_rss": load_rss,
        "incremental": incremental,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", help="a git revision to measure beside this tree")
    parser.add_argument("--after", help="a git revision to measure instead of this tree")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopdb-speed-") as scratch_name:
        scratch = Path(scratch_name)
        folder = run.corpus(args.articles, scratch)
        versions = {"after": source_of(args.after, scratch) if args.after else TREE / "src"}
        if args.before:
            versions = {"before": source_of(args.before, scratch), **versions}
        bench = run.Bench(scratch / "home", args.repeat)
        try:
            print(f"load average at start: {os.getloadavg()}", flush=True)
            results: dict[str, list[dict[str, Any]]] = {label: [] for label in versions}
            for round_ in range(args.repeat):
                for label, src in versions.items():
                    one = measure(bench, label, src, folder, round_)
                    results[label].append(one)
                    print(f"round {round_ + 1} {label}: {one}", flush=True)
            print(f"load average at end: {os.getloadavg()}")
            report(results, args.articles)
        finally:
            bench.server.stop()


def report(results: dict[str, list[dict[str, Any]]], articles: int) -> None:
    """Medians per revision (and the ratio of each round's incremental reload to its load)."""
    print(f"\n{articles} articles, medians of {len(next(iter(results.values())))} rounds")
    print(
        "| revision | check s | check articles/s | check peak MB | load s | load peak MB"
        " | reload s | reload ÷ load |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, rounds in results.items():
        med = {key: run.median([r[key] for r in rounds]) for key in rounds[0]}
        ratio = run.median([r["incremental"] / r["load"] for r in rounds])
        print(
            f"| {label} | {med['check']:.1f} | {articles / med['check']:,.0f}"
            f" | {med['check_rss']:.0f} | {med['load']:.1f} | {med['load_rss']:.0f}"
            f" | {med['incremental']:.2f} | {ratio:.1%} |"
        )


if __name__ == "__main__":
    main()
