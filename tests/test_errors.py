"""Errors on one footing: every expected failure is a ``CoopdbError`` with its exit code,
mapped once by the command line, without loading the database driver for commands that
never use a database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import psycopg
import pytest
from click.testing import CliRunner

from coopdb.analyst.readers import ReaderError
from coopdb.analyst.sqlrun import QueryError
from coopdb.cli.context import CoopdbGroup
from coopdb.curation import CurationError
from coopdb.db import DatabaseError
from coopdb.errors import EXIT_FAILURE, EXIT_USAGE, CoopdbError, first_line
from coopdb.load import LoadLockTimeoutError
from coopdb.locks import LockTimeoutError
from coopdb.reports import RegionLookupError
from coopdb.server import ServerError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_check_loads_neither_psycopg_nor_sqlalchemy() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coopdb", "check", str(SEEDS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "coopdb.cli" in imported
    assert [name for name in imported if name.startswith(("psycopg", "sqlalchemy"))] == []


@pytest.mark.parametrize(
    ("kind", "exit_code"),
    [
        (DatabaseError, EXIT_FAILURE),
        (ServerError, EXIT_FAILURE),
        (QueryError, EXIT_FAILURE),
        (ReaderError, EXIT_FAILURE),
        (LockTimeoutError, EXIT_FAILURE),
        (LoadLockTimeoutError, EXIT_FAILURE),
        (CurationError, EXIT_FAILURE),
        (RegionLookupError, EXIT_USAGE),
    ],
)
def test_every_expected_error_is_a_coopdb_error(kind: type[Exception], exit_code: int) -> None:
    assert issubclass(kind, CoopdbError)
    assert kind.exit_code == exit_code


def _invoke(error: BaseException) -> tuple[int, str, str]:
    @click.group(cls=CoopdbGroup)
    def group() -> None:
        pass

    @group.command()
    def fail() -> None:
        raise error

    result = CliRunner().invoke(group, ["fail"], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_control_characters_from_the_server_are_spelt_out() -> None:
    """A message quoting what a server said cannot clear or retitle the terminal."""
    assert _invoke(DatabaseError("cannot connect: \x1b[2J\x1b]0;owned\x07 refused")) == (
        1,
        "",
        "Error: cannot connect: \\x1b[2J\\x1b]0;owned\\x07 refused\n",
    )
    raw = psycopg.errors.DataError("invalid input \x1b[31mred\nDETAIL: more")
    assert _invoke(raw) == (1, "", "Error: database error: invalid input \\x1b[31mred\n")


def test_a_name_that_matches_nothing_exits_2_with_its_closest_names() -> None:
    error = RegionLookupError("no region matches 'kursck'", ["Kursk Oblast"])
    assert _invoke(error) == (
        2,
        "",
        "Error: no region matches 'kursck'; closest: Kursk Oblast (coopdb regions lists them"
        " all)\n",
    )


def test_query_errors_say_what_failed() -> None:
    assert _invoke(QueryError("the query is empty"))[2] == (
        "Error: query refused or failed: the query is empty\n"
    )


def test_first_line() -> None:
    assert first_line(ValueError("  one\ntwo")) == "one"
    assert first_line(ValueError("")) == "ValueError"
    assert first_line(ValueError(""), "failed") == "failed"
    assert first_line("") == ""
