"""`coopdb sql` and the shared renderer under attack: bounded memory and time, positional
results, strict timeouts, a bounded search text, masked passwords, no raw terminal escapes.

Commands that could hang or exhaust memory on a regression run in a subprocess with a
wall-clock timeout and an address-space cap (RLIMIT_AS), so a regression fails the test
instead of stalling the suite or the machine.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from conftest import ServerInfo, run, sql
from coopdb.load.reporting import refresh_reporting

MEMORY_CAP = 200 * 1024 * 1024
"""Address space for a streaming command: a few times what it needs, far below the rows."""
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ESCAPES = "chr(27) || ']0;pwned' || chr(7) || chr(155) || '2J' || chr(127)"
"""An OSC title change, a C1 CSI (clear screen) and DEL, as SQL."""


@dataclass
class Streamed:
    returncode: int
    lines: int
    tail: str
    stderr: str
    seconds: float


def stream(url: str, *args: str, timeout: float, memory: int = MEMORY_CAP) -> Streamed:
    """Run coopdb in a subprocess under a memory cap, counting its output without keeping it."""

    capped = (
        "import resource, runpy, sys;"
        f" resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}));"
        " sys.argv[0] = 'coopdb'; runpy.run_module('coopdb', run_name='__main__')"
    )
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-c", capped, "--database-url", url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        lines, tail = 0, b""
        try:
            while chunk := proc.stdout.read(1 << 20):
                lines += chunk.count(b"\n")
                tail = (tail + chunk)[-4096:]
                if time.monotonic() - started > timeout:
                    raise subprocess.TimeoutExpired(proc.args, timeout)
            proc.wait(timeout=max(timeout - (time.monotonic() - started), 1))
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"coopdb {' '.join(args)[:80]} ran longer than {timeout} s")
        stderr = proc.stderr.read().decode("utf-8", "replace")
    return Streamed(proc.returncode, lines, tail.decode(), stderr, time.monotonic() - started)


# --- memory and time are bounded ---------------------------------------------------------

EIGHT_MILLION = "select g from generate_series(1, 8000000) g"


@pytest.mark.slow
def test_csv_streams_8m_rows_in_flat_memory(read_only_db: str) -> None:
    result = stream(
        read_only_db, "sql", EIGHT_MILLION, "--format", "csv", "--timeout", "900", timeout=900
    )
    assert result.returncode == 0, result.stderr
    assert result.lines == 8_000_001
    assert result.tail.endswith("\n7999999\n8000000\n")
    assert result.stderr == ""


@pytest.mark.slow
def test_json_streams_every_row_under_a_memory_cap(read_only_db: str) -> None:
    """The old code held every row as a dict: a MemoryError traceback under this cap."""
    result = stream(
        read_only_db,
        "sql",
        "select g, g::text as label from generate_series(1, 1000000) g",
        "--format",
        "json",
        "--timeout",
        "600",
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.lines == 1 + 4 * 1_000_000 + 1
    assert result.tail.endswith('  {\n    "g": 1000000,\n    "label": "1000000"\n  }\n]\n')


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_text_of_8m_rows_is_cut_quickly(read_only_db: str, output_format: str) -> None:
    result = stream(read_only_db, "sql", EIGHT_MILLION, "--format", output_format, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.seconds < 30
    last = result.tail.rstrip("\n").splitlines()[-1]
    assert "output cut after 1,000 rows; --format csv or --format json writes every row." in last
    assert re.search(r"\b1000\b", result.tail) and not re.search(r"\b1001\b", result.tail)
    assert result.lines < 1020


def test_the_timeout_bounds_the_whole_command(read_only_db: str) -> None:
    """The server answers 100,000 rows in a fraction of --timeout 3; the old client then laid
    all of them out in text, past the timeout (8 M rows: 77 s with --timeout 30). Now the
    command ends by the deadline, having shown what text shows."""
    result = stream(
        read_only_db, "sql", "select g from generate_series(1, 100000) g", "--timeout", "3",
        timeout=120, memory=2048 * 1024 * 1024,
    )  # fmt: skip
    assert result.seconds < 3 + 10
    if result.returncode == 0:
        assert result.tail.endswith("--format csv or --format json writes every row.\n")
    else:
        assert result.stderr == (
            "Error: query refused or failed: the query ran longer than 3 s and was stopped\n"
        )


def test_the_timeout_bounds_reading_the_rows(read_only_db: str) -> None:
    """A consumer slower than the deadline is stopped between batches, not after all rows."""
    from coopdb.analyst.sqlrun import QueryError, open_read_only

    with psycopg.connect(read_only_db.replace("+psycopg", "")) as conn:
        started = time.monotonic()
        read = 0
        with (
            pytest.raises(QueryError, match=r"^the query ran longer than 1 s and was stopped$"),
            open_read_only(conn, "select g from generate_series(1, 200000) g", 1.0) as result,
        ):
            for _ in result.rows:
                read += 1
                time.sleep(0.0001)  # 200,000 rows would take 20 s
        assert time.monotonic() - started < 4
        assert 0 < read < 200_000


def test_sql_timeout_on_the_server_is_one_line(read_only_db: str) -> None:
    started = time.monotonic()
    result = run(
        "--database-url", read_only_db, "sql", "SELECT pg_sleep(1) FROM generate_series(1, 10)",
        "--timeout", "1.5", "--format", "csv",
    )  # fmt: skip
    assert time.monotonic() - started < 6
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: query refused or failed: the query ran longer than 1.5 s and was stopped\n"
    )


@pytest.mark.slow
def test_a_row_too_big_for_memory_is_one_line(read_only_db: str) -> None:
    result = stream(
        read_only_db,
        "sql",
        "select repeat('x', 300000000)",
        "--format",
        "csv",
        timeout=120,
        memory=250 * 1024 * 1024,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Error: query")
    assert len(result.stderr.splitlines()) == 1, result.stderr


# --- text rendering is linear ---------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_a_5m_character_cell_renders_quickly_and_is_cut(
    read_only_db: str, output_format: str
) -> None:
    """It took 52 s in text (rich folded the whole value); csv took 0.3 s."""
    result = stream(
        read_only_db, "sql", "select repeat('x', 5000000) as long", "--format", output_format,
        timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.seconds < 15
    assert result.tail.count("x") <= 1000 + 10
    assert "…" in result.tail
    assert "1 value(s) longer than 1,000 characters were cut" in result.tail


def test_the_text_layout_is_linear_in_its_size() -> None:
    """1,000 rows of 20 short columns took 11 s with rich; 1,000 rows of 10 long ones 77 s."""
    from coopdb.render import Document, Table, as_text

    started = time.monotonic()
    wide = Table("t", "t", [f"c{i}" for i in range(20)], [["word " * 4] * 20] * 1000)
    long = Table("l", "l", [f"c{i}" for i in range(3)], [["word " * 200] * 3] * 1000)
    text = as_text(Document(tables=[wide, long]), terminal=False)
    assert time.monotonic() - started < 6
    assert all(len(line) <= 100 for line in text.splitlines())


def test_text_keeps_its_layout() -> None:
    """The layout rich gave (checked against it): a quarter of the width for short columns,
    free text wrapped at words, empty columns left out; colour only on a terminal."""
    from coopdb.render import Document, Highlighted, Table, as_text

    doc = Document(
        title="Kursk",
        lines=["one line"],
        tables=[
            Table("f", "Facts", ["fact", "sources", "empty"], [["a b c " * 10, "[1]", None]]),
            Table("s", "Search", ["snippet"], [[Highlighted("the «peat» bog")]], wide=("snippet",)),
            Table("n", "Nothing", ["a"], []),
        ],
    )
    assert as_text(doc, terminal=False, width=40) == (
        "Kursk\n"
        "  one line\n"
        "\n"
        "Facts\n"
        "fact         sources\n"
        "────────────────────\n"
        "a b c a b    [1]\n"
        "c a b c a\n"
        "b c a b c\n"
        "a b c a b\n"
        "c a b c a\n"
        "b c a b c\n"
        "\n"
        "Search\n"
        "snippet\n"
        "──────────────\n"
        "the «peat» bog\n"
        "\n"
        "Nothing\n"
        "  none recorded\n"
    )
    coloured = as_text(doc, terminal=True, width=40)
    assert "the \x1b[1;33mpeat\x1b[0m bog" in coloured and "«" not in coloured


# --- results are positional: every column is kept -------------------------------------------

DUPLICATES = {
    "select 1, 2": (["?column?", "?column?"], ["?column?", "?column?_2"], [1, 2]),
    "select 1 as a, 2 as a": (["a", "a"], ["a", "a_2"], [1, 2]),
    "select 1 as a, 2 as a, 3 as a_2": (["a", "a", "a_2"], ["a", "a_3", "a_2"], [1, 2, 3]),
    "select 1 as q": (["q"], ["q"], [1]),
    "select q, q as coopdb_r, 2 as c1 from (select 1 as q) as q": (
        ["q", "coopdb_r", "c1"],
        ["q", "coopdb_r", "c1"],
        [1, 1, 2],
    ),
    "select s.source_id, m.source_id from sources s join meetings m"
    " on m.source_id = s.source_id order by m.meeting_id limit 1": (
        ["source_id", "source_id"],
        ["source_id", "source_id_2"],
        None,
    ),
}


@pytest.mark.parametrize("query", list(DUPLICATES))
def test_every_column_is_kept_in_every_format(read_only_db: str, query: str) -> None:
    columns, keys, values = DUPLICATES[query]
    outputs = {}
    for output_format in ("text", "markdown", "csv", "json"):
        result = run("--database-url", read_only_db, "sql", query, "--format", output_format)
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
        outputs[output_format] = result.stdout
    rows = list(csv.reader(outputs["csv"].splitlines()))
    assert rows[0] == columns
    assert all(len(row) == len(columns) for row in rows)
    records = json.loads(outputs["json"])
    assert [list(record) for record in records] == [keys]
    if values is not None:
        assert rows[1] == [str(v) for v in values]
        assert list(records[0].values()) == values
    else:
        assert rows[1][0] == rows[1][1] and records[0]["source_id"] == records[0]["source_id_2"]
    header = outputs["markdown"].splitlines()[2]
    assert header == "| " + " | ".join(columns) + " |"
    text_header = outputs["text"].splitlines()[2].split()
    assert text_header == columns


def test_json_keeps_its_shape_and_types(read_only_db: str) -> None:
    query = (
        "select 1 as n, 2.50::numeric as d, true as b, null as z, date '2017-03-15' as day,"
        " array[1, 2] as arr, 'x' as s"
    )
    out = run("--database-url", read_only_db, "sql", query, "--format", "json").stdout
    assert json.loads(out) == [
        {"n": 1, "d": 2.5, "b": True, "z": None, "day": "2017-03-15", "arr": [1, 2], "s": "x"}
    ]
    assert out.startswith('[\n  {\n    "n": 1,\n    "d": 2.5,\n')
    csv_out = run("--database-url", read_only_db, "sql", query, "--format", "csv").stdout
    assert csv_out.splitlines()[1] == '1,2.5,true,,2017-03-15,"[1, 2]",x'
    assert json.loads(
        run("--database-url", read_only_db, "sql", "select", "--format", "json").stdout
    )


def test_json_keys_rule() -> None:
    from coopdb.analyst.sqlrun import json_keys

    assert json_keys(["a", "b"]) == ["a", "b"]
    assert json_keys(["a", "a", "a"]) == ["a", "a_2", "a_3"]
    assert json_keys(["a", "a", "a_2", "a_2"]) == ["a", "a_3", "a_2", "a_2_2"]


def test_json_streaming_matches_the_document_form() -> None:
    from coopdb.render import as_json, json_chunks

    rows: list[list[Any]] = [
        [1, "a\x1b},\n    {", None, True, Decimal("1.50")],
        [2, "b", [1, {"x": 2}], False, Decimal(3)],
    ]
    keys = ["a", "b", "c", "d", "e"]
    for sample in (rows, rows[:1] * 1200, rows[1:] * 700, rows * 600, []):
        expected = as_json([dict(zip(keys, row, strict=True)) for row in sample])
        assert "".join(json_chunks(keys, sample)) == expected


# --- timeouts are finite positive seconds ---------------------------------------------------

TIMEOUT_OPTIONS = [
    ["sql", "select 1", "--timeout"],
    ["load", "--lock-timeout"],
    ["db", "verify", "--lock-timeout"],
]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "0", "1e400", "abc", "0.0001"])
@pytest.mark.parametrize("command", TIMEOUT_OPTIONS, ids=lambda c: c[0] + c[-1])
def test_timeouts_must_be_finite_positive_seconds(command: list[str], value: str) -> None:
    result = run(*command, value)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: Invalid value for '{command[-1]}': {value!r} is not a number of seconds"
        " from 0.001 to 2147483\n"
    )


# --- search text is bounded -----------------------------------------------------------------


def test_a_60kb_search_is_refused_in_one_line(read_only_db: str) -> None:
    """It gave "stack depth limit exceeded"."""
    result = run("--database-url", read_only_db, "search", "x " * 30_000)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: Invalid value for TEXT: 60,000 characters, more than the 1,000 a search may have\n"
    )
    assert run("--database-url", read_only_db, "search", "x " * 500).exit_code == 0
    assert run("--database-url", read_only_db, "search", "peat " * 200).exit_code == 0


# --- passwords are never printed -----------------------------------------------------------

URLS = {
    "postgresql://u:S3cretPass@db.example/coopdb": "postgresql+psycopg://u:***@db.example/coopdb",
    "postgresql://u:S3c@retPass@db.example/coopdb": "postgresql+psycopg://u:***@db.example/coopdb",
    "postgresql://u@db.example/coopdb?password=S3cretPass": (
        "postgresql+psycopg://u@db.example/coopdb?password=***"
    ),
    "postgresql://u@db.example/coopdb?sslmode=require&password=S3c@ret%20Pass&port=5": (
        "postgresql+psycopg://u@db.example/coopdb?sslmode=require&password=***&port=5"
    ),
    "postgres://u:S3c%40retPass@db.example:5433/coopdb": (
        "postgresql+psycopg://u:***@db.example:5433/coopdb"
    ),
    "postgresql://u:S3c/ret?Pass@db.example/coopdb": "postgresql+psycopg://u:***@db.example/coopdb",
}


@pytest.mark.parametrize("url", list(URLS))
def test_db_url_masks_every_password_form(url: str) -> None:
    result = run("--database-url", url, "db", "url")
    assert result.exit_code == 0
    assert result.stdout == URLS[url] + "\n"
    for fragment in ("S3c", "ret", "Pass"):
        assert fragment not in result.stdout


@pytest.mark.parametrize(
    "conninfo",
    ["host=db.example password=S3cretPass user=u", "host=db password = 'S3c ret\\' Pass' user=u"],
)
def test_conninfo_strings_are_masked_too(conninfo: str) -> None:
    from coopdb.db import mask_password

    result = run("--database-url", conninfo, "db", "url")
    assert result.exit_code == 1
    assert "S3c" not in result.stderr and "***" in result.stderr
    assert "S3c" not in mask_password(conninfo)


FAILING = [
    # libpq quotes back the token it cannot decode, or the whole URI
    "postgresql://u:S3cret%zzPass@127.0.0.1:1/coopdb",
    "postgresql://u:S3cretPass@[::1/coopdb",
    "postgresql://u:S3cretPass@127.0.0.1:1/coopdb?bogus=1",
    "postgresql://u@127.0.0.1:1/coopdb?password=S3cret%zzPass",
    "postgresql://u@127.0.0.1:1/coopdb?password=S3cretPass&bogus=1",
    # an unescaped "@": libpq read "retPass@127.0.0.1" as the host and said so
    "postgresql://u:S3c@retPass@127.0.0.1:1/coopdb",
    "postgresql://u:S3cretPass@127.0.0.1:1/coopdb",
]


@pytest.mark.parametrize("url", FAILING)
def test_connection_errors_never_show_the_password(url: str) -> None:
    result = run("--database-url", url, "regions")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot connect to postgresql+psycopg://u")
    assert len(result.stderr.splitlines()) == 1
    for fragment in ("S3c", "retPass", "Pass"):
        assert fragment not in result.stderr, result.stderr


def test_scrub_masks_what_libpq_quotes_back() -> None:
    from coopdb.masking import passwords, scrub

    source = "postgresql://u:S3cret%zzPass@h/db"
    assert scrub('invalid percent-encoded token: "S3cret%zzPass"', source) == (
        'invalid percent-encoded token: "***"'
    )
    assert passwords("host=h password='a b\\' c'") >= {"a b' c"}
    assert passwords("postgresql://u@h/d?password=p%40ss") >= {"p@ss"}


def test_a_password_with_an_at_sign_is_the_password(
    pg_server: ServerInfo, read_only_db: str
) -> None:
    """The user-info ends at the last "@": the connection reaches the right host."""
    if not pg_server.host.startswith("/"):
        pytest.skip("needs the embedded server's socket (trust)")
    url = read_only_db.replace("postgres@", "postgres:p@ss@", 1)
    result = run("--database-url", url, "regions", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("name,kind,country,")


# --- no raw terminal escapes, in any format --------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "markdown", "csv", "json"])
def test_sql_never_writes_raw_escapes(read_only_db: str, output_format: str) -> None:
    query = (
        f"select {ESCAPES} as x, chr(27) || '[31m' as U&\"\\001B]0;t\\0007\", E'tab\\there' as ok"
    )
    result = run("--database-url", read_only_db, "sql", query, "--format", output_format)
    assert result.exit_code == 0, result.stderr
    assert not RAW_CONTROL.search(result.stdout), repr(result.stdout)
    if output_format == "json":
        assert json.loads(result.stdout) == [
            {"x": "\x1b]0;pwned\x07\x9b2J\x7f", "\x1b]0;t\x07": "\x1b[31m", "ok": "tab\there"}
        ]
    else:
        shown = result.stdout.replace("\\\\", "\\")
        assert "\\x1b]0;pwned" in shown and "\\x9b2J" in shown and "\\x1b[31m" in shown


def test_query_errors_never_echo_raw_escapes(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "sql", "select \x1b]0;pwned\x07")
    assert result.exit_code == 1
    assert not RAW_CONTROL.search(result.stderr.rstrip("\n")), repr(result.stderr)


@pytest.fixture
def hostile_db(loaded_db: str) -> str:
    """Escape sequences written straight into the data, as if curation had let them in."""
    sql(
        loaded_db,
        f"UPDATE core.sources SET title = coalesce(title, '') || {ESCAPES},"
        f" body = body || chr(10) || 'peat ' || {ESCAPES} || ' peat'",
    )
    sql(loaded_db, f"UPDATE core.officials SET name = name || {ESCAPES}")
    sql(loaded_db, f"UPDATE core.enterprises SET name = name || {ESCAPES}")
    sql(loaded_db, f"UPDATE core.proposals SET title = title || {ESCAPES}")
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn:
        refresh_reporting(conn, full=True)  # as the next load would: reports read reporting
    return loaded_db


COMMANDS = [
    ["search", "peat"],
    ["report", "RU-KRS"],
    ["officials"],
    ["enterprises"],
    ["trade"],
    ["regions"],
]


@pytest.mark.parametrize("output_format", ["text", "markdown", "csv", "json"])
def test_reports_and_search_never_write_raw_escapes(hostile_db: str, output_format: str) -> None:
    seen = 0
    for command in COMMANDS:
        result = run("--database-url", hostile_db, *command, "--format", output_format)
        assert result.exit_code == 0, (command, result.stderr)
        assert not RAW_CONTROL.search(result.stdout), (command, result.stdout)
        if output_format == "json":
            seen += "\\u001b]0;pwned\\u0007\\u009b2J\\u007f" in result.stdout
        elif output_format == "text":
            seen += "\\x1b" in result.stdout  # columns may wrap the rest onto other lines
        else:
            seen += "\\x1b]0;pwned\\x07\\x9b2J\\x7f" in result.stdout.replace("\\\\", "\\")
    assert seen >= 4  # search, report, officials, enterprises show the hostile text


def test_highlighted_snippets_on_a_terminal_carry_only_our_colours() -> None:
    from coopdb.render import Document, Highlighted, Table, as_text

    doc = Document(
        tables=[
            Table("s", "S", ["snippet"], [[Highlighted("«peat» \x1b]0;x\x07")]], wide=("snippet",))
        ]
    )
    out = as_text(doc, terminal=True, width=60)
    assert "\x1b]" not in out and "\x07" not in out
    assert "\x1b[1;33mpeat\x1b[0m \\x1b]0;x\\x07" in out
