"""coopdb search v2: other spellings of names, dotted names, snippets without page furniture,
a repeated paragraph counted once, and search over the curated facts (``--facts``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from conftest import ServerInfo, run, sql
from coopdb.curation import sentences
from coopdb.reports import search as searching
from coopdb.resources import migrations_dir, seeds_dir

MIGRATION = migrations_dir() / "versions" / "0009_search_without_furniture.py"


def search(url: str, *args: str) -> list[dict[str, object]]:
    result = run("--database-url", url, "search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    records: list[dict[str, object]] = json.loads(result.stdout)
    return records


def files(records: list[dict[str, object]]) -> list[str]:
    return sorted(str(r["source_file"]) for r in records)


# --- other spellings ----------------------------------------------------------------------


def test_a_name_finds_its_other_spellings(read_only_db: str) -> None:
    both = ["000_c822827a76efb0a0.txt", "002_a28e6e6453cc9cc1.txt"]
    assert files(search(read_only_db, "Starovoit")) == both
    assert files(search(read_only_db, "Starovoyt")) == both
    snippets = {r["source_file"]: str(r["snippet"]) for r in search(read_only_db, "Starovoit")}
    assert "«Starovoyt»" in snippets["002_a28e6e6453cc9cc1.txt"]


def test_other_spellings_keep_the_query_s_logic(read_only_db: str) -> None:
    """Each word is widened in place: both words still needed, an exclusion excludes every
    spelling, and a region's name finds its Russian spelling's article words too."""
    assert files(search(read_only_db, "Starovoyt 15 March")) == ["000_c822827a76efb0a0.txt"]
    assert files(search(read_only_db, "Kursk -Starovoyt")) == ["001_69ca2f47ea92f77d.txt"]
    assert search(read_only_db, "Starovoyt -Kursk") == []


def test_other_spellings_of_a_region_in_another_script(migrated_db: str) -> None:
    with psycopg.connect(migrated_db.replace("+psycopg", "")) as conn:
        region = conn.execute(
            "INSERT INTO core.regions (key, name, kind, country)"
            " VALUES ('kursk', 'Kursk Oblast', 'oblast', 'RU') RETURNING id"
        ).fetchone()
        assert region is not None
        conn.execute(
            "INSERT INTO core.region_names (region_id, name, lang)"
            " VALUES (%s, 'Курская область', 'ru')",
            (region[0],),
        )
        add_source(conn, "ru", "Делегация посетила Курскую и Курская область ответила.")
    assert files(search(migrated_db, "Kursk")) == ["ru.txt"]


def test_a_whole_name_widens_to_longer_spellings_a_word_of_one_does_not(
    migrated_db: str,
) -> None:
    with psycopg.connect(migrated_db.replace("+psycopg", "")) as conn:
        company = conn.execute(
            "INSERT INTO core.enterprises (key, name, kind, country)"
            " VALUES ('mmz', 'Minsk Motor Plant', 'company', 'BY') RETURNING id"
        ).fetchone()
        assert company is not None
        conn.execute(
            "INSERT INTO core.enterprise_names (enterprise_id, name, is_preferred)"
            " VALUES (%s, 'Minsk Motor Plant', true), (%s, 'MMZ', false)",
            (company[0], company[0]),
        )
        add_source(conn, "long", "Minsk Motor Plant supplies engines to the region.")
        add_source(conn, "short", "Engineers of MMZ visited the plant.")
    assert files(search(migrated_db, "MMZ")) == ["long.txt", "short.txt"]
    assert files(search(migrated_db, "Minsk")) == ["long.txt"]


# --- dotted names -------------------------------------------------------------------------


def test_a_word_of_a_dotted_name_is_found(read_only_db: str) -> None:
    assert files(search(read_only_db, "innoprom")) == ["004_e38d610265112fad.txt"]
    assert files(search(read_only_db, '"innoprom belarus"')) == ["004_e38d610265112fad.txt"]
    assert files(search(read_only_db, "INNOPROM.Belarus")) == ["004_e38d610265112fad.txt"]
    (found,) = search(read_only_db, "innoprom")
    assert "«INNOPROM».Belarus exhibition" in str(found["snippet"])


# --- snippets without furniture -----------------------------------------------------------


@pytest.mark.parametrize("text", ["Kursk", "Belarus", "Lipetsk", "governor"])
def test_snippets_show_no_page_furniture(read_only_db: str, text: str) -> None:
    records = search(read_only_db, text)
    assert records
    for record in records:
        snippet = str(record["snippet"]).replace("«", "").replace("»", "")
        furniture = [line for line in snippet.split("\n") if sentences.is_furniture(line)]
        assert furniture == [], (record["source_file"], furniture)


FURNITURE_CASES = [
    "- 1",
    "  • 11",
    "  • 7:54",
    "15.03.2017",
    "Версия для печати",
    "Размер шрифта:",
    "Read more",
    "Share this",
    "News from Belarus, the longest headline of all today",
    "Newsletter of the week",
    "Делегация Курской области посетила Минск.",
    "Ещё 3,5%",
    "Élan 5",
    "",
    "   ",
]


def test_search_text_follows_the_sentence_splitter_s_furniture_rule(read_only_db: str) -> None:
    """core.search_text drops exactly the lines ``sentences.is_furniture`` calls furniture,
    over every line of the shipped articles and the cases above."""
    lines = [*FURNITURE_CASES]
    for path in sorted(Path(seeds_dir()).glob("*.txt")):
        lines.extend(re.split(r"\r\n|\n|\r", path.read_text(encoding="utf-8")))
    lines = list(dict.fromkeys(lines))
    kept = sql(
        read_only_db,
        "SELECT l.line, core.search_text(l.line) = l.line FROM unnest(%s::text[]) AS l(line)",
        (lines,),
    )
    disagree = [line for line, keeps in kept if bool(keeps) == sentences.is_furniture(str(line))]
    assert disagree == []


def test_the_migration_s_menu_words_are_the_splitter_s() -> None:
    source = MIGRATION.read_text(encoding="utf-8")
    match = re.search(r'MENU_LINES = \(\n((?:\s+".*"\n)+)\)', source)
    assert match is not None
    words = "".join(re.findall(r'"(.*)"', match.group(1)))
    assert sentences.MENU_LINES.pattern.startswith(r"(?i)^" + words + r"\b")


# --- a repeated paragraph counts once -----------------------------------------------------

PARAGRAPH = (
    "The governor said that the peat processing plant would open in the spring of next year."
)


def add_source(conn: psycopg.Connection[object], key: str, body: str) -> None:
    conn.execute(
        "INSERT INTO core.sources (key, file_name, sha256, facts_sha256, body)"
        " VALUES (%s, %s, repeat('ab', 32), repeat('cd', 32), %s)",
        (key, f"{key}.txt", body),
    )


def test_a_repeated_paragraph_does_not_raise_the_rank(migrated_db: str) -> None:
    opening = "Delegations from both regions met in the city on Monday to discuss trade."
    with psycopg.connect(migrated_db.replace("+psycopg", "")) as conn:
        add_source(conn, "once", f"{opening}\n{PARAGRAPH}\n")
        add_source(conn, "twice", f"{opening}\n{PARAGRAPH}\n\n{PARAGRAPH}\n")
    records = search(migrated_db, "peat plant")
    assert files(records) == ["once.txt", "twice.txt"]
    assert records[0]["rank"] == records[1]["rank"], records
    assert str(records[1]["snippet"]).count("«peat»") == 1


# --- facts --------------------------------------------------------------------------------


def test_search_reaches_the_facts(read_only_db: str) -> None:
    records = search(read_only_db, "--facts", "Rosatom")
    kinds = {(r["kind"], r["region"], r["source_file"]) for r in records}
    assert ("proposal", None, "001_69ca2f47ea92f77d.txt") in kinds
    assert ("enterprise mention", "Kursk Oblast", "001_69ca2f47ea92f77d.txt") in kinds
    assert {"kind", "summary", "region", "source_file", "rank"} <= set(records[0])
    ranks = [float(str(r["rank"])) for r in records]
    assert ranks == sorted(ranks, reverse=True)


def test_facts_search_prints_kind_summary_region_and_source(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "search", "--facts", "1.5 billion")
    assert result.exit_code == 0, result.stderr
    assert "Facts matching '1.5 billion'" in result.stdout
    assert "proposal" in result.stdout and "no region" in result.stdout
    assert "002_a28e6e6453cc9cc1.txt" in result.stdout
    csv = run("--database-url", read_only_db, "search", "--facts", "peat", "--format", "csv")
    assert csv.exit_code == 0 and csv.stdout.startswith("rank,kind,summary,region,source")
    assert "Kirov Oblast" in csv.stdout


def test_facts_search_widens_names_too(read_only_db: str) -> None:
    meetings = [r for r in search(read_only_db, "--facts", "Starovoit") if r["kind"] == "meeting"]
    assert {r["source_file"] for r in meetings} == {
        "000_c822827a76efb0a0.txt",
        "002_a28e6e6453cc9cc1.txt",
    }
    result = run("--database-url", read_only_db, "search", "--facts", "zzzqqq")
    assert result.exit_code == 0 and "no fact matches" in result.stdout


@pytest.mark.parametrize(
    "hostile",
    ["'; DROP TABLE core.regions; --", "%_\\", "%(text)s", "\u202eabc", "x " * 500, '"a', "-"],
)
def test_hostile_text_is_data_for_both_searches(read_only_db: str, hostile: str) -> None:
    for args in (("search", hostile), ("search", "--facts", hostile)):
        result = run("--database-url", read_only_db, *args)
        assert result.exit_code == 0, (args, result.stderr)
    assert sql(read_only_db, "SELECT count(*) FROM core.regions")[0][0] == 11


# --- readers ------------------------------------------------------------------------------


@pytest.fixture
def reader_conninfo(loaded_db: str, pg_server: ServerInfo) -> Iterator[str]:
    """A login made by ``coopdb reader create``, on the same server."""
    name = "search_reader"
    result = run("--database-url", loaded_db, "reader", "create", name, input="pw-search-1\n")
    assert result.exit_code == 0, result.stderr
    dbname = urlsplit(loaded_db).path.lstrip("/")
    url = f"host={pg_server.host} port={pg_server.port} dbname={dbname} user={name}"
    yield url if pg_server.host.startswith("/") else f"{url} password=pw-search-1"
    assert run("--database-url", loaded_db, "reader", "drop", name).exit_code == 0


def test_a_reader_searches_articles_and_facts(reader_conninfo: str) -> None:
    """Snippets call core.search_text: a reader login may execute it (and only read)."""
    with psycopg.connect(reader_conninfo) as conn:
        articles = searching.article_rows(conn, "Starovoit", 5)
        facts = searching.fact_rows(conn, "Rosatom", 5)
    assert len(articles) == 2 and all("«" in r["snippet"] for r in articles)
    assert {r["kind"] for r in facts} >= {"proposal", "enterprise mention"}
