"""Diagnostics that point at the fix: each problem line says what to change, where.

Check-level tests edit one thing in a copy of the shipped seeds and run ``coopdb check`` on it
(no database); the list and load tests use the embedded server of the test fixtures.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from conftest import run
from coopdb.curation.problems import mismatch

ARTICLE_000 = "000_c822827a76efb0a0.yaml"
ARTICLE_001 = "001_69ca2f47ea92f77d.yaml"
REFERENCE = "fields: seeds/README.md#field-reference, seeds/schema/"


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the first ``old`` in a file; return the line it was on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}"
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def check_lines(folder: Path) -> list[str]:
    """What ``coopdb check`` prints on stderr; asserts exit code 1 and no traceback."""
    result = run("check", str(folder))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()


def only_problem(folder: Path) -> str:
    lines = check_lines(folder)
    assert len(lines) == 2, lines
    return lines[0]


# a quote not in the text


def test_quote_typo_at_the_end_says_where_the_text_stops_matching(seeds_copy: Path) -> None:
    text = (seeds_copy / ARTICLE_000.replace(".yaml", ".txt")).read_text(encoding="utf-8")
    assert "MAZ, MTZ and AMKODOR" in text
    line = edit(seeds_copy, ARTICLE_000, '"MAZ, MTZ and AMKODOR"', '"MAZ, MTZ and AMKODR"')
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / ARTICLE_000}:{line}: enterprises[0].quote: not found in"
        " 000_c822827a76efb0a0.txt: 'MAZ, MTZ and AMKODR'; matches up to 'MAZ, MTZ and AMKOD';"
        " the text has 'AMKODOR' where the quote has 'AMKODR'"
    )


def test_mismatch_names_the_word_the_text_has() -> None:
    body = "the trade turnover of Belarus and the region amounted to $96.3 million, up 12%."
    quote = "the trade turnover of Belarus and the region amounted to $96.3 milion"
    assert mismatch(body, quote) == (
        "matches up to '…n amounted to $96.3 mil'; the text has 'million'"
        " where the quote has 'milion'"
    )
    assert mismatch(body, "up 12%. More") == "matches up to 'up 12%.'; the text ends there"
    assert mismatch(body, "Q") == "no part of it is in the text"


def test_mismatch_is_fast_on_a_large_article() -> None:
    body = "".join(f"word{n} " for n in range(20000))[: 128 * 1024]
    quote = body[60000:64000] + "X"
    started = time.perf_counter()
    found = mismatch(body, quote)
    assert time.perf_counter() - started < 0.5
    assert found.startswith("matches up to '…") and "where the quote has" in found


def test_quote_differing_only_in_marks_keeps_its_own_message(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_001,
        "Russia’s Kursk Oblast to enhance",
        "Russia's Kursk Oblast to enhance",
    )
    assert only_problem(seeds_copy).endswith(
        "quotation marks, apostrophes or dashes differ from the text (copy them from the article)"
    )


# unknown fields


def test_unknown_field_never_suggests_itself(seeds_copy: Path) -> None:
    # `reason` is a field of a skip, not of a proposal: it used to be suggested for itself.
    line = edit(
        seeds_copy, ARTICLE_001, "    sector: general\n", "    sector: general\n    reason: x\n"
    )
    found = only_problem(seeds_copy)
    assert found.startswith(
        f"{seeds_copy / ARTICLE_001}:{line + 1}: proposals[0].reason: unknown field"
    ), found
    assert "'reason'?" not in found


def test_unknown_field_suggests_a_field_of_that_place(seeds_copy: Path) -> None:
    # `units` belongs to a twinning; in a proposal the closest field is `status`... or none,
    # but never a field a proposal does not have.
    edit(seeds_copy, ARTICLE_001, "    sector: general\n", "    sector: general\n    unit: x\n")
    found = only_problem(seeds_copy)
    assert "(did you mean 'unit'?)" not in found and "(did you mean 'units'?)" not in found
    edit(seeds_copy, ARTICLE_001, "    unit: x\n", "    amont: x\n")
    assert "proposals[0].amont: unknown field (did you mean 'amount'?)" in only_problem(seeds_copy)


def test_unknown_field_in_a_nested_mapping_suggests_from_that_mapping(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_001,
        "    sector: general\n",
        "    sector: general\n    proposed_on: {value: '2017', qoute: x}\n",
    )
    found = only_problem(seeds_copy)
    assert "proposals[0].proposed_on.qoute: unknown field (did you mean 'quote'?)" in found


def test_unknown_field_links_the_field_reference_and_the_schema(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, "publisher: BelTA", "publsher: BelTA")
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / ARTICLE_000}:{line}: publsher: unknown field (did you mean 'publisher'?);"
        f" {REFERENCE}article.schema.json"
    )
    edit(seeds_copy, "officials.yaml", "  - key:", "  - kee: x\n    key:")
    assert any(
        "unknown field" in problem and problem.endswith(f"{REFERENCE}officials.schema.json")
        for problem in check_lines(seeds_copy)
    )


# unknown keys


def test_unknown_official_says_where_to_add_it(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, "official: dmitry-krutoi", "official: ivan-petrov")
    assert (
        f"{seeds_copy / ARTICLE_000}:{line}: officials[0].official: unknown official"
        " 'ivan-petrov' — add it to officials.yaml under officials:"
        " {key: ivan-petrov, name: …, country: …}"
    ) in check_lines(seeds_copy)


@pytest.mark.parametrize(
    ("old", "new", "unknown", "entry"),
    [
        (
            "region: kursk-oblast\n",
            "region: tver-oblast\n",
            "unknown region 'tver-oblast'",
            " — add it to regions.yaml under regions:"
            " {key: tver-oblast, name: …, kind: …, country: …}",
        ),
        (
            "    sector: general\n",
            "    sector: shipbuilding\n",
            "unknown sector 'shipbuilding'",
            " — add it to enterprises.yaml under sectors: {key: shipbuilding, name: …}",
        ),
    ],
)
def test_unknown_shared_key_prints_the_entry_to_paste(
    seeds_copy: Path, old: str, new: str, unknown: str, entry: str
) -> None:
    edit(seeds_copy, ARTICLE_001, old, new)
    found = check_lines(seeds_copy)
    assert any(unknown in problem and problem.endswith(entry) for problem in found), found


# the summary line


def test_check_counts_problems_and_files_and_never_speaks_of_loading(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_000, "publisher: BelTA", "publsher: BelTA")
    edit(seeds_copy, ARTICLE_001, "    sector: general\n", "    sector: general\n    amont: x\n")
    lines = check_lines(seeds_copy)
    assert lines[-1] == "2 problems found in 2 files."
    assert not any("loaded" in line for line in lines)


# keys in the lists


@pytest.mark.parametrize(
    ("command", "known"),
    [
        (["regions"], "kursk-oblast"),
        (["officials", "--region", "kursk"], "alexander-mikhailov"),
        (["enterprises"], "belaz"),
    ],
)
def test_lists_show_keys_on_request(read_only_db: str, command: list[str], known: str) -> None:
    plain = run("--database-url", read_only_db, *command, "--format", "json")
    keyed = run("--database-url", read_only_db, *command, "--keys", "--format", "json")
    assert plain.exit_code == 0 and keyed.exit_code == 0, keyed.output
    plain_rows, keyed_rows = json.loads(plain.stdout), json.loads(keyed.stdout)
    assert "key" not in plain_rows[0]
    assert next(iter(keyed_rows[0])) == "key"
    assert [{k: v for k, v in row.items() if k != "key"} for row in keyed_rows] == plain_rows
    assert known in {row["key"] for row in keyed_rows}
    text = run("--database-url", read_only_db, *command, "--keys").stdout
    assert text.split()[1] == "key", text


def test_load_refusal_still_says_nothing_was_loaded(migrated_db: str, seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_000, "publisher: BelTA", "publsher: BelTA")
    result = run("--database-url", migrated_db, "load", str(seeds_copy))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "1 problem found; nothing was loaded."


# the load summary

LOAD_SUMMARY = re.compile(
    r"loaded (\d+) articles into \S+: (\d+) added, (\d+) changed, (\d+) removed,"
    r" (\d+) unchanged of the rows compared \((\d+) article\(s\) read and compared,"
    r" (\d+) skipped as unchanged since they were loaded\)"
)


def _load_summary(url: str, folder: Path) -> tuple[int, ...]:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.output
    match = LOAD_SUMMARY.fullmatch(result.stdout.strip())
    assert match, result.stdout
    return tuple(int(group) for group in match.groups())


def test_load_summary_says_what_it_compared_and_repeats_itself(
    migrated_db: str, seeds_copy: Path
) -> None:
    first = _load_summary(migrated_db, seeds_copy)
    assert first[:5] == (5, first[1], 0, 0, 0) and first[5:] == (5, 0)
    # A comment in one article: that article is read again (its fingerprint changes) and its
    # rows compared; the next load, with nothing changed in between, skips it.
    with (seeds_copy / ARTICLE_001).open("a", encoding="utf-8") as facts:
        facts.write("# reviewed\n")
    reread = _load_summary(migrated_db, seeds_copy)
    assert reread[1] == reread[3] == 0 and reread[5:] == (1, 4)
    again = _load_summary(migrated_db, seeds_copy)
    assert again[1:4] == (0, 0, 0) and again[5:] == (0, 5)
    assert _load_summary(migrated_db, seeds_copy) == again
    # What was compared is what the counts cover: fewer articles read, fewer rows compared.
    assert reread[4] > again[4]
