"""Loads, validation, reloads and start-up, each against a floor measured in the same run:
PostgreSQL's own COPY of the same rows into the same tables (loads), ``python -c pass``
(start-up)."""

from __future__ import annotations

import io
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from harness import Bench, median


@dataclass
class LoadSpeed:
    size: int
    db: str
    rows: int
    wall: float
    cpu: float
    """CPU seconds of coopdb's processes (the server's not counted): ÷ wall = cores used."""
    rss: int
    validate: float | None
    write: float | None
    copy: float
    phases: dict[str, float]
    """Every phase ``COOPDB_TIMINGS=1`` printed (medians), whatever the loader names them."""


def timings(stderr: str) -> dict[str, float]:
    """The phases ``COOPDB_TIMINGS=1`` prints (``timings: validate 1.2 s, write 0.8 s``)."""
    match = re.search(r"timings: (.*)", stderr)
    if not match:
        return {}
    return {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", match[1])}


def core_tables() -> list[str]:
    """Every core table, parents before children (the order COPY must fill them in)."""
    from coopdb.models import Base

    return [table.name for table in Base.metadata.sorted_tables]


def fact_rows(conninfo: str) -> int:
    with psycopg.connect(conninfo) as conn:
        total = 0
        for table in core_tables():
            row = conn.execute(f"SELECT count(*) FROM core.{table}").fetchone()
            assert row is not None
            total += int(row[0])
        return total


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
    try:
        with psycopg.connect(bench.conninfo(target)) as conn:
            started = time.perf_counter()
            with conn.transaction():
                for table in core_tables():
                    with conn.cursor().copy(f"COPY core.{table} FROM STDIN (FORMAT binary)") as cp:
                        cp.write(dumps[table])
            return time.perf_counter() - started
    finally:
        bench.drop_database(target)


def measure_load(bench: Bench, size: int, folder: Path) -> LoadSpeed:
    """Full loads into fresh databases; the last one is kept for the measures after."""
    runs, validates, writes, phased = [], [], [], []
    env = {**bench.env, "COOPDB_TIMINGS": "1"}
    db = f"bench_{size}"
    for attempt in range(bench.repeat):
        if attempt:
            bench.drop_database(db)
        bench.fresh_database(db)
        run = bench.coopdb("--database-url", bench.url(db), "load", str(folder), env=env, tree=True)
        runs.append(run)
        phases = timings(run.stderr)
        phased.append(phases)
        if "validate" in phases:
            validates.append(phases["validate"])
        if "write" in phases:
            writes.append(phases["write"] + phases.get("commit", 0.0))
    return LoadSpeed(
        size=size,
        db=db,
        rows=fact_rows(bench.conninfo(db)),
        wall=median([r.wall for r in runs]),
        cpu=median([r.cpu for r in runs]),
        rss=round(median([r.rss for r in runs])),
        validate=median(validates) if validates else None,
        write=median(writes) if writes else None,
        copy=median([copy_floor(bench, db) for _ in range(bench.repeat)]),
        phases={
            name: median([p[name] for p in phased if name in p])
            for name in dict.fromkeys(name for p in phased for name in p)
        },
    )


def measure_check(bench: Bench, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``coopdb check`` (medians)."""
    runs = [bench.coopdb("check", str(folder)) for _ in range(bench.repeat)]
    return median([r.wall for r in runs]), median([r.cpu for r in runs])


def measure_incremental(bench: Bench, folder: Path, db: str) -> float:
    """Change one proposal title in one article and reload; wall seconds of the reload. The
    article is put back and reloaded, so ``db`` holds the corpus again afterwards."""
    articles = sorted(folder.glob("[0-9]*.yaml"))
    facts = articles[len(articles) // 2]
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
            walls.append(bench.coopdb("--database-url", bench.url(db), "load", str(folder)).wall)
    finally:
        facts.write_text(original, encoding="utf-8")
    bench.coopdb("--database-url", bench.url(db), "load", str(folder))
    return median(walls)


def measure_startup(bench: Bench, db: str, region: str) -> dict[str, float]:
    url = bench.url(db)
    runs: dict[str, list[float]] = {
        "python -c pass": [],
        "coopdb --help": [],
        "coopdb report (warm server, seeds)": [],
    }
    for _ in range(max(5, bench.repeat)):
        runs["python -c pass"].append(bench.timed([sys.executable, "-c", "pass"]).wall)
        runs["coopdb --help"].append(bench.coopdb("--help").wall)
        runs["coopdb report (warm server, seeds)"].append(
            bench.coopdb("--database-url", url, "report", region).wall
        )
    return {k: median(v) for k, v in runs.items()}


def measure_first_run(bench: Bench, region: str) -> tuple[float, float]:
    """A fresh COOPDB_HOME: initdb, start, migrate, load the seeds, report; and its floor,
    ``coopdb server start`` in another fresh home (initdb, start, the empty database), which
    no first run can beat. Medians of up to three of each."""
    times: dict[str, list[float]] = {"report": [], "server start": []}
    for attempt in range(max(1, min(bench.repeat, 3))):
        for what, argv in (("server start", ("server", "start")), ("report", ("report", region))):
            home = Path(tempfile.mkdtemp(prefix=f"coopdb-first-{attempt}-", dir="/tmp"))
            env = {**bench.env, "COOPDB_HOME": str(home)}
            try:
                times[what].append(bench.coopdb(*argv, env=env).wall)
            finally:
                bench.timed([sys.executable, "-m", "coopdb", "server", "stop"], env=env)
                shutil.rmtree(home, ignore_errors=True)
    return median(times["report"]), median(times["server start"])
