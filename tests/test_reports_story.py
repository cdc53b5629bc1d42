"""Reports that tell the whole story, read against the five seed articles: facts naming no
region reach the country reports, officials only mentioned are shown as such, every proposal
has a date, codes read as words, notes are numbered footnotes, Gomel's and Brest's reports
show Lipetsk's agreements and not each other as partners, Belarusian regions list the
enterprises based there, and a computed prior value keeps only the precision its inputs have.

And a report that stays useful at scale, on a generated corpus: a summary when a region has
more facts than a person reads, ``--all``, ``--section`` and ``--since``/``--until``, json and
csv complete."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import REPOSITORY, ServerInfo, _fresh_name, run, sql
from coopdb.db import Target, make_engine


def _report(url: str, region: str, output_format: str = "markdown") -> str:
    result = run("--database-url", url, "report", region, "--format", output_format)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _json(url: str, region: str) -> dict[str, Any]:
    document = json.loads(_report(url, region, "json"))
    assert isinstance(document, dict)
    return document


def _section(markdown: str, title: str) -> str:
    start = markdown.index(f"## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end >= 0 else None]


@pytest.mark.parametrize("country", ["belarus", "russia"])
def test_country_reports_show_the_national_facts(read_only_db: str, country: str) -> None:
    """Before, facts naming no region (the $1.5 billion programme, the Rosatom agreement,
    statements about Russia's regions as a whole) reached no report: 'Proposals: none
    recorded' in both country reports."""
    out = _report(read_only_db, country)
    proposals = _section(out, "Proposals")
    assert "about $1.5 billion (allocation)" in proposals
    assert "Agreement with Rosatom" in proposals
    assert proposals.count("(national: no region)") == 2
    statements = _section(out, "Statements")
    assert "Robust and dynamic cooperation with Russian regions" in statements
    titles = {p["title"] for p in _json(read_only_db, country)["proposals"]}
    assert any(t.startswith("Russia to earmark about $1.5 billion") for t in titles)
    kursk = _report(read_only_db, "kursk")
    assert "(national: no region)" not in kursk and "Rosatom for Belarusian" not in kursk


def test_an_official_only_mentioned_is_shown_marked(read_only_db: str) -> None:
    """Before, Vladimir Putin, named in two Kursk articles, was absent from the Kursk report
    (only participants and post holders were listed)."""
    officials = _section(_report(read_only_db, "kursk"), "Officials")
    assert "| Russia | Vladimir Putin (mentioned) |  | President of Russia |  | [1] [3] |" in (
        officials
    )
    assert "| Roman Starovoit |" in officials  # a participant is not marked
    records = {o["name"]: o for o in _json(read_only_db, "kursk")["officials"]}
    assert records["Vladimir Putin"]["mentioned"] is True
    assert records["Roman Starovoit"]["mentioned"] is False
    # another region's governor, named in an article, is not Belarus's official
    assert "Roman Starovoit" not in _section(_report(read_only_db, "belarus"), "Officials")


def test_every_proposal_has_a_date(read_only_db: str) -> None:
    """Before, proposals with neither a meeting nor a date of their own showed an empty
    'proposed' cell; now they take their article's date, and say so."""
    proposals = _section(_report(read_only_db, "kursk"), "Proposals")
    rows = [line.split(" | ") for line in proposals.splitlines() if line.startswith("| ")][2:]
    assert rows and all(row[3].strip() for row in rows)
    grodno = next(row for row in rows if "Grodno Azot cooperating" in row[1])
    assert grodno[3] == "reported 16 March, year not stated"
    assert any(row[3].startswith("5 December 2017 (inferred), at its meeting") for row in rows)
    assert any(row[3].startswith("9 June 2022 (external: sb.by), at its meeting") for row in rows)


@pytest.mark.parametrize("region", ["kursk", "belarus", "russia", "lipetsk", "gomel", "kirov"])
def test_codes_read_as_words(read_only_db: str, region: str) -> None:
    """Before: 'by BY', 'by both', 'country of BY', sides and countries as BY/RU."""
    out = _report(read_only_db, region).split("\n", 1)[1]  # the title shows the ISO code
    for code in ("by BY", "by RU", "by both |", "by both;", "country of", "| BY |", "| RU |"):
        assert code not in out, code
    assert not re.search(r"\((BY|RU)\)", out)
    assert not re.search(r"\d+ (BY|RU)\b", out)


def test_proposers_and_countries_in_words(read_only_db: str) -> None:
    kursk = _report(read_only_db, "kursk")
    assert "by the Belarusian side" in kursk and "by the Russian side" in kursk
    assert "by both sides" in _report(read_only_db, "belarus")
    assert "country: its national facts" in _report(read_only_db, "russia", "text")


def test_notes_are_numbered_footnotes(read_only_db: str) -> None:
    """Before, notes reached only JSON: the $205–210 million figure's growth and deficit note
    and the date inferences (one admitting outside knowledge) were never printed."""
    text = _report(read_only_db, "kursk", "text")
    notes = text[text.index("\nNotes\n") :]
    growth = re.search(r"\[\^(\d+)\]\s+Period not stated\. A range as the president gave it", notes)
    assert growth is not None
    trade = text[text.index("\nTrade\n") : text.index("\nTrade forecasts")]
    figure = next(line for line in trade.splitlines() if "$205–210 million" in line)
    assert f"[^{growth.group(1)}]" in figure
    external = re.search(r"\[\^(\d+)\]\s+date: Day and month stated \(“on 9 June”\)", notes)
    assert external is not None and "comes from the cited report" in notes
    meetings = text[text.index("\nMeetings\n") : text.index("\nTrade\n")]
    assert f"sb.by) [^{external.group(1)}]" in meetings
    # a note used twice (the meeting's date, again for its proposals) keeps its number
    assert len(re.findall(r"^\[\^\d+\]", notes, re.M)) == len(
        set(_json(read_only_db, "kursk")["notes"])
    )
    markdown = _report(read_only_db, "kursk")
    assert "## Notes" in markdown and "| [^1] |" in markdown


@pytest.mark.parametrize("region", ["kursk", "kirov", "lipetsk", "belarus", "gomel"])
def test_the_html_notes_are_numbered_as_the_text_report_s(read_only_db: str, region: str) -> None:
    page = _report(read_only_db, region, "html")
    items = re.findall(r'<li id="note-\d+">(.*?)</li>', page, re.S)
    assert [html.unescape(i) for i in items] == _json(read_only_db, region)["notes"]


def test_notes_are_in_the_html_report(read_only_db: str) -> None:
    page = _report(read_only_db, "kursk", "html")
    notes = page[page.index('<section id="notes">') :]
    assert "Period not stated. A range as the president gave it" in notes
    assert notes.count('<li id="note-') == len(_json(read_only_db, "kursk")["notes"])


@pytest.mark.parametrize(
    ("region", "other"), [("gomel", "Brest Oblast"), ("brest", "Gomel Oblast")]
)
def test_belarusian_oblasts_twin_with_lipetsk_not_with_each_other(
    read_only_db: str, region: str, other: str
) -> None:
    """Before: 'planned 6, with Brest Oblast, Lipetsk Oblast' in Gomel's report (the other
    Belarusian oblast as a partner), and the signed 28 April agreement and the later ones
    missing from both oblasts' reports."""
    twinning = _section(_report(read_only_db, region), "Twinning")
    rows = [line for line in twinning.splitlines() if line.startswith("| ") and "district" in line]
    assert f"| Lipetsk Oblast (alongside {other}) | 2022 [^1] |" in rows[0]
    assert f"{other}, Lipetsk" not in twinning
    signed = next(line for line in rows if line.startswith("| signed |"))
    assert "Lipetsk Oblast (Belarusian side not named)" in signed
    assert "28 April 2022 (inferred)" in signed
    assert any("9 May 2022 (inferred)" in line for line in rows)
    assert any("2022-Q3" in line for line in rows)
    # the header's count of twinned districts counts only the oblast's own agreements
    assert "twinned districts" not in _report(read_only_db, region).split("## Twinning")[0]


def test_belarusian_region_reports_list_the_enterprises_based_there(read_only_db: str) -> None:
    """Before, a Belarusian region's report listed no enterprises although companies are
    based there (Minsk City Hall and Minskzelenstroy in Minsk)."""
    enterprises = _section(_report(read_only_db, "minsk"), "Enterprises")
    assert "| Belarus | Minsk City Hall |" in enterprises
    assert "| Belarus | Minskzelenstroy |" in enterprises
    assert "| Minsk | [1] |" in enterprises
    kursk = _section(_report(read_only_db, "kursk"), "Enterprises")
    assert "| Russia | Elektroagregat |  | Machine building | Kursk Oblast | [1] |" in kursk
    belarus = {e["name"] for e in _json(read_only_db, "belarus")["enterprises"]}
    assert {"Minsk City Hall", "Bobruiskagromash", "MAZ"} <= belarus


def test_a_prior_value_keeps_the_precision_of_its_inputs(read_only_db: str) -> None:
    """$96.3 million after +40.5% was once $68,540,925.27 before; one decimal of millions
    and of a percent support bounds to $0.1 million (regression test: fixed before)."""
    figure = next(t for t in _json(read_only_db, "kursk")["trade_figures"] if t["prior_value_low"])
    assert (figure["prior_value_low"], figure["prior_value_high"]) == (68_500_000, 68_600_000)
    rows = sql(
        read_only_db,
        "SELECT prior_value_low_usd, prior_value_high_usd FROM reporting.trade_figures"
        " WHERE prior_value_low_usd IS NOT NULL",
    )
    assert rows == [(68_500_000, 68_600_000)]


# --- a report that stays useful at scale --------------------------------------------------

CORPUS_ARTICLES = 300


@pytest.fixture(scope="module")
def corpus_db(
    pg_server: ServerInfo, migrated_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A database loaded with ``bench/make_corpus.py --articles 300 --seed 1``, read only."""
    from coopdb.load import load_folder

    folder = tmp_path_factory.mktemp("corpus") / "c"
    subprocess.run(
        [
            sys.executable,
            str(REPOSITORY / "bench" / "make_corpus.py"),
            *("--articles", str(CORPUS_ARTICLES), "--seed", "1", "--out", str(folder)),
        ],
        check=True,
        capture_output=True,
    )
    name = _fresh_name("coopdb_story_corpus")
    with pg_server.janitor(name, template=migrated_template):
        url = pg_server.url(name)
        engine = make_engine(Target(url, embedded=False))
        try:
            with engine.begin() as connection:
                load_folder(connection, folder)
        finally:
            engine.dispose()
        yield url


def _facts(document: dict[str, Any]) -> int:
    return sum(len(v) for k, v in document.items() if k not in ("region", "sources", "notes"))


@pytest.mark.parametrize(
    "region", ["kursk", "kirov", "lipetsk", "belarus", "russia", "gomel", "brest", "minsk"]
)
def test_the_seeds_reports_print_everything(read_only_db: str, region: str) -> None:
    """The seeds' reports are small: printed whole, so the README's Kursk block shows all."""
    from coopdb.reports.summary import SUMMARY_THRESHOLD

    assert _facts(_json(read_only_db, region)) <= SUMMARY_THRESHOLD
    text = _report(read_only_db, region, "text")
    assert "summary:" not in text and "\nSources\n" in text
    assert text == run("--database-url", read_only_db, "report", region, "--all").stdout


@pytest.mark.parametrize("region", ["rostov", "belarus", "gomel"])
def test_a_large_report_is_a_summary_of_a_screen_or_two(corpus_db: str, region: str) -> None:
    """Before, a region's text report printed every row: 760 lines for Rostov Oblast at
    300 articles, 4,125 for Belarus."""
    document = _json(corpus_db, region)
    text = _report(corpus_db, region, "text")
    everything = run("--database-url", corpus_db, "report", region, "--all").stdout
    assert len(text.splitlines()) <= 140 < len(everything.splitlines())
    assert f"summary: {_facts(document)} facts from {len(document['sources'])} articles" in text
    assert "\nFacts by year\n" in text
    assert f"Sections in full: coopdb report {region} --section NAME" in text
    for section in ("twinning", "proposals", "enterprises"):
        if document[section]:
            assert re.search(rf"^  {section}: {len(document[section])} rows, \d+ shown", text, re.M)
    assert "--format json or csv holds every fact" in text


def test_the_summary_counts_by_year_add_up(corpus_db: str) -> None:
    markdown = _report(corpus_db, "rostov")
    years = _section(markdown, "Facts by year").splitlines()
    header = [c.strip() for c in years[2].strip("|").split("|")]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in years[4:] if line]
    document = _json(corpus_db, "rostov")
    for column, key in (("meetings", "meetings"), ("proposals", "proposals")):
        i = header.index(column)
        assert sum(int(row[i]) for row in rows) == len(document[key])
    assert "## Latest meetings (5 of" in markdown and "## Trade by year" in markdown
    assert "## Top sectors (proposals)" in markdown and "## Top enterprises" in markdown


def test_json_and_csv_keep_every_fact(corpus_db: str) -> None:
    document = _json(corpus_db, "rostov")
    assert len(document["proposals"]) > 40  # the summary shows none of them
    csv_rows = _report(corpus_db, "rostov", "csv").splitlines()[1:]
    sections = {row.split(",", 1)[0] for row in csv_rows}
    assert {"proposals", "statements", "enterprises"} <= sections
    assert sum(row.startswith("proposals,") for row in csv_rows) == len(document["proposals"])


def test_all_and_section_print_rows_in_full(corpus_db: str) -> None:
    document = _json(corpus_db, "rostov")
    full = run("--database-url", corpus_db, "report", "rostov", "--all", "--format", "markdown")
    rows = _section(full.stdout, "Proposals").splitlines()[4:]
    assert len([r for r in rows if r.startswith("| ")]) == len(document["proposals"])
    only = run(
        "--database-url",
        corpus_db,
        "report",
        "rostov",
        "--section",
        "meetings",
        "--section",
        "proposals",
        "--format",
        "markdown",
    ).stdout
    assert re.findall(r"^## (.*)$", only, re.M) == ["Meetings", "Proposals", "Notes"]
    data = json.loads(
        run(
            "--database-url",
            corpus_db,
            "report",
            "rostov",
            "--section",
            "meetings",
            "--format",
            "json",
        ).stdout
    )
    assert list(data) == ["region", "meetings", "notes"]


@pytest.mark.parametrize(("since", "until"), [("2016", "2016"), ("2016-01", "2016-12-31")])
def test_since_and_until_narrow_to_a_period(corpus_db: str, since: str, until: str) -> None:
    result = run(
        "--database-url",
        corpus_db,
        "report",
        "rostov",
        "--since",
        since,
        "--until",
        until,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meetings"] and all(
        m["date_latest"] >= "2016-01-01" and m["date_earliest"] <= "2016-12-31"
        for m in data["meetings"]
    )
    everything = _json(corpus_db, "rostov")
    assert len(data["meetings"]) < len(everything["meetings"])
    text = run("--database-url", corpus_db, "report", "rostov", "--since", since, "--until", until)
    assert re.search(r"only facts dated from 2016-01-01 to 2016-12-31; \d+ undated", text.stdout)


def test_a_bad_date_is_one_line(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "report", "kursk", "--since", "2022-13")
    assert result.exit_code == 2
    assert (
        result.stderr == "Error: Invalid value for '--since': '2022-13': month 13 is not"
        " between 1 and 12\n"
    )
    reversed_ = run(
        "--database-url", read_only_db, "report", "kursk", "--since", "2023", "--until", "2022"
    )
    assert reversed_.exit_code == 2 and "is after --until" in reversed_.stderr
