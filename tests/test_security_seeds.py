"""The seeds folder is a sandbox, and whatever ``coopdb check`` accepts, ``coopdb load`` loads.

Each hostile file found by attacking coopdb as a hostile curator is a test here: links out of
the folder, FIFOs and devices, files too large to read, YAML alias bombs and deep nesting,
numbers and texts the database cannot store, control characters. Each must be refused by
``check`` and by ``load`` the way every problem is: one line naming the file (with the line and
the field where they exist), exit code 1, no traceback, the database unchanged. Cases that
used to hang or exhaust memory run in a child process with a time and memory limit, so that a
regression fails instead of taking the machine down. The last test is the property itself:
values generated towards every limit are either refused by ``check`` or loaded by ``load`` (a few
cases by default; ``test_whatever_check_accepts_load_loads_soak``, marked slow, runs many more).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.schema import Column, ColumnCollectionConstraint, Table

from conftest import JOURNAL, REPOSITORY, fingerprint, run, sql
from coopdb import curation as cur
from coopdb.curation import fastyaml, seedfiles
from coopdb.models import Base
from coopdb.resources import seeds_dir

ARTICLE = "000_c822827a76efb0a0"
SUMMARY = re.compile(r"\d+ problems? found(?: in \d+ files?|; nothing was loaded)\.")


# --- helpers ----------------------------------------------------------------------------------


def problems_of(stderr: str) -> list[str]:
    """The problem lines of a refusal; asserts the refusal's shape (one line each, a count)."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.rstrip("\n").split("\n")
    assert SUMMARY.fullmatch(lines[-1]), stderr
    return lines[:-1]


def check_refuses(folder: Path) -> list[str]:
    result = run("check", str(folder))
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    return problems_of(result.stderr)


def load_refuses(url: str, folder: Path) -> list[str]:
    """``coopdb load`` refuses the folder and changes nothing in the database."""
    before = fingerprint(url)
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 1, result.output
    assert fingerprint(url) == before, "a refused load changed the database"
    return problems_of(result.stderr)


def load_accepts(url: str, folder: Path) -> None:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def add_fact(folder: Path, stem: str, section: str, item: str, sentence: str = "") -> int:
    """Add a list item (YAML lines, the first starting with ``- ``) to a section of a facts
    file, and a sentence to the end of its article; return the item's line."""
    if sentence:
        text = folder / f"{stem}.txt"
        text.write_bytes(text.read_bytes() + f"\n{sentence}\n".encode())
    path = folder / f"{stem}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    block = [f"  {line}\n" for line in item.strip("\n").split("\n")]
    if f"{section}:\n" in lines:
        at = lines.index(f"{section}:\n") + 1
    else:
        lines[-1] = lines[-1].rstrip("\n") + "\n"
        lines.append(f"{section}:\n")
        at = len(lines)
    lines[at:at] = block
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def set_term(folder: Path, official_post: str, term: str) -> int:
    """Give the holding of ``official_post`` in officials.yaml a term; return its line."""
    path = folder / "officials.yaml"
    text = path.read_text(encoding="utf-8")
    old = f"      - post: {official_post}\n"
    assert old in text
    at = text.index(old) + len(old)
    path.write_text(text[:at] + f"        term: {term}\n" + text[at:], encoding="utf-8")
    return text[:at].count("\n") + 1


@dataclass(frozen=True)
class Probe:
    """What validating a folder cost in a child process, and what it said.

    Costs are counted, not timed on the wall clock (which a loaded machine stretches): CPU
    seconds of the child and bytes it read, both beside the same counts for validating the
    shipped seeds in the same child, so a refusal is proven to cost no more than a valid
    folder does, where the old behaviour read gigabytes or expanded millions of nodes.
    """

    problems: list[str]
    cpu_seconds: float
    read_bytes: int
    peak_bytes: int
    baseline_cpu_seconds: float
    baseline_read_bytes: int

    def assert_cheap(self) -> None:
        """No more than a few times the work of validating a valid folder, far below the
        unbounded work of the old behaviour."""
        assert self.cpu_seconds < 5 * self.baseline_cpu_seconds + 0.5, self
        assert self.read_bytes < 2 * self.baseline_read_bytes + (1 << 20), self
        assert self.peak_bytes < 16 << 20, self


_CHILD = """
import json, sys, time, tracemalloc
from pathlib import Path
from coopdb.curation import CurationError, validate_folder

def read_bytes():
    try:
        with open("/proc/self/io") as fh:
            return int(next(l for l in fh if l.startswith("rchar:")).split()[1])
    except OSError:
        return 0

def cost(folder):
    cpu, read = time.process_time(), read_bytes()
    try:
        validate_folder(Path(folder))
        problems = []
    except CurationError as error:
        problems = [str(problem) for problem in error.problems]
    return problems, time.process_time() - cpu, read_bytes() - read

tracemalloc.start()  # for both counts: it slows Python down several times
cost(sys.argv[2])  # warm up: imports and caches are no part of either count
_, base_cpu, base_read = cost(sys.argv[2])
tracemalloc.reset_peak()
problems, cpu, read = cost(sys.argv[1])
print(json.dumps({"problems": problems, "cpu": cpu, "read": read,
                  "peak": tracemalloc.get_traced_memory()[1],
                  "base_cpu": base_cpu, "base_read": base_read}))
"""
MEMORY_LIMIT = 2 << 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def child(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run Python in a child with a memory limit and a timeout: a regression that hangs or
    eats memory fails the test instead of hanging it."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
        cwd=REPOSITORY,
        check=False,
    )


def probe(folder: Path) -> Probe:
    result = child(["-c", _CHILD, str(folder), str(seeds_dir())])
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout)
    return Probe(
        data["problems"],
        data["cpu"],
        data["read"],
        data["peak"],
        data["base_cpu"],
        data["base_read"],
    )


def only_problem_of(found: Probe | list[str]) -> str:
    problems = found.problems if isinstance(found, Probe) else found
    assert len(problems) == 1, problems
    assert "\n" not in problems[0]
    return problems[0]


# --- the folder: regular files only -----------------------------------------------------------


def test_symlink_to_the_password_file_is_refused_by_check_and_load(
    seeds_copy: Path, read_only_db: str
) -> None:
    # Facts that claim nothing: the article's text is all there is to check.
    (seeds_copy / "005_x.yaml").write_text("article: 005_x.txt\nregion: kursk-oblast\n")
    (seeds_copy / "005_x.txt").symlink_to("/etc/passwd")
    expected = f"{seeds_copy / '005_x.txt'}: is a symbolic link (to /etc/passwd);"
    assert only_problem_of(check_refuses(seeds_copy)).startswith(expected)
    assert only_problem_of(load_refuses(read_only_db, seeds_copy)).startswith(expected)
    assert sql(
        read_only_db, "SELECT count(*) FROM core.sources WHERE body LIKE %s", ("%root:%",)
    ) == [(0,)]


def test_symlinked_facts_and_shared_files_are_refused(seeds_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    for name in (f"{ARTICLE}.yaml", "regions.yaml"):
        (seeds_copy / name).rename(outside / name)
        (seeds_copy / name).symlink_to(outside / name)
    found = check_refuses(seeds_copy)
    assert sorted(found) == [
        f"{seeds_copy / name}: is a symbolic link (to {outside / name});"
        " coopdb reads only regular files inside the seeds folder"
        for name in (f"{ARTICLE}.yaml", "regions.yaml")
    ]


def test_symlink_to_dev_zero_is_refused_without_reading(seeds_copy: Path) -> None:
    (seeds_copy / f"{ARTICLE}.txt").unlink()
    (seeds_copy / f"{ARTICLE}.txt").symlink_to("/dev/zero")
    found = probe(seeds_copy)
    assert only_problem_of(found).startswith(f"{seeds_copy / ARTICLE}.txt: is a symbolic link")
    found.assert_cheap()


def test_fifo_is_refused_without_hanging(seeds_copy: Path, read_only_db: str) -> None:
    (seeds_copy / f"{ARTICLE}.txt").unlink()
    os.mkfifo(seeds_copy / f"{ARTICLE}.txt")
    os.mkfifo(seeds_copy / "006_pipe.yaml")
    expected = [
        f"{seeds_copy / name}: is a FIFO (named pipe); coopdb reads only regular files inside"
        " the seeds folder"
        for name in ("006_pipe.yaml", f"{ARTICLE}.txt")
    ]
    fifos = [seeds_copy / f"{ARTICLE}.txt", seeds_copy / "006_pipe.yaml"]
    found = unblocked(fifos, lambda: check_refuses(seeds_copy))
    assert sorted(found) == sorted(expected)
    found = unblocked(fifos, lambda: load_refuses(read_only_db, seeds_copy))
    assert sorted(found) == sorted(expected)


def unblocked(fifos: list[Path], call: Callable[[], list[str]]) -> list[str]:
    """``call()`` in a thread; if it is still running after 20 s (it opened a FIFO, which
    blocks until a writer comes), open the FIFOs for writing to release it, and fail."""
    outcome: list[list[str] | BaseException] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # re-raised in the test's thread
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():
        for fifo in fifos:
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail("reading the seeds folder blocked on a FIFO")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def test_directories_and_sockets_named_like_curated_files_are_refused(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seeds_copy / "005_dir.yaml").mkdir()
    (seeds_copy / "006_dir.txt").mkdir()
    with socket.socket(socket.AF_UNIX) as sock:
        # a socket's path must be short to bind: relative to the folder, it is
        with monkeypatch.context() as here:
            here.chdir(seeds_copy)
            sock.bind("007_socket.txt")
        found = check_refuses(seeds_copy)
    assert found == [
        f"{seeds_copy / name}: is {kind}; coopdb reads only regular files inside the seeds folder"
        for name, kind in [
            ("005_dir.yaml", "a directory"),
            ("006_dir.txt", "a directory"),
            ("007_socket.txt", "a socket"),
        ]
    ]


def test_a_symlinked_seeds_folder_is_read(seeds_copy: Path, tmp_path: Path) -> None:
    """The folder named on the command line may be a link (it is what the user typed); the
    links refused are the ones inside it."""
    link = tmp_path / "linked-seeds"
    link.symlink_to(seeds_copy, target_is_directory=True)
    result = run("check", str(link))
    assert result.exit_code == 0, result.output


def test_other_entries_are_ignored_and_their_number_is_capped(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seeds_copy / "notes").symlink_to("/etc")  # not a curated name: ignored
    (seeds_copy / ".hidden.txt").symlink_to("/etc/passwd")
    assert run("check", str(seeds_copy)).exit_code == 0
    monkeypatch.setattr(seedfiles, "MAX_FOLDER_ENTRIES", 10)
    assert check_refuses(seeds_copy) == [f"{seeds_copy}: holds more than 10 entries"]


# --- sizes: capped before reading -------------------------------------------------------------


def test_sparse_two_gigabyte_article_is_refused_unread(seeds_copy: Path) -> None:
    text = seeds_copy / f"{ARTICLE}.txt"
    os.truncate(text, 2 << 30)  # sparse: costs no disk, but a reader would read 2 GB
    found = probe(seeds_copy)
    assert only_problem_of(found) == (
        f"{text}: is 2,147,483,648 bytes, over the 131,072-byte limit for an article text"
    )
    found.assert_cheap()


@pytest.mark.parametrize(
    ("name", "limit", "what"),
    [
        (f"{ARTICLE}.yaml", seedfiles.MAX_FACTS_BYTES, "a facts file"),
        ("officials.yaml", seedfiles.MAX_SHARED_BYTES, "a shared file"),
        (f"{ARTICLE}.txt", seedfiles.MAX_ARTICLE_BYTES, "an article text"),
    ],
)
def test_each_kind_of_file_has_its_cap(seeds_copy: Path, name: str, limit: int, what: str) -> None:
    path = seeds_copy / name
    os.truncate(path, limit + 1)
    assert only_problem_of(check_refuses(seeds_copy)) == (
        f"{path}: is {limit + 1:,} bytes, over the {limit:,}-byte limit for {what}"
    )


def test_reads_stop_at_the_cap_whatever_the_file_says(seeds_copy: Path) -> None:
    """The cap bounds the read itself, not only the size lstat reported: a file that is
    larger when read than when listed (it grew) yields at most cap + 1 bytes, then a refusal."""
    name = f"{ARTICLE}.txt"
    refusals: list[tuple[str, str]] = []
    with seedfiles.SeedsFolder(seeds_copy, lambda *args: refusals.append(args)) as folder:
        fd = os.open(seeds_copy / name, os.O_RDONLY)
        try:
            assert folder._read_open(name, fd, 100, "a test") is None
            assert os.lseek(fd, 0, os.SEEK_CUR) == 101
        finally:
            os.close(fd)
    assert refusals == [(name, "grew past the 100-byte limit for a test while read")]


# --- YAML: no aliases, no deep nesting, short messages ---------------------------------------


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """The 'billion laughs': nine lists of nine references to the list before."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * width) + "]")
    lines.append(f"title: *l{levels - 1}")
    return "\n".join(lines) + "\n"


def replace_title(folder: Path, yaml_lines: str) -> int:
    """Put ``yaml_lines`` where the facts file of ARTICLE has ``title: null``; their line."""
    path = folder / f"{ARTICLE}.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("title: null\n")
    path.write_text(text[:at] + yaml_lines + text[at + len("title: null\n") :], encoding="utf-8")
    return text[:at].count("\n") + 1


@pytest.mark.parametrize("followed_by_a_syntax_error", [False, True])
def test_alias_bomb_is_refused_in_milliseconds(
    seeds_copy: Path, followed_by_a_syntax_error: bool
) -> None:
    bomb = alias_bomb()
    if followed_by_a_syntax_error:  # libyaml fails: the careful (ruamel) path must screen too
        bomb += "broken: [\n"
    line = replace_title(seeds_copy, bomb)
    found = probe(seeds_copy)
    assert only_problem_of(found) == (
        f"{seeds_copy / ARTICLE}.yaml:{line}: YAML anchors (&name) are not allowed in curated files"
    )
    found.assert_cheap()


@pytest.mark.parametrize("style", ["flow", "block", "flow + syntax error", "in a shared file"])
def test_nesting_250_deep_is_refused_in_one_line(seeds_copy: Path, style: str) -> None:
    depth = 250
    if style == "block":
        nested = "title:\n" + "".join(" " * (2 * i + 2) + "x:\n" for i in range(depth))
        nested += " " * (2 * depth + 2) + "y\n"
    else:
        nested = "title: " + "[" * depth + "]" * depth + "\n"
        nested += "broken: [\n" if "error" in style else ""
    if style == "in a shared file":
        path = seeds_copy / "regions.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "extra: " + nested[7:])
        line = path.read_text(encoding="utf-8").count("\n")
        name = "regions.yaml"
    else:
        line, name = replace_title(seeds_copy, nested), f"{ARTICLE}.yaml"
    found = probe(seeds_copy)
    found.assert_cheap()
    problem = only_problem_of(found)
    assert problem == only_problem_of(check_refuses(seeds_copy))
    assert re.fullmatch(
        rf"{re.escape(str(seeds_copy / name))}:(\d+): nested deeper than 20 levels", problem
    ), problem
    first_too_deep = int(problem.split(":")[1])
    assert line <= first_too_deep <= line + 21, problem


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("&anchor just text", "YAML anchors (&name) are not allowed in curated files"),
        ("!!str tagged", "YAML tags (tag:yaml.org,2002:str) are not allowed in curated files"),
        ("!!bool maybe", "YAML tags (tag:yaml.org,2002:bool) are not allowed in curated files"),
        ("!custom value", "YAML tags (!custom) are not allowed in curated files"),
        ("1" * 5000, "a number 5,000 characters long (a curated number has at most 100 digits)"),
        (
            "0x" + "f" * 5000,
            "a number 5,002 characters long (a curated number has at most 100 digits)",
        ),
        (
            "2017-02-31",
            "2017-02-31 is not a real date or time (put it in quotes to keep it as text)",
        ),
    ],
)
def test_yaml_that_curated_files_never_need_is_refused(
    seeds_copy: Path, value: str, message: str
) -> None:
    line = replace_title(seeds_copy, f"title: {value}\n")
    assert only_problem_of(check_refuses(seeds_copy)) == (
        f"{seeds_copy / ARTICLE}.yaml:{line}: {message}"
    )


def test_messages_never_print_a_huge_value(seeds_copy: Path) -> None:
    """ruamel's duplicate-key message quotes both values whole, pydantic's errors hold the
    input: each problem line stays short whatever the size of the value."""
    huge = "x" * 20_000
    replace_title(seeds_copy, f'title: "{huge}"\ntitle: "{huge}"\n')
    path = seeds_copy / "regions.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"extra: [{', '.join(['1'] * 10_000)}]\n")
    replace_text(seeds_copy / "002_a28e6e6453cc9cc1.yaml", "amount: null", f'amount: "{huge}"')
    found = check_refuses(seeds_copy)
    assert len(found) == 3, found
    assert all(len(problem) < 400 for problem in found), [len(p) for p in found]
    assert any('invalid YAML: found duplicate key "title"' in problem for problem in found)
    assert any(f"'{'x' * 59}…' is not money as this loader reads it" in p for p in found)


# --- numbers and texts the database cannot hold ----------------------------------------------

PROPOSAL = """- key: hostile-plant
  title: A plant
  sector: industry
  status: proposed
  amount: "{amount}"
  quote: "Kursk plans a plant worth {amount}"
"""
FIGURE = """- key: hostile-exports
  flow: exports
  value: "$5 million"
  change_pct: {change}
  quote: "exports grew {change}% to $5 million"
"""
TWINNING = """- key: hostile-twinning
  status: signed
  count: {count}
  quote: "{written} districts signed twinning agreements"
"""


def over_limit(folder: Path, case: str) -> tuple[int, str, str]:
    """Write one value over a limit; return (line, field, message) of the expected problem."""
    if case == "amount":
        amount = "$99999999 trillion"
        line = add_fact(
            folder,
            ARTICLE,
            "proposals",
            PROPOSAL.format(amount=amount),
            f"Kursk plans a plant worth {amount}.",
        )
        return (
            line + 4,
            "proposals[0].amount",
            (
                "99999999000000000000 is too large for the database: proposals.amount_low is"
                " numeric(18,2), which holds less than 10,000,000,000,000,000"
            ),
        )
    if case == "cents":
        amount = "$1.005"
        line = add_fact(
            folder,
            ARTICLE,
            "proposals",
            PROPOSAL.format(amount=amount),
            f"Kursk plans a plant worth {amount}.",
        )
        return (
            line + 4,
            "proposals[0].amount",
            ("1.005 has more than 2 decimal places: proposals.amount_low keeps 2"),
        )
    if case == "change":
        line = add_fact(
            folder,
            ARTICLE,
            "trade_figures",
            FIGURE.format(change=1234567),
            "In 2017 exports grew 1234567% to $5 million.",
        )
        return (
            line + 3,
            "trade_figures[0].change_pct",
            (
                "1234567 is too large for the database: trade_figures.change_pct is numeric(7,2),"
                " which holds less than 100,000"
            ),
        )
    if case == "count":
        line = add_fact(
            folder,
            ARTICLE,
            "twinning",
            TWINNING.format(count=3_000_000_000, written="3,000,000,000"),
            "In all, 3,000,000,000 districts signed twinning agreements.",
        )
        return (
            line + 2,
            "twinning[0].count",
            (
                "3,000,000,000 does not fit the database: twinning_agreements.units_count is an"
                " integer (at most 2,147,483,647)"
            ),
        )
    assert case == "term"
    line = set_term(folder, "governor-kursk-oblast", "40000")
    officials = fastyaml.load((seeds_dir() / "officials.yaml").read_text("utf-8"))["officials"]
    index = next(
        i
        for i, official in enumerate(officials)
        if any(h["post"] == "governor-kursk-oblast" for h in official.get("holdings", []))
    )
    return (
        line,
        f"officials[{index}].holdings[0].term",
        ("40,000 does not fit the database: holdings.term is a smallint (at most 32,767)"),
    )


@pytest.mark.parametrize("case", ["amount", "cents", "change", "count", "term"])
def test_numbers_the_database_cannot_hold_are_refused_with_file_line_and_field(
    seeds_copy: Path, case: str
) -> None:
    line, field, message = over_limit(seeds_copy, case)
    name = "officials.yaml" if case == "term" else f"{ARTICLE}.yaml"
    expected = f"{seeds_copy / name}:{line}: {field}: {message}"
    assert only_problem_of(check_refuses(seeds_copy)) == expected


def test_load_refuses_them_too_and_changes_nothing(seeds_copy: Path, read_only_db: str) -> None:
    """``check`` once said ok to these and ``load`` failed on them with no file or line."""
    messages = [over_limit(seeds_copy, case)[2] for case in ("amount", "change", "count", "term")]
    found = check_refuses(seeds_copy)
    assert load_refuses(read_only_db, seeds_copy) == found
    assert len(found) == len(messages), found
    assert all(any(problem.endswith(message) for problem in found) for message in messages)


def test_numbers_at_the_limits_load_exactly(seeds_copy: Path, loaded_db: str) -> None:
    amount = "$9,999,999,999,999,999.99"
    add_fact(
        seeds_copy,
        ARTICLE,
        "proposals",
        PROPOSAL.format(amount=amount),
        f"Kursk plans a plant worth {amount}.",
    )
    add_fact(
        seeds_copy,
        ARTICLE,
        "trade_figures",
        FIGURE.format(change="99999.99"),
        "In 2017 exports grew 99999.99% to $5 million.",
    )
    add_fact(
        seeds_copy,
        ARTICLE,
        "twinning",
        TWINNING.format(count=2_147_483_647, written="2,147,483,647"),
        "In all, 2,147,483,647 districts signed twinning agreements.",
    )
    set_term(seeds_copy, "governor-kursk-oblast", "32767")
    load_accepts(loaded_db, seeds_copy)
    assert sql(
        loaded_db, "SELECT amount_low::text FROM core.proposals WHERE key = 'hostile-plant'"
    ) == [("9999999999999999.99",)]
    assert ("99999.99",) in sql(loaded_db, "SELECT change_pct::text FROM core.trade_figures")
    assert sql(
        loaded_db,
        "SELECT units_count FROM core.twinning_agreements WHERE key = 'hostile-twinning'",
    ) == [(2_147_483_647,)]
    assert (32767,) in sql(loaded_db, "SELECT term FROM core.holdings")


def test_indexed_names_of_500_four_byte_characters_load(seeds_copy: Path, loaded_db: str) -> None:
    """Keys and names live in unique indexes (at most 2,704 bytes an entry): the longest
    accepted, in the widest characters, loads; one character more is refused."""
    import random

    rng = random.Random(8)
    name = "".join(chr(rng.randrange(0x1F300, 0x1F5FF)) for _ in range(cur.MAX_INDEXED_CHARS))
    key = "-".join(
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
        for _ in range(50)
    )[: cur.MAX_INDEXED_CHARS].strip("-")
    quoted, reversed_ = (json.dumps(n, ensure_ascii=False) for n in (name, name[::-1]))
    path = seeds_copy / "regions.yaml"
    entry = (
        f"  - key: {key}\n    name: {quoted}\n    kind: city\n    country: BY\n"
        f"    parent: belarus\n    other_names: [{quoted}, {reversed_}]\n"
    )
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("regions:\n", "regions:\n" + entry, 1), encoding="utf-8")
    add_fact(
        seeds_copy,
        ARTICLE,
        "trade_goods",
        f"- direction: exports\n  goods: [{quoted}]\n  quote: {quoted}",
        name,
    )
    load_accepts(loaded_db, seeds_copy)
    assert sql(loaded_db, "SELECT count(*) FROM core.region_names WHERE name = %s", (name,)) == [
        (1,)
    ]
    path.write_text(path.read_text(encoding="utf-8").replace(name[::-1], name[::-1] + "x"))
    assert only_problem_of(check_refuses(seeds_copy)).endswith(
        ": regions[0].other_names[1]: longer than 500 characters (the database indexes it)"
    )


def set_place(folder: Path, place: str) -> int:
    """Give the first meeting of ARTICLE a place (a free text); return its line."""
    return replace_text(folder / f"{ARTICLE}.yaml", "    place: null\n", f"    place: {place}\n")


def replace_text(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def test_nul_bytes_are_refused_in_articles_and_in_yaml_strings(
    seeds_copy: Path, read_only_db: str
) -> None:
    text = seeds_copy / "001_69ca2f47ea92f77d.txt"
    text.write_bytes(text.read_bytes().replace(b"\n", b"\n\x00", 1))
    line = set_place(seeds_copy, '"Moscow\\0"')
    expected = [
        f"{seeds_copy / ARTICLE}.yaml:{line}: meetings[0].place: contains a NUL character"
        " (U+0000), which PostgreSQL text cannot hold; curated text holds printable characters,"
        " tabs and line breaks only",
        f"{text}:2: contains a NUL character (U+0000), which PostgreSQL text cannot hold;"
        " an article holds printable text, tabs and line breaks only",
    ]
    assert check_refuses(seeds_copy) == expected
    assert load_refuses(read_only_db, seeds_copy) == expected


def test_terminal_escapes_in_an_article_are_refused(seeds_copy: Path) -> None:
    """An OSC sequence (it sets a terminal's title) and a lone carriage return; the line
    given is the first one holding such a character."""
    text = seeds_copy / f"{ARTICLE}.txt"
    lines = text.read_bytes().split(b"\n")
    lines[2] = b"\x1b]0;owned\x07" + lines[2]
    lines[4] = lines[4] + b"\rfake"
    text.write_bytes(b"\n".join(lines))
    assert only_problem_of(check_refuses(seeds_copy)) == (
        f"{text}:3: contains the control character U+001B (and 2 more); an article holds"
        " printable text, tabs and line breaks only"
    )


@pytest.mark.parametrize(
    ("escape", "described"),
    [
        ("\\e]0;owned\\a", "the control character U+001B"),
        ("\\x9b", "the control character U+009B"),
        ("\\ud800", "a lone surrogate (U+D800), which is not text"),
    ],
)
def test_control_characters_in_yaml_strings_are_refused(
    seeds_copy: Path, escape: str, described: str
) -> None:
    line = set_place(seeds_copy, f'"x{escape}"')
    advice = (
        "write the character itself, not its UTF-16 escapes"
        if "surrogate" in described
        else "curated text holds printable characters, tabs and line breaks only"
    )
    assert only_problem_of(check_refuses(seeds_copy)) == (
        f"{seeds_copy / ARTICLE}.yaml:{line}: meetings[0].place: contains {described}; {advice}"
    )


def test_crlf_articles_are_kept_byte_for_byte(seeds_copy: Path, loaded_db: str) -> None:
    text = seeds_copy / f"{ARTICLE}.txt"
    crlf = text.read_bytes().replace(b"\n", b"\r\n")
    text.write_bytes(crlf)
    load_accepts(loaded_db, seeds_copy)
    assert sql(loaded_db, "SELECT body FROM core.sources WHERE key = %s", (ARTICLE,)) == [
        (crlf.decode(),)
    ]


def worst_text_for_tsvector(size: int) -> str:
    """Hyphenated pairs of unique 4-character parts: each byte of text becomes about three
    bytes of tsvector (the compound and each part are lexemes, each with its position)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    parts = ("".join(alphabet[(n // 36**k) % 36] for k in range(4)) for n in range(36**4))
    out, length = [], 0
    while length < size - 10:
        word = f"{next(parts)}-{next(parts)}"
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def test_an_article_at_the_cap_keeps_search_working(seeds_copy: Path, loaded_db: str) -> None:
    """The article cap keeps the worst text well inside PostgreSQL's 1 MB tsvector, even
    with a title as long as the article (a 200 MB article once broke every search)."""
    body = worst_text_for_tsvector(seedfiles.MAX_ARTICLE_BYTES).rsplit(" ", 1)[0]
    assert len(body) > seedfiles.MAX_ARTICLE_BYTES - 20
    (seeds_copy / "005_huge.txt").write_text(body, encoding="ascii")
    (seeds_copy / "005_huge.yaml").write_text(
        f"article: 005_huge.txt\ntitle: {json.dumps(body)}\nregion: kursk-oblast\n",
        encoding="utf-8",
    )
    load_accepts(loaded_db, seeds_copy)
    size = sql(
        loaded_db,
        "SELECT pg_column_size(search_vector) FROM core.sources WHERE key = '005_huge'",
    )[0][0]
    assert isinstance(size, int) and size < 700_000
    word = body.split(" ")[1000]
    found = sql(
        loaded_db,
        "SELECT key FROM core.sources WHERE search_vector @@ plainto_tsquery('english', %s)",
        (word,),
    )
    assert found == [("005_huge",)]
    result = run("--database-url", loaded_db, "search", "Kursk")
    assert result.exit_code == 0, result.output


def test_twinned_regions_must_be_belarusian_or_russian(seeds_copy: Path) -> None:
    path = seeds_copy / "regions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "regions:\n",
            "regions:\n  - key: astana\n    name: Astana\n    kind: city\n    country: KZ\n",
            1,
        ),
        encoding="utf-8",
    )
    line = add_fact(
        seeds_copy,
        ARTICLE,
        "twinning",
        "- key: astana-kursk\n  status: planned\n  regions: [kursk-oblast, astana]\n"
        '  quote: "Astana and Kursk plan twinning"',
        "Astana and Kursk plan twinning.",
    )
    assert only_problem_of(check_refuses(seeds_copy)) == (
        f"{seeds_copy / ARTICLE}.yaml:{line + 2}: twinning[0].regions[1]: 'astana' is in KZ:"
        " twinning pairs Belarusian (BY) and Russian (RU) regions"
    )


def test_names_and_mentions_the_database_keeps_once_are_refused_twice(
    seeds_copy: Path,
) -> None:
    path = seeds_copy / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'other_names: ["Курская область"',
            'other_names: ["Курская область", "Курская область"',
            1,
        ),
        encoding="utf-8",
    )
    facts = seeds_copy / f"{ARTICLE}.yaml"
    facts_text = facts.read_text(encoding="utf-8")
    first = facts_text.index("  - official: dmitry-krutoi")
    end = facts_text.index("  - official:", first + 1)
    facts.write_text(facts_text[:end] + facts_text[first:end] + facts_text[end:], encoding="utf-8")
    found = check_refuses(seeds_copy)
    assert len(found) == 2, found
    assert found[0].endswith(": regions[2].other_names[1]: 'Курская область' is listed twice")
    assert found[1].endswith(
        ": officials[1].quote: officials[0] already mentions 'dmitry-krutoi' with a quote"
        " starting here"
    )


# --- the limits come from the models ----------------------------------------------------------

# Numeric columns whose values are computed, not curated: ids, references, quote offsets
# (bounded by the article cap) and the parts of validated partial dates (years have 4 digits).
COMPUTED_NUMBER = re.compile(r"(^id$|_id$|^quote_(start|end)$|(^|_)(year|month|day)$)")
# Indexed text columns fed from curated text: the spec fields that feed them.
INDEXED_TEXT: dict[str, list[tuple[type[cur.Spec], str]]] = {
    "regions.key": [(cur.RegionSpec, "key")],
    "region_names.name": [(cur.RegionSpec, "other_names")],
    "officials.key": [(cur.OfficialSpec, "key")],
    "official_names.name": [(cur.OfficialSpec, "name"), (cur.OfficialSpec, "other_names")],
    "posts.key": [(cur.PostSpec, "key")],
    "sectors.key": [(cur.SectorSpec, "key")],
    "enterprises.key": [(cur.EnterpriseSpec, "key")],
    "enterprise_names.name": [(cur.EnterpriseSpec, "name"), (cur.EnterpriseSpec, "aliases")],
    "meetings.key": [(cur.MeetingSpec, "key")],
    "proposals.key": [(cur.ProposalSpec, "key")],
    "trade_figures.key": [(cur.TradeFigureSpec, "key")],
    "trade_goods.goods": [(cur.TradeGoodsSpec, "goods")],
    "twinning_agreements.key": [(cur.TwinningSpec, "key")],
    "quantities.key": [(cur.QuantitySpec, "key")],
    "statements.key": [(cur.StatementSpec, "key")],
}
# Indexed text columns bounded otherwise: file names (the file system's 255 bytes), fixed
# vocabularies and patterns.
INDEXED_TEXT_BOUNDED = {
    "sources.key",
    "sources.file_name",
    "regions.iso_code",
    "trade_goods.direction",
    "source_dates.role",
}


def _curated_tables() -> list[Table]:
    """The tables a load fills from curated files (the load journal records loads, not data)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in JOURNAL]


def _columns() -> Iterator[tuple[str, Column[object]]]:
    for table in _curated_tables():
        for column in table.columns:
            yield f"{table.name}.{column.name}", column


DIALECT: Dialect = postgresql.dialect()  # type: ignore[no-untyped-call]


def test_every_curated_number_is_bounded_by_its_column_type() -> None:
    numeric = {
        name: column.type.compile(dialect=DIALECT).lower().replace(" ", "")
        for name, column in _columns()
        if column.type.compile(dialect=DIALECT).split("(")[0]
        in ("SMALLINT", "INTEGER", "BIGINT", "NUMERIC")
        and not COMPUTED_NUMBER.search(name.split(".")[1])
    }
    assert numeric == cur.STORED_NUMBERS


def _max_length(model: type[cur.Spec], field: str) -> int | None:
    info = model.model_fields[field]
    metadata = list(info.metadata)
    annotation = info.annotation
    for argument in getattr(annotation, "__args__", ()):  # list[Name]
        metadata += getattr(argument, "__metadata__", ())
        for inner in getattr(argument, "__metadata__", ()):
            metadata += getattr(inner, "metadata", [])
    lengths = [m.max_length for m in metadata if getattr(m, "max_length", None) is not None]
    return min(lengths) if lengths else None


def test_every_indexed_curated_text_has_a_length_that_fits_the_index() -> None:
    indexed = set()
    for table in _curated_tables():
        groups = [c.columns for c in table.constraints if isinstance(c, ColumnCollectionConstraint)]
        groups += [index.columns for index in table.indexes]
        for group in groups:
            for column in group:
                if column.type.compile(dialect=DIALECT) in ("TEXT", "VARCHAR"):
                    indexed.add(f"{table.name}.{column.name}")
    assert indexed == set(INDEXED_TEXT) | INDEXED_TEXT_BOUNDED
    for name, fields in INDEXED_TEXT.items():
        for model, field in fields:
            assert _max_length(model, field) == cur.MAX_INDEXED_CHARS, (name, model, field)
    assert 4 * cur.MAX_INDEXED_CHARS + 64 < 2704


# --- the property: whatever check accepts, load loads ----------------------------------------

MULTIPLIER = float(os.environ.get("COOPDB_HYPOTHESIS_EXAMPLES", "1"))
EXAMPLES = max(1, round(8 * MULTIPLIER))  # the default run
SOAK_EXAMPLES = max(1, round(60 * MULTIPLIER))  # the slow run
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "coopdb-hypothesis")
OUTCOMES: Counter[str] = Counter()
HYPOTHESIS = settings(
    deadline=None,
    database=None,
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def yaml_quote(value: str) -> str:
    """A YAML double-quoted scalar holding exactly ``value`` (non-printables escaped)."""
    out = []
    for char in value:
        if char in '\\"':
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


@dataclass(frozen=True)
class Edit:
    """One change to a copy of the seeds, shown by what it does when a case fails."""

    note: str
    apply: Callable[[Path], object]

    def __repr__(self) -> str:
        return self.note


BOUNDARY_INTEGERS = st.one_of(
    st.sampled_from([0, 1, 2, 2**15 - 1, 2**15, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 10**30]),
    st.integers(1, 10**20),
    st.integers(-(10**20), 10**20),
)
PRINTABLE = st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40)
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40)
# Mostly printable text (which must load), sometimes with control characters (refused).
TEXT = st.one_of(PRINTABLE, PRINTABLE, ANY_TEXT)
NEAR_INDEX_LIMIT = st.tuples(st.sampled_from("xЖ€😀"), st.integers(490, 510)).map(
    lambda t: t[0] * t[1]
)


def names(most: int) -> st.SearchStrategy[list[str]]:
    """A list of names: all printable (some at the index's length limit), or any text."""
    return st.one_of(
        st.lists(st.one_of(PRINTABLE, NEAR_INDEX_LIMIT), min_size=1, max_size=most),
        st.lists(PRINTABLE, min_size=1, max_size=most),
        st.lists(ANY_TEXT, min_size=1, max_size=most),
    )


SLUG = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}", fullmatch=True)
LONG_SLUG = st.one_of(
    SLUG, st.integers(490, 510).map(lambda n: "-".join(["abcdefghi"] * 60)[:n].strip("-"))
)


def _number_text(value: Decimal, commas: bool) -> str:
    whole, _, fraction = f"{value:f}".partition(".")
    whole = f"{int(whole):,}" if commas else whole
    return whole + (f".{fraction}" if fraction else "")


MONEY = st.builds(
    lambda number, commas, scale, symbol: f"{symbol}{_number_text(number, commas)}{scale}",
    st.one_of(
        st.integers(0, 3).flatmap(lambda places: st.decimals(0, 10**20, places=places)),
        st.sampled_from(
            [Decimal("9999999999999999.99"), Decimal("10000000000000000"), Decimal("1.005")]
        ),
    ),
    st.booleans(),
    st.sampled_from(["", " million", " billion", " trillion"]),
    st.sampled_from(["$", "€"]),
)
CHANGES = st.one_of(
    st.decimals(0, 10**7, allow_nan=False, allow_infinity=False).map(lambda d: round(d, 3)),
    st.sampled_from(["99999.99", "100000", "99999.999", "0.001", "12.5"]).map(Decimal),
)


@st.composite
def number_edit(draw: st.DrawFn) -> Edit:
    """A number pushed towards a column's limit, with a quote that supports it."""
    kind = draw(st.sampled_from(["count", "term", "change", "amount", "value"]))
    if kind == "term":
        term = draw(BOUNDARY_INTEGERS)
        return Edit(
            f"holding term {term}",
            lambda folder: set_term(folder, "governor-kursk-oblast", str(term)),
        )
    if kind == "count":
        count = draw(BOUNDARY_INTEGERS)
        written = f"{count:,}" if draw(st.booleans()) else str(count)
        return Edit(
            f"twinning count {written}",
            lambda folder: add_fact(
                folder,
                ARTICLE,
                "twinning",
                TWINNING.format(count=count, written=written),
                f"{written} districts signed twinning agreements.",
            ),
        )
    if kind == "change":
        change = _number_text(draw(CHANGES), commas=False)
        return Edit(
            f"change_pct {change}",
            lambda folder: add_fact(
                folder,
                ARTICLE,
                "trade_figures",
                FIGURE.format(change=change),
                f"exports grew {change}% to $5 million.",
            ),
        )
    money = draw(MONEY)
    if kind == "amount":
        return Edit(
            f"proposal amount {money}",
            lambda folder: add_fact(
                folder,
                ARTICLE,
                "proposals",
                PROPOSAL.format(amount=money),
                f"Kursk plans a plant worth {money}.",
            ),
        )
    item = (
        f'- key: hostile-value\n  flow: imports\n  value: "{money}"\n'
        f'  quote: "imports were {money}"'
    )
    return Edit(
        f"trade value {money}",
        lambda folder: add_fact(folder, ARTICLE, "trade_figures", item, f"imports were {money}."),
    )


@st.composite
def entity_edit(draw: st.DrawFn) -> Edit:
    """A new region, enterprise or official with long or odd keys and names."""
    kind = draw(st.sampled_from(["region", "enterprise", "official"]))
    key = draw(LONG_SLUG)
    written = draw(names(draw(st.sampled_from([3, 300]))))
    listed = "[" + ", ".join(yaml_quote(n) for n in written[1:]) + "]"
    country = draw(st.sampled_from(["BY", "RU", "KZ"]))
    if kind == "region":
        file, section = "regions.yaml", "regions"
        entry = (
            f"- key: {yaml_quote(key)}\n  name: {yaml_quote(written[0])}\n  kind: city\n"
            f"  country: {country}\n"
            f"  other_names: {listed}"
        )
    elif kind == "enterprise":
        file, section = "enterprises.yaml", "enterprises"
        entry = (
            f"- key: {yaml_quote(key)}\n  name: {yaml_quote(written[0])}\n  country: {country}\n"
            f"  sector: industry\n  aliases: {listed}"
        )
    else:
        file, section = "officials.yaml", "officials"
        entry = (
            f"- key: {yaml_quote(key)}\n  name: {yaml_quote(written[0])}\n  country: {country}\n"
            f"  other_names: {listed}\n  holdings:\n    - post: governor-kursk-oblast\n"
            f"      term: {draw(BOUNDARY_INTEGERS)}"
        )
    twin = draw(st.booleans()) and kind == "region"

    def edit(folder: Path) -> None:
        path = folder / file
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        at = lines.index(f"{section}:\n") + 1
        lines[at:at] = [f"  {line}\n" for line in entry.split("\n")]
        path.write_text("".join(lines), encoding="utf-8")
        if twin:
            add_fact(
                folder,
                ARTICLE,
                "twinning",
                "- key: hostile-twins\n  status: planned\n"
                f"  regions: [kursk-oblast, {yaml_quote(key)}]\n"
                f'  quote: "Kursk plans twinning"',
                "Kursk plans twinning.",
            )

    return Edit(f"new {kind} {key!r} ({country}) named {cur.brief(written)}, twinned: {twin}", edit)


@st.composite
def text_edit(draw: st.DrawFn) -> Edit:
    """Goods named in new text, or odd text appended to an article, up to its cap."""
    if draw(st.booleans()):
        goods = draw(names(draw(st.sampled_from([3, 200]))))
        sentence = "Goods: " + ", ".join(goods)
        item = (
            f"- direction: imports\n  goods: [{', '.join(yaml_quote(g) for g in goods)}]\n"
            f"  quote: {yaml_quote(sentence)}"
        )
        return Edit(
            f"goods {cur.brief(goods)}",
            lambda folder: add_fact(folder, ARTICLE, "trade_goods", item, sentence),
        )
    extra = draw(TEXT)
    # Most cases keep the article's size; some grow it to just below or above its cap.
    size = draw(st.sampled_from([None, None, seedfiles.MAX_ARTICLE_BYTES]))
    size = size and size + draw(st.integers(-5_000, 100))
    name = draw(st.sampled_from(["000_c822827a76efb0a0", "001_69ca2f47ea92f77d"]))

    def edit(folder: Path) -> None:
        text = folder / f"{name}.txt"
        data = text.read_bytes() + extra.encode()
        if size:
            data += b"\n" + worst_text_for_tsvector(max(0, size - len(data) - 1)).encode()
        text.write_bytes(data)

    return Edit(f"{name}.txt + {extra!r}, grown to {size or 'its size'}", edit)


@st.composite
def date_edit(draw: st.DrawFn) -> Edit:
    """The article's publication date at the edges of the calendar and of the forms."""
    value = draw(
        st.one_of(
            st.dates().map(lambda day: day.isoformat()),
            st.dates().map(lambda day: f"{day.year:04d}-{day.month:02d}"),
            st.sampled_from(
                [
                    "0000",
                    "0001",
                    "9999",
                    "--02-29",
                    "1900-02-29",
                    "2000-02-29",
                    "2017-Q4",
                    "--13",
                    "2017-00",
                ]
            ),
            st.from_regex(r"-?-?[0-9]{1,5}(-[0-9Q]{1,3}){0,2}", fullmatch=True),
        )
    )

    def edit(folder: Path) -> None:
        path = folder / f"{ARTICLE}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('value: "--03-16"', f"value: {yaml_quote(value)}", 1))

    return Edit(f"published {value!r}", edit)


EDITS = st.lists(
    st.one_of(number_edit(), entity_edit(), text_edit(), date_edit()), min_size=1, max_size=2
)


@settings(HYPOTHESIS)
@given(edits=EDITS)
def test_whatever_check_accepts_load_loads(loaded_db: str, edits: list[Edit]) -> None:
    accepted_loads(loaded_db, edits)


@pytest.mark.slow
@settings(HYPOTHESIS, max_examples=SOAK_EXAMPLES)
@given(edits=EDITS)
def test_whatever_check_accepts_load_loads_soak(loaded_db: str, edits: list[Edit]) -> None:
    accepted_loads(loaded_db, edits)


def accepted_loads(loaded_db: str, edits: list[Edit]) -> None:
    """The property: the edited seeds are refused by ``check``, or ``load`` loads them."""
    with tempfile.TemporaryDirectory(prefix="coopdb-limits-") as tmp:
        folder = Path(tmp) / "seeds"
        folder.mkdir()
        for path in seeds_dir().iterdir():
            if path.is_file():
                (folder / path.name).write_bytes(path.read_bytes())
        for edit in edits:
            edit.apply(folder)
        checked = run("check", str(folder))
        assert "Traceback" not in checked.output
        if checked.exit_code == 1:
            for problem in problems_of(checked.stderr):
                assert problem.startswith(str(folder)), problem
            OUTCOMES["refused by check"] += 1
            return
        assert checked.exit_code == 0, checked.output
        loaded = run("--database-url", loaded_db, "load", str(folder))
        assert loaded.exit_code == 0, f"check accepted it, load failed:\n{loaded.output}"
    assert sql(
        loaded_db,
        "SELECT count(*) > 0 FROM core.sources"
        " WHERE search_vector @@ plainto_tsquery('english', 'Kursk')",
    ) == [(True,)]
    OUTCOMES["loaded"] += 1


def test_property_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    """How many generated cases each side of the property saw (when the property ran)."""
    if not OUTCOMES:
        pytest.skip("run together with test_whatever_check_accepts_load_loads")
    with capsys.disabled():
        print(f"\nlimits property: {dict(OUTCOMES)}")
