"""Curation format v2, meetings and evidence: one event reported by several articles (global
keys, meetings referred to across articles, attestations), dates and their evidence (a stated
date checked against its words, an external one cited, the dateline's and the page's own
dates), statements, and notes on meetings, participants and mentions.

Two invented articles of the genre (a president.gov.by page and a BelTA wire on the same talks)
are checked, loaded into a real database, read back from core and from the reporting views,
and printed by ``coopdb report``; each refusal is one line naming file, line and field, and a
load that would drop what an unchanged article refers to is refused, a line per problem.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import fingerprint, run, sql
from coopdb.resources import seeds_dir

PRESIDENT = "201_president_kirov_talks.txt"
BELTA = "202_belta_kirov_talks.txt"
MEETING = "lukashenko-sokolov-2023-06-09"

PRESIDENT_TEXT = """\
Meeting with Governor of Kirov Oblast Alexander Sokolov
9 June
Aleksandr Lukashenko met with Governor of Kirov Oblast Alexander Sokolov.
“Our trade has grown, but we can do more,” the Belarusian leader said.
Belarus intends to supply municipal vehicles to the region, the President said.
Share this page
Official website of the President of the Republic of Belarus, president.gov.by
"""

PRESIDENT_FACTS = f"""\
article: {PRESIDENT}
title: "Meeting with Governor of Kirov Oblast Alexander Sokolov"
region: kirov-oblast
page_date: {{value: "--06-09", basis: stated, quote: "9 June"}}
meetings:
  - key: {MEETING}
    date:
      value: "2023-06-09"
      basis: external
      citation:
        url: "https://president.gov.by/en/events/vstrecha-s-gubernatorom-kirovskoy-oblasti"
        says: "Meeting with Governor of Kirov Oblast Alexander Sokolov, 9 June 2023"
    note: "The page gives the day and month only; the year is the archive's."
    quote: "Aleksandr Lukashenko met with Governor of Kirov Oblast Alexander Sokolov"
    participants:
      - official: aleksandr-lukashenko
        post: president-belarus
        side: BY
        quote: "Aleksandr Lukashenko met"
      - official: alexander-sokolov
        post: governor-kirov-oblast
        side: RU
        note: "Named with his post, as at every meeting of the region."
        quote: "Governor of Kirov Oblast Alexander Sokolov"
statements:
  - key: kirov-belarus-municipal-vehicles
    kind: intention
    speaker: aleksandr-lukashenko
    summary: Belarus intends to supply municipal vehicles to Kirov Oblast
    sector: municipal-vehicles
    meeting: {MEETING}
    quote: "Belarus intends to supply municipal vehicles to the region"
"""

BELTA_TEXT = """\
Lukashenko, Kirov governor discuss cooperation
KIROV, 10 June (BelTA) – Aleksandr Lukashenko and Kirov Oblast Governor Alexander Sokolov \
discussed cooperation in Minsk on 9 June, BelTA learned.
The governor proposed to set up an assembly of Belarusian buses in Kirov.
Alexander Sokolov noted that the region assesses the cooperation with Belarus as very promising.
Follow BelTA on Telegram
"""

BELTA_FACTS = f"""\
article: {BELTA}
publisher: BelTA
dateline: KIROV
dateline_date: {{value: "--06-10", basis: stated, quote: "KIROV, 10 June (BelTA)"}}
region: kirov-oblast
officials:
  - official: alexander-sokolov
    post: governor-kirov-oblast
    note: "Governor at the talks of 9 June."
    quote: "Kirov Oblast Governor Alexander Sokolov"
attestations:
  - meeting: {MEETING}
    note: "Same talks as reported by president.gov.by; this outlet gives the place."
    quote: "Aleksandr Lukashenko and Kirov Oblast Governor Alexander Sokolov discussed \
cooperation in Minsk on 9 June"
proposals:
  - key: kirov-bus-assembly
    title: Assembly of Belarusian buses in Kirov
    sector: public-transport
    status: proposed
    proposed_by: alexander-sokolov
    meeting: {MEETING}
    quote: "The governor proposed to set up an assembly of Belarusian buses in Kirov"
statements:
  - key: kirov-assesses-cooperation
    kind: assessment
    speaker: alexander-sokolov
    summary: Kirov Oblast finds cooperation with Belarus very promising
    meeting: {MEETING}
    note: "Reported speech."
    quote: "the region assesses the cooperation with Belarus as very promising"
"""

FILES = {
    PRESIDENT: PRESIDENT_TEXT,
    PRESIDENT.replace(".txt", ".yaml"): PRESIDENT_FACTS,
    BELTA: BELTA_TEXT,
    BELTA.replace(".txt", ".yaml"): BELTA_FACTS,
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The shipped shared files and the two invented articles."""
    target = tmp_path / "seeds"
    target.mkdir()
    for name in ("regions.yaml", "officials.yaml", "enterprises.yaml"):
        shutil.copy(seeds_dir() / name, target / name)
    for name, text in FILES.items():
        (target / name).write_text(text, encoding="utf-8")
    return target


def _edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` once in a file of the folder; the line it was on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def _problems(folder: Path) -> list[str]:
    result = run("check", str(folder))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()[:-1]


def _only(folder: Path) -> str:
    found = _problems(folder)
    assert len(found) == 1, found
    return found[0]


def _load(url: str, folder: Path) -> None:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.stderr


def _yaml(name: str) -> str:
    return name.replace(".txt", ".yaml")


# --- accepted, loaded, shown ---------------------------------------------------------------


def test_check_accepts_the_articles(folder: Path) -> None:
    result = run("check", str(folder))
    assert result.exit_code == 0, result.stderr


def test_load_stores_one_meeting_two_sources(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    ((meeting_id, basis, citation, note, source),) = sql(
        migrated_db,
        "SELECT m.id, m.date_basis, m.date_citation, m.note, s.file_name FROM core.meetings m"
        " JOIN core.sources s ON s.id = m.source_id",
    )
    assert (basis, source, note) == (
        "external",
        PRESIDENT,
        "The page gives the day and month only; the year is the archive's.",
    )
    assert isinstance(citation, dict)
    assert str(citation["url"]).startswith("https://president.gov.by/")
    assert "9 June 2023" in str(citation["says"])
    assert sql(
        migrated_db,
        "SELECT a.meeting_id, s.file_name, a.note, a.quote_start >= 0 FROM core.attestations a"
        " JOIN core.sources s ON s.id = a.source_id",
    ) == [
        (
            meeting_id,
            BELTA,
            "Same talks as reported by president.gov.by; this outlet gives the place.",
            True,
        )
    ]
    # The proposal and the statements of the BelTA wire point at the president's meeting.
    assert sql(migrated_db, "SELECT key, meeting_id FROM core.proposals") == [
        ("kirov-bus-assembly", meeting_id)
    ]
    assert sql(
        migrated_db,
        "SELECT st.key, st.kind, st.side, o.key, st.meeting_id, st.note FROM core.statements st"
        " JOIN core.officials o ON o.id = st.speaker_official_id ORDER BY st.key",
    ) == [
        (
            "kirov-assesses-cooperation",
            "assessment",
            "RU",
            "alexander-sokolov",
            meeting_id,
            "Reported speech.",
        ),
        (
            "kirov-belarus-municipal-vehicles",
            "intention",
            "BY",
            "aleksandr-lukashenko",
            meeting_id,
            None,
        ),
    ]
    assert sql(
        migrated_db,
        "SELECT s.file_name, d.role, d.year, d.month, d.day, d.basis, d.quote"
        " FROM core.source_dates d JOIN core.sources s ON s.id = d.source_id ORDER BY 1",
    ) == [
        (PRESIDENT, "page", None, 6, 9, "stated", "9 June"),
        (BELTA, "dateline", None, 6, 10, "stated", "KIROV, 10 June (BelTA)"),
    ]
    assert sql(migrated_db, "SELECT note FROM core.meeting_participants ORDER BY note") == [
        ("Named with his post, as at every meeting of the region.",),
        (None,),
    ]
    assert sql(migrated_db, "SELECT note FROM core.official_mentions") == [
        ("Governor at the talks of 9 June.",)
    ]


def test_reporting_views_show_every_source(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    assert sql(
        migrated_db,
        "SELECT kind, target_key, is_defining, defined_in_file, source_file"
        " FROM reporting.attestations WHERE kind = 'meeting' ORDER BY is_defining DESC",
    ) == [
        ("meeting", MEETING, True, PRESIDENT, PRESIDENT),
        ("meeting", MEETING, False, PRESIDENT, BELTA),
    ]
    assert sql(
        migrated_db,
        "SELECT key, date_basis, date_citation_says, sources_count, reported_by"
        " FROM reporting.meetings",
    ) == [
        (
            MEETING,
            "external",
            "Meeting with Governor of Kirov Oblast Alexander Sokolov, 9 June 2023",
            2,
            f"{PRESIDENT}; {BELTA}",
        )
    ]
    assert sql(
        migrated_db,
        "SELECT key, kind, speaker, side, sector, russian_region, meeting_id IS NOT NULL"
        " FROM reporting.statements ORDER BY key",
    ) == [
        (
            "kirov-assesses-cooperation",
            "assessment",
            "Alexander Sokolov",
            "RU",
            None,
            "Kirov Oblast",
            True,
        ),
        (
            "kirov-belarus-municipal-vehicles",
            "intention",
            "Aleksandr Lukashenko",
            "BY",
            "Utility and road vehicles",
            "Kirov Oblast",
            True,
        ),
    ]
    assert sql(
        migrated_db,
        "SELECT source_file, role, month, day, basis FROM reporting.source_dates ORDER BY 1",
    ) == [(PRESIDENT, "page", 6, 9, "stated"), (BELTA, "dateline", 6, 10, "stated")]


def test_report_prints_sources_date_evidence_and_statements(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    result = run("--database-url", migrated_db, "report", "kirov-oblast", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "| 9 June 2023 (external: president.gov.by) |" in out
    assert "reported by 2 sources [1] [2]" in out
    assert "## Statements" in out
    assert (
        "| intention | Aleksandr Lukashenko (Belarus) | Belarus intends to supply municipal"
        " vehicles to Kirov Oblast | 9 June 2023 (external: president.gov.by) | [1] |"
    ) in out
    assert "| assessment | Alexander Sokolov (Russia) |" in out


# --- refused at check ----------------------------------------------------------------------


def test_a_key_is_unique_across_the_folder(folder: Path) -> None:
    line = _edit(
        folder,
        _yaml(BELTA),
        "statements:\n  - key: kirov-assesses-cooperation",
        "statements:\n  - key: kirov-belarus-municipal-vehicles",
    )
    assert _only(folder) == (
        f"{folder / _yaml(BELTA)}:{line + 1}: statements[0].key: duplicate statement key"
        f" 'kirov-belarus-municipal-vehicles': keys are unique across the folder, and"
        f" {folder / _yaml(PRESIDENT)}:26 defines it already"
    )


def test_a_meeting_of_no_article_is_refused(folder: Path) -> None:
    line = _edit(
        folder,
        _yaml(BELTA),
        f'    meeting: {MEETING}\n    quote: "The governor',
        '    meeting: lukashenko-sokolov-2023-06-10\n    quote: "The governor',
    )
    assert _only(folder) == (
        f"{folder / _yaml(BELTA)}:{line}: proposals[0].meeting: unknown meeting"
        f" 'lukashenko-sokolov-2023-06-10': no article defines it (did you mean '{MEETING}'?)"
    )


def test_an_article_does_not_attest_its_own_fact(folder: Path) -> None:
    (folder / _yaml(PRESIDENT)).write_text(
        PRESIDENT_FACTS + f'attestations:\n  - meeting: {MEETING}\n    quote: "Lukashenko met"\n',
        encoding="utf-8",
    )
    assert _only(folder).endswith(
        f"attestations[0].meeting: '{MEETING}' is a meeting of this article: its own quote is"
        " already its first attestation"
    )


def test_an_attestation_of_an_unknown_fact(folder: Path) -> None:
    _edit(folder, _yaml(BELTA), f"  - meeting: {MEETING}", "  - proposal: kirov-buses")
    assert _only(folder).endswith(
        "attestations[0].proposal: unknown proposal 'kirov-buses': no article defines it"
        " (did you mean 'kirov-bus-assembly'?)"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '{value: "--06-10", basis: stated, quote: "KIROV, 10 June (BelTA)"}',
            '{value: "--06-11", basis: stated, quote: "KIROV, 10 June (BelTA)"}',
            "dateline_date.value: marked stated, but its quote does not give the day of"
            " 11 June: 'KIROV, 10 June (BelTA)'",
        ),
        (
            '{value: "--06-10", basis: stated, quote: "KIROV, 10 June (BelTA)"}',
            '{value: "2023-06-10", basis: stated, quote: "KIROV, 10 June (BelTA)"}',
            "dateline_date.value: marked stated, but its quote does not give the year of"
            " 10 June 2023",
        ),
        (
            '{value: "--06-10", basis: stated, quote: "KIROV, 10 June (BelTA)"}',
            '{value: "--06-10", basis: stated}',
            "dateline_date.basis: a stated date needs the words that state it: give the date a"
            " quote",
        ),
        (
            'url: "https://president.gov.by/',
            'url: "ftp://president.gov.by/',
            "meetings[0].date.citation: citation url must be an http:// or https:// address"
            " with a host",
        ),
    ],
)
def test_date_evidence_is_checked(folder: Path, old: str, new: str, message: str) -> None:
    name = _yaml(PRESIDENT) if "president.gov.by" in old else _yaml(BELTA)
    _edit(folder, name, old, new)
    assert message in _only(folder)


def test_a_meeting_date_stated_by_its_quote(folder: Path) -> None:
    """A meeting's date marked stated is checked against the meeting's quote."""
    _edit(
        folder,
        _yaml(BELTA),
        "attestations:",
        "meetings:\n  - key: kirov-talks-minsk\n"
        '    date: {value: "--06-09", basis: stated}\n    place: Minsk\n'
        '    quote: "discussed cooperation in Minsk on 9 June"\n'
        "    participants:\n      - official: alexander-sokolov\n        side: RU\n"
        '        quote: "Kirov Oblast Governor Alexander Sokolov"\nattestations:',
    )
    assert run("check", str(folder)).exit_code == 0
    _edit(
        folder,
        _yaml(BELTA),
        '{value: "--06-09", basis: stated}',
        '{value: "--06-08", basis: stated}',
    )
    assert "meetings[0].date.value: marked stated, but its quote does not give the day" in (
        _only(folder)
    )


# --- refused at load: what unchanged articles refer to -------------------------------------


def test_removing_a_meeting_another_article_refers_to_is_refused(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    before = fingerprint(migrated_db)
    _edit(folder, _yaml(PRESIDENT), f"  - key: {MEETING}", "  - key: lukashenko-sokolov-talks")
    _edit(
        folder, _yaml(PRESIDENT), f"    meeting: {MEETING}", "    meeting: lukashenko-sokolov-talks"
    )
    result = run("--database-url", migrated_db, "load", str(folder))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    start = f"{PRESIDENT}: meeting '{MEETING}' is removed or renamed, but"
    assert lines == [
        f"{start} an attestation of {BELTA} attests it (change that article too)",
        f"{start} proposal 'kirov-bus-assembly' of {BELTA} refers to it (change that article too)",
        f"{start} statement 'kirov-assesses-cooperation' of {BELTA} refers to it (change that"
        " article too)",
        "3 problems found; nothing was loaded.",
    ]
    assert fingerprint(migrated_db) == before


def test_a_meeting_moved_to_another_article_keeps_its_references(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    (old_id,) = sql(migrated_db, "SELECT id FROM core.meetings")[0]
    # The meeting (and the statement made at it) move to a third article, word for word.
    moved = "203_president_kirov_talks_copy.txt"
    (folder / moved).write_text(PRESIDENT_TEXT, encoding="utf-8")
    (folder / _yaml(moved)).write_text(PRESIDENT_FACTS.replace(PRESIDENT, moved), encoding="utf-8")
    (folder / _yaml(PRESIDENT)).write_text(
        f"article: {PRESIDENT}\nregion: kirov-oblast\n", encoding="utf-8"
    )
    _load(migrated_db, folder)
    ((new_id, file),) = sql(
        migrated_db,
        "SELECT m.id, s.file_name FROM core.meetings m JOIN core.sources s ON s.id = m.source_id",
    )
    assert file == moved and new_id != old_id
    assert sql(migrated_db, "SELECT meeting_id FROM core.attestations") == [(new_id,)]
    assert sql(migrated_db, "SELECT meeting_id FROM core.proposals") == [(new_id,)]
    assert sql(migrated_db, "SELECT DISTINCT meeting_id FROM core.statements") == [(new_id,)]


def test_keys_of_unchanged_articles_are_checked_in_the_database(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    before = fingerprint(migrated_db)
    # A new article defines the meeting's key again, and the wire now names a meeting no
    # article defines: the president's article is unchanged, so only the database knows.
    again = "204_belta_kirov_again.txt"
    (folder / again).write_text(BELTA_TEXT, encoding="utf-8")
    (folder / _yaml(again)).write_text(
        f"article: {again}\nregion: kirov-oblast\nmeetings:\n  - key: {MEETING}\n"
        '    quote: "discussed cooperation in Minsk on 9 June"\n    participants:\n'
        "      - official: alexander-sokolov\n        side: RU\n"
        '        quote: "Kirov Oblast Governor Alexander Sokolov"\n',
        encoding="utf-8",
    )
    line = _edit(
        folder,
        _yaml(BELTA),
        f'    meeting: {MEETING}\n    quote: "The governor',
        '    meeting: kirov-talks-2023\n    quote: "The governor',
    )
    result = run("--database-url", migrated_db, "load", str(folder))
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert sorted(lines[:-1]) == sorted(
        [
            f"{again}: duplicate meeting key '{MEETING}': {PRESIDENT} (unchanged since it was"
            " loaded) defines it already; keys are unique across the folder",
            f"{folder / _yaml(BELTA)}:{line}: proposals[0].meeting: unknown meeting"
            " 'kirov-talks-2023': no article defines it",
        ]
    )
    assert lines[-1] == "2 problems found; nothing was loaded."
    assert fingerprint(migrated_db) == before


def test_citation_is_stored_as_an_object(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    (kind,) = sql(migrated_db, "SELECT jsonb_typeof(date_citation) FROM core.meetings")[0]
    assert kind == "object"
    (text,) = sql(migrated_db, "SELECT date_citation::text FROM core.meetings")[0]
    assert set(json.loads(str(text))) == {"url", "says"}


def test_deleting_the_article_of_an_attested_meeting_is_refused(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    before = fingerprint(migrated_db)
    (folder / PRESIDENT).unlink()
    (folder / _yaml(PRESIDENT)).unlink()
    result = run("--database-url", migrated_db, "load", str(folder))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4 and lines[-1] == "3 problems found; nothing was loaded."
    assert all(
        line.startswith(f"{PRESIDENT}: meeting '{MEETING}' is removed") for line in lines[:3]
    )
    assert fingerprint(migrated_db) == before
