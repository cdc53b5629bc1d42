"""Peak memory of a full load: the load process's peak RSS (``wait4``'s rusage) and wall time
for each corpus size, for this source tree and optionally an earlier revision, in alternating
rounds of one run, with the per-article slope between the smallest and largest size.

    python bench/load_memory.py --articles 2000 10000 --before main --cache /tmp/corpora
    python bench/load_memory.py --articles 30 --repeat 1          # a quick proof that it works

Corpora are made by ``bench/make_corpus.py`` (seed 1) and kept in ``--cache``. The server is a
private embedded one in a scratch home; its memory is not counted (it is not the load's child).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as run  # bench/harness.py: the scratch server and the timers
from check_speed import TREE, source_of


def load_once(bench: run.Bench, src: Path, folder: Path, name: str) -> run.Run:
    """A full load of ``folder`` into a fresh migrated database with the code in ``src``."""
    env = {**bench.env, "PYTHONPATH": str(src), "COOPDB_TIMINGS": "1"}
    db = bench.fresh_database(name, migrated=False)
    try:
        bench.coopdb("--database-url", bench.url(db), "db", "upgrade", env=env)
        return bench.coopdb("--database-url", bench.url(db), "load", str(folder), env=env)
    finally:
        bench.drop_database(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--before", help="a git revision to measure too (e.g. main)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "corpora")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coopdb-memory-") as scratch:
        trees = {"after": TREE / "src"}
        if args.before:
            trees = {"before": source_of(args.before, Path(scratch)), **trees}
        bench = run.Bench(Path(scratch) / "home", args.repeat)
        try:
            bench.say(f"machine: {run.machine()}; load {run.load_average()}")
            rss: dict[tuple[str, int], list[int]] = {}
            wall: dict[tuple[str, int], list[float]] = {}
            for size in args.articles:
                folder = run.corpus(size, args.cache)
                for round_ in range(args.repeat):
                    for label, src in trees.items():
                        done = load_once(bench, src, folder, f"memory_{label}_{size}_{round_}")
                        rss.setdefault((label, size), []).append(done.rss)
                        wall.setdefault((label, size), []).append(done.wall)
                        bench.say(
                            f"{label} articles={size} rss_mb={done.rss} wall_s={done.wall:.1f}"
                        )
            rows = []
            small, large = min(args.articles), max(args.articles)
            for label in trees:
                slope = ""
                if large > small:
                    grow = run.median(rss[label, large]) - run.median(rss[label, small])
                    slope = f"{grow * 1024 / (large - small):.1f}"
                for size in args.articles:
                    rows.append(
                        (
                            label,
                            f"{size:,}",
                            f"{run.median(rss[label, size]):.0f}",
                            f"{run.median(wall[label, size]):.1f}",
                            slope,
                        )
                    )
            header = ("tree", "articles", "peak RSS MB", "wall s", "KB/article")
            for line in run.table(header, rows):
                bench.say(line)
            bench.say(f"load average at the end: {run.load_average()}")
        finally:
            bench.server.stop()


if __name__ == "__main__":
    main()
