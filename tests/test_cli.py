"""The command line: reports, region lookup, database selection, errors and help."""

from __future__ import annotations

import inspect
import re
import time

import click
import pytest

from conftest import ServerInfo, modules_imported_by, run
from coopdb.cli import COMMANDS, main
from coopdb.schema_version import HEAD_REVISION


def test_report_kursk_sections(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "report", "kursk")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Kursk Oblast (RU-KRS)\n  oblast of Russia\n")
    assert "  twinned districts/municipalities: 20 [1]\n" in out
    for heading in (
        "Twinning",
        "Officials",
        "Meetings",
        "Trade",
        "Goods traded",
        "Proposals",
        "Enterprises",
        "Sources",
    ):
        assert f"\n{heading}\n" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_report_kursk_values_read_honestly(read_only_db: str) -> None:
    out = run("--database-url", read_only_db, "report", "kursk", "--format", "markdown").stdout
    assert (
        "| 15 March, year not stated |  | Dmitry Krutoi (Ambassador of Belarus to Russia);" in out
    )
    assert "| 9 June 2022 (external: sb.by) |" in out
    assert (
        "| turnover | Jan–Sep 2017 | $96.3 million | +40.5% vs Jan–Sep 2016 (inferred);"
        " before: $68.5–68.6 million [^5] |  | [2] |"
    ) in out
    assert (
        "| turnover | period not stated | $205–210 million | up (no figure);"
        " before: ≤ $210 million | [^6] | [3] |"
    ) in out
    assert (
        "| Russia | Roman Starovoit | Roman Starovoyt | Governor of Kursk Oblast | Governor of"
        " Kursk Oblast (order with Alexander Mikhailov not known) | [1] [3] |"
    ) in out
    assert "| [1] | 000_c822827a76efb0a0.txt | untitled | BelTA | 16 Mar, year not stated" in out


def test_report_kirov_shows_the_approximate_figure(read_only_db: str) -> None:
    out = run("--database-url", read_only_db, "report", "kirov", "--format", "markdown").stdout
    assert (
        "| turnover | the past 11 months (11 months) [^2] | approximately $108 million"
        " |  |  | [1] |"
    ) in out
    assert "| date not stated |" in out


@pytest.mark.parametrize("name", ["Kursk Oblast", "RU-KRS", "ru-krs", "курская", "KURSK"])
def test_region_names_give_the_same_report(read_only_db: str, name: str) -> None:
    expected = run("--database-url", read_only_db, "report", "kursk").stdout
    assert run("--database-url", read_only_db, "report", name).stdout == expected


def test_unknown_region(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "report", "kursck")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: no region matches 'kursck'; closest: Kursk Oblast (coopdb regions lists them all)\n"
    )


def test_ambiguous_region(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "report", "oblast")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: 'oblast' matches more than one region; closest: ")
    assert len(result.stderr.splitlines()) == 1


def test_report_json_is_a_stable_document(read_only_db: str) -> None:
    import json

    document = json.loads(
        run("--database-url", read_only_db, "report", "RU-KRS", "--format", "json").stdout
    )
    assert list(document) == [
        "region",
        "twinning",
        "officials",
        "meetings",
        "trade_figures",
        "trade_goods",
        "quantities",
        "proposals",
        "statements",
        "enterprises",
        "sources",
        "notes",
    ]
    figure = next(t for t in document["trade_figures"] if t["change_pct"])
    assert (figure["value_low"], figure["change_pct"]) == (96300000, 40.5)


def test_db_url_masks_the_password() -> None:
    result = run("--database-url", "postgresql://reader:s3cret@db.example:5433/coopdb", "db", "url")
    assert result.stdout == "postgresql+psycopg://reader:***@db.example:5433/coopdb\n"


def test_unreachable_server_fails_fast_with_one_line() -> None:
    started = time.monotonic()
    result = run(
        "--database-url", "postgresql://reader:s3cret@127.0.0.1:9/coopdb", "report", "kursk"
    )
    assert result.exit_code == 1
    assert time.monotonic() - started < 10
    assert result.stderr.startswith("Error: cannot connect to postgresql+psycopg://reader:***@")
    assert len(result.stderr.splitlines()) == 1
    assert "s3cret" not in result.stderr + result.stdout


def test_not_a_postgresql_url() -> None:
    result = run("--database-url", "mysql://x@y/z", "db", "current")
    assert result.exit_code == 1
    assert "not a PostgreSQL URL" in result.stderr


def test_embedded_default_bootstraps_itself(
    pg_server: ServerInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no URL, the first command migrates and seeds the embedded database."""
    if pg_server.home is None:
        pytest.skip("the suite runs against a server given by URL, not the embedded one")
    monkeypatch.setenv("COOPDB_HOME", str(pg_server.home))
    result = run("report", "kursk")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Kursk Oblast (RU-KRS)")
    assert run("db", "current").stdout == f"{HEAD_REVISION} (up to date)\n"
    assert run("db", "url").stdout.startswith("postgresql+psycopg://postgres@/coopdb?host=")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix}{name} "))
    return found


def test_every_command_is_listed_and_the_help_names_them_all() -> None:
    names = [name for name, _ in _commands(main) if " " not in name]
    assert names == sorted(COMMANDS) and len(names) == 17
    listed = run("--help").stdout.split("Commands:", 1)[1]
    assert [line.split()[0] for line in listed.splitlines() if line.strip()] == names


def test_a_command_imports_its_own_module_only() -> None:
    """``coopdb report`` starts without the loader's, the server's or the site's commands."""
    modules = modules_imported_by(
        "from coopdb.cli import main\n"
        "try:\n"
        "    main(['report', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    assert "coopdb.cli.report_commands" in modules
    for other in ("server_commands", "data_commands", "site_commands", "curate_commands"):
        assert f"coopdb.cli.{other}" not in modules, other


# Commands whose help has no Example block yet; once one gains it, it must leave this set.
def _examples(help_text: str) -> list[str]:
    """The command lines of the help's ``Example:`` block (none if it has no such block)."""
    parts = re.split(r"^[ \t]*Example:[ \t]*$", inspect.cleandoc(help_text), maxsplit=1, flags=re.M)
    if len(parts) == 1:
        return []
    block = parts[1]
    # ``\b`` is click's mark for a paragraph it must not rewrap, not a command line.
    return [line.strip() for line in block.splitlines() if line.strip() not in ("", "\b")]


@pytest.mark.parametrize(("name", "command"), _commands(main))
def test_every_command_is_documented(name: str, command: click.Command) -> None:
    assert command.help, name
    summary = inspect.cleandoc(command.help).split("\n\n", 1)[0]
    assert summary.endswith("."), f"{name}: the first paragraph is not a sentence: {summary!r}"
    examples = _examples(command.help)
    if isinstance(command, click.Group):
        pass
    else:
        assert examples, f"{name}: no Example block"
        for line in examples:
            assert line.startswith("coopdb ") and f" {name}" in line, (name, line)
    result = run(*name.split(), "--help")
    assert result.exit_code == 0
