"""The static site at scale: its size (total, pages, largest page) and how long ``coopdb site``
takes to build it in full, to rebuild it when nothing changed, and to rebuild it after a load
that changed one fact of one article (a proposal's title), for the seeds and for generated
corpora.

    python bench/site_build.py                               # seeds, 1k and 10k articles
    python bench/site_build.py --sizes seeds,1000 --repeat 3
    python bench/site_build.py --sizes 30 --repeat 1         # a quick run, to prove it works

Everything runs on a private embedded server in a scratch COOPDB_HOME (``harness.Bench``); each
build is the ``coopdb site`` command itself, start-up included. Medians of ``--repeat`` runs
(full builds: of ``--full-repeat`` runs, in fresh folders). It prints numbers and asserts
nothing about speed; compare the ratios within one run, and mind the load average printed.
"""

from __future__ import annotations

import argparse
import os
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

from harness import Bench, corpus, machine, table

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
BUILT = re.compile(r"(\d+) files, (\d+) pages drawn, (\d+) written, (\d+) removed, (\d+) unchanged")


def load_average() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


def site_build(url: str, env: dict[str, str], folder: Path) -> dict[str, Any]:
    """One ``coopdb site`` run: its wall seconds and the counts it printed."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "coopdb", "--database-url", url, "site", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    match = BUILT.search(done.stdout)
    assert match, done.stdout
    files, drawn, written, _, _ = (int(n) for n in match.groups())
    return {"wall": wall, "files": files, "drawn": drawn, "written": written}


def sizes(folder: Path) -> dict[str, Any]:
    """The site's total size, its pages, its largest page, its largest region page."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]

    def largest(found: Sequence[Path]) -> tuple[str, int]:
        top = max(found, key=lambda p: p.stat().st_size)
        return str(top.relative_to(folder)), top.stat().st_size

    articles = [p.stat().st_size for p in pages if p.parent.name == "articles"]
    return {
        "total": sum(p.stat().st_size for p in files),
        "files": len(files),
        "pages": len(pages),
        "largest": largest(pages),
        "largest_region": largest([p for p in pages if p.parent.name == "regions"]),
        "median_article": statistics.median(articles) if articles else 0,
        "data": sum(p.stat().st_size for p in files if p.parent.name == "data"),
    }


def change_one_fact(folder: Path, attempt: int) -> tuple[Path, str]:
    """Append a revision mark to one plain proposal title of the middle article; the file and
    its original text (to put back)."""
    articles = sorted(folder.glob("[0-9]*.yaml"))
    for facts in articles[len(articles) // 2 :] + articles:
        original = facts.read_text(encoding="utf-8")
        edited = re.sub(
            r"(\n {2,4}title: [^\"'\n:#][^\n:#]*)(?=\n)",
            lambda m: f"{m[1]} (revision {attempt})",
            original,
            count=1,
        )
        if edited != original:
            facts.write_text(edited, encoding="utf-8")
            return facts, original
    raise SystemExit(f"no plain proposal title to change in {folder}")


def measure(
    bench: Bench, name: str, source: Path, work: Path, full_repeat: int, loaded: str | None
) -> dict[str, Any]:
    """Load ``source`` into a fresh database (or take ``loaded``, a database that holds it),
    then build, rebuild and measure its site."""
    folder = work / f"corpus-{name}"
    shutil.copytree(source, folder)
    load_wall = None
    if loaded is None:
        loaded = bench.url(bench.fresh_database(f"site_{name}"))
        load_wall = bench.coopdb("--database-url", loaded, "load", str(folder)).wall
    bench.say(f"- {name}: loaded (load average {load_average()})")

    def site(target: Path) -> dict[str, Any]:
        return site_build(str(loaded), bench.env, target)

    full = [site(work / f"site-{name}-{n}") for n in range(full_repeat)]
    bench.say(f"- {name}: full build {_median(full):.1f} s (load average {load_average()})")
    noop = [site(work / f"site-{name}-0") for _ in range(bench.repeat)]
    one = []
    for attempt in range(1, bench.repeat + 1):
        change_one_fact(folder, attempt)
        bench.coopdb("--database-url", loaded, "load", str(folder))
        one.append(site(work / f"site-{name}-0"))
    bench.say(f"- {name}: rebuilds measured (load average {load_average()})")
    return {
        "name": name,
        "sizes": sizes(work / f"site-{name}-0"),
        "full": full,
        "noop": noop,
        "one": one,
        "load": load_wall,
    }


def _median(runs: Sequence[dict[str, Any]], key: str = "wall") -> float:
    return float(statistics.median(r[key] for r in runs))


def report(bench: Bench, results: Sequence[dict[str, Any]]) -> None:
    say = bench.say
    say("")
    say("## Site size")
    say("")
    rows: list[Sequence[object]] = []
    for r in results:
        s = r["sizes"]
        rows.append(
            [
                r["name"],
                f"{s['total'] / 1e6:,.1f}",
                s["files"],
                s["pages"],
                f"{s['largest'][0]} ({s['largest'][1] / 1024:,.0f} KB)",
                f"{s['largest_region'][1] / 1024:,.0f}",
                f"{s['median_article'] / 1024:,.1f}",
                f"{s['data'] / 1e6:,.1f}",
            ]
        )
    header = ["corpus", "total MB", "files", "pages", "largest page", "largest region KB"]
    for line in table([*header, "median article KB", "data/ MB"], rows):
        say(line)
    say("")
    say("## Build time (`coopdb site`, wall seconds, start-up included)")
    say("")
    rows = []
    for r in results:
        full, noop, one = _median(r["full"]), _median(r["noop"]), _median(r["one"])
        rows.append(
            [
                r["name"],
                "–" if r["load"] is None else f"{r['load']:.1f}",
                f"{full:.1f}",
                f"{noop:.2f} ({noop / full:.1%})",
                f"{one:.1f} ({one / full:.1%})",
                f"{_median(r['one'], 'drawn'):.0f} of {r['full'][0]['drawn']}",
                f"{_median(r['one'], 'written'):.0f}",
            ]
        )
    header = ["corpus", "load s", "full build s", "no-op rebuild s (÷ full)"]
    more = ["one-fact rebuild s (÷ full)", "pages drawn (one fact)", "files written (one fact)"]
    for line in table([*header, *more], rows):
        say(line)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="seeds,1000,10000", help="'seeds' or article counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each rebuild")
    parser.add_argument("--full-repeat", type=int, default=1, help="runs of each full build")
    parser.add_argument("--cache", type=Path, help="keep generated corpora here")
    parser.add_argument(
        "--loaded",
        help="a database URL that holds the corpus of the one size given already (not loaded"
        " again; its site's one-fact rebuilds do load into it)",
    )
    parser.add_argument("--results", type=Path, help="also write the results as Markdown here")
    args = parser.parse_args(argv)
    cache = args.cache or Path(tempfile.mkdtemp(prefix="coopdb-corpora-"))
    cache.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="coopdb-sb-", dir="/tmp"))
    work = Path(tempfile.mkdtemp(prefix="coopdb-site-bench-"))
    bench = Bench(home, args.repeat)
    try:
        bench.say("# coopdb site build")
        bench.say("")
        bench.say(f"- machine: {machine()}; load average at start {load_average()}")
        results = []
        for size in args.sizes.split(","):
            source = SEEDS if size == "seeds" else corpus(int(size), cache)
            results.append(measure(bench, size, source, work, args.full_repeat, args.loaded))
        report(bench, results)
        bench.say("")
        bench.say(f"Load average at the end: {load_average()}")
    finally:
        bench.server.stop()
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    if args.results:
        args.results.write_text("\n".join(bench.lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
