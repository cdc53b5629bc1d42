"""Validation of curated files: every kind of problem is reported as FILE:LINE: FIELD: WHAT.

Each test edits one thing in a copy of the shipped seeds and runs ``coopdb check`` on it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run

ARTICLE_000 = "000_c822827a76efb0a0.yaml"
ARTICLE_001 = "001_69ca2f47ea92f77d.yaml"
ARTICLE_002 = "002_a28e6e6453cc9cc1.yaml"
ARTICLE_003 = "003_d2bb3794f3b56ddb.yaml"


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the first ``old`` in a file; return the line it was on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}"
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def problems(folder: Path) -> list[str]:
    """The problem lines ``coopdb check`` prints; asserts exit code 1 and no traceback."""
    result = run("check", str(folder))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert re.fullmatch(r"\d+ problems? found in \d+ files?\.", lines[-1])
    return lines[:-1]


def only_problem(folder: Path) -> str:
    found = problems(folder)
    assert len(found) == 1, found
    return found[0]


def test_shipped_seeds_are_valid() -> None:
    result = run("check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: 5 articles, ")


def test_quote_not_in_article(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, '"MAZ, MTZ and AMKODOR"', '"MAZ, MTZ and BELAZ"')
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / ARTICLE_000}:{line}: enterprises[0].quote: not found in"
        " 000_c822827a76efb0a0.txt: 'MAZ, MTZ and BELAZ'; matches up to 'MAZ, MTZ and ';"
        " the text has 'AMKODOR' where the quote has 'BELAZ'"
    )


def test_straight_apostrophe_gets_a_hint(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_001, "Russia’s Kursk Oblast went up", "Russia's Kursk Oblast went up")
    problem = only_problem(seeds_copy)
    assert "trade_figures[0].quote: not in 001_69ca2f47ea92f77d.txt as written" in problem
    assert "apostrophes" in problem


def test_occurrence_beyond_count(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_000,
        'quote: "MAZ, MTZ and AMKODOR"\n',
        'quote: "MAZ, MTZ and AMKODOR"\n    occurrence: 3\n',
    )
    assert only_problem(seeds_copy).endswith(
        "enterprises[0].quote: occurrence 3 asked, but the quote occurs 2 time(s)"
    )


def test_unknown_reference_suggests_the_closest_key(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, "official: dmitry-krutoi", "official: dmitry-krutoy")
    found = problems(seeds_copy)
    assert (
        f"{seeds_copy / ARTICLE_000}:{line}: officials[0].official: unknown official"
        " 'dmitry-krutoy' (did you mean 'dmitry-krutoi'?) — add it to officials.yaml under"
        " officials: {key: dmitry-krutoy, name: …, country: …}"
    ) in found


def test_unknown_field_is_named_with_a_suggestion(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, "publisher: BelTA", "publsher: BelTA")
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / ARTICLE_000}:{line}: publsher: unknown field (did you mean 'publisher'?);"
        " fields: seeds/README.md#field-reference, seeds/schema/article.schema.json"
    )


def test_missing_required_field(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_000, "region: kursk-oblast\n", "")
    assert only_problem(seeds_copy).endswith(": region: required field is missing")


def test_wrong_type(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_003, "count: 6", "count: six")
    assert "twinning[0].count: Input should be a valid integer" in only_problem(seeds_copy)


def test_range_with_low_above_high(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_002, 'value: "$205-210 million"', 'value: "$210-205 million"')
    found = problems(seeds_copy)
    assert any(
        "trade_figures[0].value: '$210-205 million': the low value is above the high value" in p
        for p in found
    ), found


def test_number_not_in_quote(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_001, "change_pct: 40.5", "change_pct: 45.5")
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / ARTICLE_001}:{line}: trade_figures[0].change_pct:"
        " the number 45.5 does not appear in the quote"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2017-02-31", "day 31 does not exist in month 2"),
        ("2017-13-05", "month 13 is not between 1 and 12"),
        ("5 December", "is not a date of the form"),
    ],
)
def test_impossible_dates(seeds_copy: Path, value: str, message: str) -> None:
    edit(seeds_copy, ARTICLE_001, 'value: "2017-12-05"', f'value: "{value}"')
    problem = only_problem(seeds_copy)
    assert "meetings[0].date.value:" in problem
    assert message in problem


def test_inferred_date_needs_a_note(seeds_copy: Path) -> None:
    text = (seeds_copy / ARTICLE_001).read_text(encoding="utf-8")
    note = re.search(r"\n( +)note: .*(\n\1  .*)*", text)
    assert note is not None
    (seeds_copy / ARTICLE_001).write_text(text.replace(note[0], "", 1), encoding="utf-8")
    assert only_problem(seeds_copy).endswith(
        "meetings[0].date.note: an inferred date needs a note saying from what"
    )


def test_duplicate_fact_key(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_001,
        "key: belaz-mikhailovsky-gok-deliveries",
        "key: kursk-2017-manufacturing-agriculture-construction",
    )
    assert only_problem(seeds_copy).endswith(
        "proposals[1].key: duplicate proposal key"
        " 'kursk-2017-manufacturing-agriculture-construction'"
    )


def test_duplicate_yaml_key(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_000, "publisher: BelTA\n", "publisher: BelTA\npublisher: BelTA\n")
    problem = only_problem(seeds_copy)
    assert problem.startswith(f"{seeds_copy / ARTICLE_000}:")
    assert "invalid YAML" in problem and "duplicate" in problem


def test_malformed_yaml(seeds_copy: Path) -> None:
    line = edit(seeds_copy, ARTICLE_000, "dateline: MOSCOW", "dateline: [MOSCOW")
    problem = only_problem(seeds_copy)
    assert problem.startswith(f"{seeds_copy / ARTICLE_000}:{line + 1}: invalid YAML")


def test_article_path_must_stay_in_the_folder(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_000,
        "article: 000_c822827a76efb0a0.txt",
        "article: ../../etc/passwd.txt",
    )
    found = problems(seeds_copy)
    assert any(
        "article: '../../etc/passwd.txt' must be the name of a .txt file in the seeds folder" in p
        for p in found
    ), found


def test_bom_empty_and_non_utf8_files(seeds_copy: Path) -> None:
    (seeds_copy / ARTICLE_000).write_bytes(
        b"\xef\xbb\xbf" + (seeds_copy / ARTICLE_000).read_bytes()
    )
    (seeds_copy / ARTICLE_001).write_bytes(b"")
    (seeds_copy / ARTICLE_002).write_bytes(b"article: 002\xff.txt\n")
    found = problems(seeds_copy)
    assert (
        f"{seeds_copy / ARTICLE_000}:1: file starts with a byte-order mark;"
        " save as UTF-8 without BOM" in found
    )
    assert f"{seeds_copy / ARTICLE_001}: file is empty" in found
    assert f"{seeds_copy / ARTICLE_002}:1: not valid UTF-8 (byte 0xff)" in found


def test_all_problems_are_reported_at_once(seeds_copy: Path) -> None:
    edit(seeds_copy, ARTICLE_000, "publisher: BelTA", "publisher: Reuters")
    edit(seeds_copy, ARTICLE_001, "change_pct: 40.5", "change_pct: 41")
    edit(seeds_copy, "regions.yaml", "iso_code: RU-KRS", "iso_code: RU-KURSK")
    found = problems(seeds_copy)
    assert len(found) == 3, found
    assert any("publisher: 'Reuters' does not occur in the article" in p for p in found)
    assert any("regions.yaml" in p and "iso_code" in p for p in found)


def test_article_without_facts_file(seeds_copy: Path) -> None:
    (seeds_copy / "005_new.txt").write_text("A new article.", encoding="utf-8")
    assert only_problem(seeds_copy) == (
        f"{seeds_copy / '005_new.txt'}: article has no curated facts file (.yaml)"
    )


def test_official_quote_must_name_the_person(seeds_copy: Path) -> None:
    edit(
        seeds_copy,
        ARTICLE_000,
        'quote: "Belarusian Ambassador to Russia Dmitry Krutoi"',
        'quote: "Belarusian Ambassador to Russia"',
    )
    assert only_problem(seeds_copy).endswith(
        "officials[0].quote: does not name Dmitry Krutoi (or another spelling of it)"
    )
