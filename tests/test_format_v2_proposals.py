"""Curation format v2, plans and posts: a proposal's own date and timeframe, posts held over
time (acting holders, tenures in succession), twinning at every level (units per side, an
agreement renewing another article's, its first date, quarters printed as such), and notes and
citations on the shared entries.

Two invented articles of the genre (a BelTA wire of 2012 and a regional government's page of
2024 on the renewal) are checked, loaded into a real database, read back from core and from
the reporting views, and printed by ``coopdb report``; each refusal is one line naming file,
line and field.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from conftest import run, sql
from coopdb.reports import plans
from coopdb.resources import seeds_dir
from test_reporting_tables import differing

BELTA = "301_belta_gomel_kursk_twinning.txt"
KURSK = "302_kursk_gov_twinning_renewed.txt"
MY_PROPOSALS = ("kursk-lift-assembly", "kursk-housing-belarusian-builders")

BELTA_TEXT = """\
Gomel, Kursk districts sign twinning agreements
GOMEL, 21 September (BelTA) – Six districts of Gomel Oblast and six districts of Kursk Oblast \
signed twinning agreements in Gomel on 21 September 2012, BelTA learned from the oblast \
executive committee.
The agreements provide for cooperation in agriculture, education and culture.
Follow BelTA on Telegram
"""

BELTA_FACTS = f"""\
article: {BELTA}
publisher: BelTA
dateline: GOMEL
region: kursk-oblast
twinning:
  - key: gomel-kursk-districts-2012
    status: signed
    level: district
    units: {{BY: 6, RU: 6}}
    regions: [kursk-oblast, gomel-oblast]
    date: {{value: "2012-09-21", basis: stated}}
    quote: "Six districts of Gomel Oblast and six districts of Kursk Oblast signed twinning \
agreements in Gomel on 21 September 2012"
"""

KURSK_TEXT = """\
Kursk and Gomel districts renew twinning agreements
Government of Kursk Oblast · Press service · 12 July 2024
Acting Governor of Kursk Oblast Alexei Smirnov met with a delegation of Gomel Oblast.
Six districts of Kursk Oblast and six districts of Gomel Oblast renewed the twinning \
agreements first signed in 2012.
Two more districts plan to sign twinning agreements in the third quarter of 2024.
The sides agreed to set up the assembly of Belarusian lifts in Kursk next year or the year after.
Belarusian builders will also take part in housing construction in the region in the coming years.
Print version | Subscribe to news
"""

KURSK_FACTS = f"""\
article: {KURSK}
title: "Kursk and Gomel districts renew twinning agreements"
publisher: Government of Kursk Oblast
published: {{value: "2024-07-12", basis: stated, quote: "12 July 2024"}}
region: kursk-oblast
meetings:
  - key: smirnov-gomel-delegation-2024-07-12
    date: {{value: "2024-07-12", basis: inferred, note: "The press release's date."}}
    quote: "Acting Governor of Kursk Oblast Alexei Smirnov met with a delegation of Gomel Oblast"
    participants:
      - official: alexei-smirnov
        post: governor-kursk-oblast
        side: RU
        quote: "Acting Governor of Kursk Oblast Alexei Smirnov"
proposals:
  - key: kursk-lift-assembly
    title: Assembly of Belarusian lifts in Kursk
    sector: machine-building
    status: agreed
    proposed_by_side: both
    meeting: smirnov-gomel-delegation-2024-07-12
    timeframe:
      label: "next year or the year after"
      value: "2025/2026"
      basis: inferred
      note: "Resolved against the meeting date 12 July 2024."
    quote: "The sides agreed to set up the assembly of Belarusian lifts in Kursk next year or \
the year after"
  - key: kursk-housing-belarusian-builders
    title: Belarusian builders in housing construction in Kursk Oblast
    sector: housing
    status: planned
    proposed_on: {{value: "2024-07-12", basis: inferred, note: "The press release's date."}}
    timeframe: {{label: "in the coming years"}}
    note: "Which builders is not stated."
    quote: "Belarusian builders will also take part in housing construction in the region in \
the coming years"
twinning:
  - key: kursk-gomel-districts-2024
    status: renewed
    level: district
    units: {{BY: 6, RU: 6}}
    regions: [kursk-oblast, gomel-oblast]
    renews: gomel-kursk-districts-2012
    original_date: {{value: "2012", basis: stated}}
    note: "The districts are not named."
    quote: "Six districts of Kursk Oblast and six districts of Gomel Oblast renewed the twinning \
agreements first signed in 2012"
  - key: kursk-gomel-two-more-districts
    status: planned
    level: district
    count: 2
    regions: [kursk-oblast, gomel-oblast]
    date: {{value: "2024-Q3", basis: stated}}
    quote: "Two more districts plan to sign twinning agreements in the third quarter of 2024"
"""

CITED = """\
      citation:
        url: "https://kremlin.ru/acts/news/74050"
        says: "{says}"
"""

STAROVOIT_DATES = (
    "        start:\n"
    '          value: "2019-09"\n'
    "          basis: external\n"
    + CITED.replace("      ", "          ", 1).replace("\n        ", "\n            ")
).format(says="Roman Starovoit was elected Governor of Kursk Oblast in September 2019.") + (
    "        end:\n"
    '          value: "2024-05"\n'
    "          basis: external\n"
    + CITED.replace("      ", "          ", 1).replace("\n        ", "\n            ")
).format(says="Roman Starovoit was appointed Minister of Transport in May 2024.")

SMIRNOV = """\
  - key: alexei-smirnov
    name: Alexei Smirnov
    country: RU
    note: "Acting governor from May 2024, elected in September 2024: outside knowledge."
    citation:
      url: "https://kremlin.ru/acts/news/74051"
      says: "Alexei Smirnov appointed Acting Governor of Kursk Oblast."
    holdings:
      - post: governor-kursk-oblast
        acting: true
        note: "Acting governor until the election."
        start: {value: "2024-05", basis: external, citation: {url: \
"https://kremlin.ru/acts/news/74051", says: "Alexei Smirnov appointed Acting Governor of \
Kursk Oblast, 15 May 2024."}}
        end: {value: "2024-09", basis: external, citation: {publication: \
"Kommersant, 16 September 2024", says: "Smirnov elected governor."}}
      - post: governor-kursk-oblast
        term: 2
        start: {value: "2024-09", basis: external, citation: {publication: \
"Kommersant, 16 September 2024", says: "Smirnov elected governor."}}
"""

LIFTS = """\
  - key: mogilevliftmash
    name: Mogilevliftmash
    country: BY
    note: "Not named in any article here; listed as the maker of Belarusian lifts."
    citation:
      url: "https://liftmach.by/en/"
      says: "Mogilevliftmash is the Belarusian maker of passenger lifts."
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The shipped seeds, the two invented articles, a new acting governor and the dates of
    his predecessor's tenure (cited)."""
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), target)
    for name, text in ((BELTA, BELTA_TEXT), (KURSK, KURSK_TEXT)):
        (target / name).write_text(text, encoding="utf-8")
    (target / _yaml(BELTA)).write_text(BELTA_FACTS, encoding="utf-8")
    (target / _yaml(KURSK)).write_text(KURSK_FACTS, encoding="utf-8")
    officials = target / "officials.yaml"
    text = officials.read_text(encoding="utf-8")
    anchor = "    other_names: [Roman Starovoyt]\n    country: RU\n    holdings:\n"
    anchor += "      - post: governor-kursk-oblast\n"
    assert anchor in text
    text = text.replace(anchor, anchor + STAROVOIT_DATES)
    officials.write_text(text.rstrip("\n") + "\n" + SMIRNOV, encoding="utf-8")
    enterprises = target / "enterprises.yaml"
    text = enterprises.read_text(encoding="utf-8")
    enterprises.write_text(text.rstrip("\n") + "\n" + LIFTS, encoding="utf-8")
    return target


def _yaml(name: str) -> str:
    return name.replace(".txt", ".yaml")


def _edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` once in a file of the folder; the line it was on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def _only(folder: Path) -> str:
    result = run("check", str(folder))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    found = result.stderr.strip().splitlines()[:-1]
    assert len(found) == 1, found
    return found[0]


def _load(url: str, folder: Path) -> None:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.stderr


# --- accepted, loaded, shown ---------------------------------------------------------------


def test_check_accepts_the_articles(folder: Path) -> None:
    result = run("check", str(folder))
    assert result.exit_code == 0, result.stderr


def test_load_stores_dates_timeframes_twinning_and_tenures(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    assert sql(
        migrated_db,
        "SELECT key, proposed_year, proposed_month, proposed_day, proposed_basis, proposed_note,"
        " timeframe_label, timeframe_start::text, timeframe_end::text, timeframe_kind,"
        " timeframe_months, timeframe_basis, note FROM core.proposals"
        " WHERE key IN (%s, %s) ORDER BY key",
        MY_PROPOSALS,
    ) == [
        (
            "kursk-housing-belarusian-builders",
            2024,
            7,
            12,
            "inferred",
            "The press release's date.",
            "in the coming years",
            None,
            None,
            "unknown",
            None,
            "unknown",
            "Which builders is not stated.",
        ),
        (
            "kursk-lift-assembly",
            None,  # its meeting's date applies, not copied
            None,
            None,
            None,
            None,
            "next year or the year after",
            "2025-01-01",
            "2026-12-31",
            "multi_year",
            24,
            "inferred",
            None,
        ),
    ]
    rows = sql(
        migrated_db,
        "SELECT t.key, t.status, t.level, t.units_count, t.units_count_by, t.units_count_ru,"
        " r.key, t.original_year, t.original_basis, t.note, t.date_earliest::text,"
        " t.date_latest::text FROM core.twinning_agreements t"
        " LEFT JOIN core.twinning_agreements r ON r.id = t.renews_id"
        " WHERE t.source_id IN (SELECT id FROM core.sources WHERE file_name IN (%s, %s))"
        " ORDER BY t.key",
        (BELTA, KURSK),
    )
    assert rows == [
        ("gomel-kursk-districts-2012", "signed", "district", None, 6, 6, None, None, None, None,
         "2012-09-21", "2012-09-21"),
        ("kursk-gomel-districts-2024", "renewed", "district", None, 6, 6,
         "gomel-kursk-districts-2012", 2012, "stated", "The districts are not named.", None, None),
        ("kursk-gomel-two-more-districts", "planned", "district", 2, None, None, None, None, None,
         None, "2024-07-01", "2024-09-30"),
    ]  # fmt: skip
    holdings = sql(
        migrated_db,
        "SELECT o.key, h.term, h.acting, h.start_year, h.start_month, h.start_basis,"
        " h.start_citation ->> 'url', h.end_year, h.end_month, h.end_citation ->> 'publication',"
        " left(h.note, 12) FROM core.holdings h JOIN core.officials o ON o.id = h.official_id"
        " JOIN core.posts p ON p.id = h.post_id WHERE p.key = 'governor-kursk-oblast'"
        " AND h.start_year IS NOT NULL ORDER BY h.start_earliest, h.term",
    )
    assert holdings == [
        ("roman-starovoit", 1, False, 2019, 9, "external", "https://kremlin.ru/acts/news/74050",
         2024, 5, None, "Governor at "),
        ("alexei-smirnov", 1, True, 2024, 5, "external", "https://kremlin.ru/acts/news/74051",
         2024, 9, "Kommersant, 16 September 2024", "Acting gover"),
        ("alexei-smirnov", 2, False, 2024, 9, "external", None, None, None, None, None),
    ]  # fmt: skip
    assert sql(
        migrated_db,
        "SELECT note, citation ->> 'says' FROM core.officials WHERE key = 'alexei-smirnov'"
        " UNION ALL SELECT note, citation ->> 'url' FROM core.enterprises"
        " WHERE key = 'mogilevliftmash'"
        " UNION ALL SELECT left(note, 20), citation ->> 'url' FROM core.regions"
        " WHERE key = 'kursk-oblast'",
    ) == [
        (
            "Acting governor from May 2024, elected in September 2024: outside knowledge.",
            "Alexei Smirnov appointed Acting Governor of Kursk Oblast.",
        ),
        (
            "Not named in any article here; listed as the maker of Belarusian lifts.",
            "https://liftmach.by/en/",
        ),
        ("The ISO 3166-2 code ", "https://www.iso.org/obp/ui/#iso:code:3166:RU"),
    ]


def test_reporting_views_coalesce_dates_and_order_holders(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    assert sql(
        migrated_db,
        "SELECT key, proposed_date_from, proposed_year, proposed_month, proposed_day,"
        " proposed_basis, timeframe_label, timeframe_kind, timeframe_months"
        " FROM reporting.proposals WHERE key IN (%s, %s) ORDER BY key",
        MY_PROPOSALS,
    ) == [
        ("kursk-housing-belarusian-builders", "proposal", 2024, 7, 12, "inferred",
         "in the coming years", "unknown", None),
        ("kursk-lift-assembly", "meeting", 2024, 7, 12, "inferred",
         "next year or the year after", "multi_year", 24),
    ]  # fmt: skip
    assert sql(
        migrated_db,
        "SELECT key, status, level, units_count_by, units_count_ru, renews_key, original_year"
        " FROM reporting.twinning WHERE key = 'kursk-gomel-districts-2024'",
    ) == [("kursk-gomel-districts-2024", "renewed", "district", 6, 6, "gomel-kursk-districts-2012",
           2012)]  # fmt: skip
    # Who held the post on 1 July 2024 (surely): an interval join.
    assert sql(
        migrated_db,
        "SELECT h.official, h.acting FROM reporting.post_holders h"
        " WHERE h.post_key = 'governor-kursk-oblast'"
        " AND DATE '2024-07-01' BETWEEN h.start_latest AND coalesce(h.end_earliest, 'infinity')",
    ) == [("Alexei Smirnov", True)]
    # Who came first: an order by (tenures with unknown starts come last).
    assert sql(
        migrated_db,
        "SELECT official, term, acting, holder_number, holders_count FROM reporting.post_holders"
        " WHERE post_key = 'governor-kursk-oblast' ORDER BY holder_number",
    ) == [
        ("Roman Starovoit", 1, False, 1, 4),
        ("Alexei Smirnov", 1, True, 2, 4),
        ("Alexei Smirnov", 2, False, 3, 4),
        ("Alexander Mikhailov", 1, False, 4, 4),
    ]
    assert sql(
        migrated_db,
        "SELECT note, citation_url, acting_positions FROM reporting.officials"
        " WHERE name = 'Alexei Smirnov'",
    ) == [
        (
            "Acting governor from May 2024, elected in September 2024: outside knowledge.",
            "https://kremlin.ru/acts/news/74051",
            "Governor of Kursk Oblast",
        )
    ]
    ((note, url),) = sql(
        migrated_db, "SELECT note, citation_url FROM reporting.regions WHERE name = 'Kursk Oblast'"
    )
    assert str(note).startswith("The ISO 3166-2 code") and str(url).startswith("https://www.iso")


def test_report_prints_timeframes_renewals_quarters_and_successions(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    result = run("--database-url", migrated_db, "report", "kursk", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    out = re.sub(r" \[\^\d+\]", "", result.stdout)  # the notes' footnote markers
    twinning = out[out.index("## Twinning") : out.index("## Officials")]
    assert (
        "| renewed (first signed 2012) | district | 6 Belarusian, 6 Russian districts"
        " | Gomel Oblast |"
    ) in twinning
    assert (
        "| signed | district | 6 Belarusian, 6 Russian districts | Gomel Oblast"
        " | 21 September 2012 |"
    ) in twinning
    assert "| planned | district | 2 districts | Gomel Oblast | 2024-Q3 |" in twinning
    officials = out[out.index("## Officials") : out.index("## Meetings")]
    smirnov = next(line for line in officials.splitlines() if "| Alexei Smirnov |" in line)
    assert (
        "| Governor of Kursk Oblast (acting, May 2024 to September 2024, then from September"
        " 2024; after Roman Starovoit; order with Alexander Mikhailov not known) |"
    ) in smirnov
    starovoit = next(line for line in officials.splitlines() if "| Roman Starovoit |" in line)
    assert (
        "| Governor of Kursk Oblast (September 2019 to May 2024; order with Alexander"
        " Mikhailov not known) |"
    ) in starovoit
    mikhailov = next(line for line in officials.splitlines() if "| Alexander Mikhailov |" in line)
    assert (
        "| Governor of Kursk Oblast (order with Alexei Smirnov, Roman Starovoit not known) |"
    ) in mikhailov
    proposals = out[out.index("## Proposals") :]
    lifts = next(line for line in proposals.splitlines() if "Belarusian lifts" in line)
    assert "| 12 July 2024 (inferred), at its meeting |" in lifts
    assert "| next year or the year after (2025–2026, inferred) |" in lifts
    # By its own title: the seeds have a housing proposal too, sorted by the server's collation.
    housing = next(line for line in proposals.splitlines() if "Belarusian builders in" in line)
    assert "| 12 July 2024 (inferred) | in the coming years |" in housing
    plain = run("--database-url", migrated_db, "report", "kursk").stdout
    assert all(len(line) <= 100 for line in plain.splitlines())


# --- refused, one line each ----------------------------------------------------------------


def test_overlapping_tenures_of_one_post_are_refused(folder: Path) -> None:
    line = _edit(
        folder, "officials.yaml", "      - post: governor-kursk-oblast\n        acting: true\n",
        "      - post: governor-kursk-oblast\n        acting: false\n",
    )  # fmt: skip
    _edit(folder, "officials.yaml", '          value: "2024-05"\n', '          value: "2024-07"\n')
    problem = _only(folder)
    assert f"officials.yaml:{line}: officials[" in problem
    assert "May 2024 to September 2024 overlaps the tenure of 'governor-kursk-oblast' by" in problem
    assert "'roman-starovoit' (September 2019 to July 2024)" in problem
    assert "mark an interim holder acting: true" in problem


def test_a_successor_starting_as_the_predecessor_leaves_is_accepted(folder: Path) -> None:
    # Starovoit leaves in May, Smirnov (not acting) comes in May: the dates cannot tell the
    # order within the month, so this is no overlap.
    _edit(folder, "officials.yaml", "        acting: true\n", "        acting: false\n")
    result = run("check", str(folder))
    assert result.exit_code == 0, result.stderr


SIDES = "    units: {BY: 6, RU: "
RENEWED = "    regions: [kursk-oblast, gomel-oblast]\n    renews"


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (f"{SIDES}6}}\n{RENEWED}", f"{SIDES}6}}\n{RENEWED}".replace("BY: 6", "BY: 7"),
         "twinning[0].units.BY", "the number 7 does not appear in the quote"),
        (f"{SIDES}6}}\n{RENEWED}", f"{SIDES}3000000000}}\n{RENEWED}",
         "twinning[0].units.RU", "units_count_ru is an integer"),
        ("    status: renewed\n", "    status: signed\n", "twinning[0].renews",
         "renews and original_date are given but the status is 'signed', not 'renewed'"),
        ("    renews: gomel-kursk-districts-2012\n", "    renews: gomel-kursk-district-2012\n",
         "twinning[0].renews", "unknown twinning 'gomel-kursk-district-2012': no article"),
        ('      value: "2025/2026"\n      basis: inferred\n',
         '      value: "2025/2026"\n      basis: stated\n', "proposals[0].timeframe.basis",
         "is relative: it resolves to 2025/2026 only as basis inferred"),
        ('      value: "2025/2026"\n', '      value: "2024/2025"\n',
         "proposals[0].timeframe.value",
         "does not resolve to this interval: the meeting date gives 2025/2026"),
        ('    timeframe: {label: "in the coming years"}\n',
         '    timeframe: {label: "in the coming years", months: 40000}\n',
         "proposals[1].timeframe.months", "timeframe_months is a smallint"),
    ],
)  # fmt: skip
def test_refusals_name_file_line_and_field(
    folder: Path, old: str, new: str, field: str, message: str
) -> None:
    line = _edit(folder, _yaml(KURSK), old, new)
    problem = _only(folder)
    assert f"{_yaml(KURSK)}:" in problem and f": {field}: " in problem, problem
    assert message in problem, problem
    assert int(problem.split(f"{_yaml(KURSK)}:")[1].split(":")[0]) >= line - 8


def test_a_shared_entrys_citation_must_be_usable(folder: Path) -> None:
    line = _edit(
        folder, "enterprises.yaml", 'url: "https://liftmach.by/en/"', 'url: "ftp://liftmach.by"'
    )
    problem = _only(folder)
    assert f"enterprises.yaml:{line - 1}: enterprises[" in problem
    assert "citation url must be an http:// or https:// address" in problem


def test_a_renewal_keeps_its_link_across_loads(migrated_db: str, folder: Path) -> None:
    """The renewal is another article's fact: reloading only the renewing article keeps the
    link, and removing the renewed agreement while the unchanged article renews it is refused
    by the load, one line, the database unchanged."""
    _load(migrated_db, folder)
    renewed = "SELECT r.key FROM core.twinning_agreements t JOIN core.twinning_agreements r" \
        " ON r.id = t.renews_id WHERE t.key = 'kursk-gomel-districts-2024'"  # fmt: skip
    _edit(folder, _yaml(KURSK), '"The districts are not named."', '"Districts not named."')
    _load(migrated_db, folder)
    assert sql(migrated_db, renewed) == [("gomel-kursk-districts-2012",)]
    _edit(folder, _yaml(BELTA), "key: gomel-kursk-districts-2012", "key: gomel-kursk-2012")
    before = sql(migrated_db, "SELECT count(*) FROM core.twinning_agreements")
    result = run("--database-url", migrated_db, "load", str(folder))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert (
        f"{BELTA}: twinning 'gomel-kursk-districts-2012' is removed or renamed, but twinning"
        f" 'kursk-gomel-districts-2024' of {KURSK} refers to it"
    ) in result.stderr
    assert sql(migrated_db, "SELECT count(*) FROM core.twinning_agreements") == before
    assert sql(migrated_db, renewed) == [("gomel-kursk-districts-2012",)]


def test_timeframes_print_quarters_halves_and_open_ends() -> None:
    def shown(start: str | None, end: str | None, precision: str | None, basis: str) -> str:
        record = {
            "timeframe_label": "soon",
            "timeframe_start": dt.date.fromisoformat(start) if start else None,
            "timeframe_end": dt.date.fromisoformat(end) if end else None,
            "timeframe_start_precision": precision if start else None,
            "timeframe_end_precision": precision if end else None,
            "timeframe_basis": basis,
        }
        return plans.timeframe_text(record)

    assert shown("2024-07-01", "2024-09-30", "quarter", "stated") == "soon (2024-Q3)"
    assert shown("2019-01-01", "2019-06-30", "half", "inferred") == "soon (2019-H1, inferred)"
    assert shown("2017-01-01", "2017-09-30", "month", "stated") == "soon (Jan–Sep 2017)"
    assert shown(None, "2030-12-31", "year", "stated") == "soon (by 2030)"
    assert shown("2025-01-01", None, "year", "external") == "soon (from 2025, external)"
    assert shown(None, None, None, "unknown") == "soon"


LATER = "303_belta_kursk_lifts_later.txt"
"""An article whose proposal rests on a meeting another article (KURSK) reports."""


def _add_later_article(folder: Path) -> None:
    (folder / LATER).write_text(
        "Kursk to assemble Belarusian lifts\n"
        "KURSK, 20 January (BelTA) – The assembly of Belarusian lifts in Kursk, agreed last"
        " summer, will start next year, the regional government said.\n",
        encoding="utf-8",
    )
    (folder / _yaml(LATER)).write_text(
        f"article: {LATER}\n"
        "publisher: BelTA\n"
        'published: {value: "2025-01-20", basis: inferred, note: "The wire of 20 January."}\n'
        "region: kursk-oblast\n"
        "proposals:\n"
        "  - key: kursk-lift-assembly-start\n"
        "    title: Assembly of Belarusian lifts in Kursk to start\n"
        "    sector: machine-building\n"
        "    status: planned\n"
        "    meeting: smirnov-gomel-delegation-2024-07-12\n"
        '    timeframe: {label: "next year", value: "2025", basis: inferred,'
        ' note: "Resolved against the meeting date 12 July 2024."}\n'
        '    quote: "The assembly of Belarusian lifts in Kursk, agreed last summer, will start'
        ' next year"\n',
        encoding="utf-8",
    )


def test_a_timeframe_may_rest_on_another_articles_meeting(folder: Path) -> None:
    """This article does not know the date of a meeting another article reports, so a
    relative timeframe resolved against it is not read against this article's date."""
    _add_later_article(folder)
    result = run("check", str(folder))
    assert result.exit_code == 0, result.stderr


def test_a_reload_of_the_meetings_article_refreshes_the_facts_resting_on_it(
    migrated_db: str, folder: Path
) -> None:
    """Only the meeting's article changed, yet the unchanged article's proposal takes its
    reporting date from that meeting: its reporting row is recomputed too."""
    _add_later_article(folder)
    _load(migrated_db, folder)
    axis = (
        "SELECT date_for_axis, date_source FROM reporting.proposals"
        " WHERE key = 'kursk-lift-assembly-start'"
    )
    assert sql(migrated_db, axis) == [(dt.date(2024, 7, 12), "meeting")]
    _edit(
        folder,
        _yaml(KURSK),
        'date: {value: "2024-07-12", basis: inferred',
        'date: {value: "2024-07-11", basis: inferred',
    )
    _load(migrated_db, folder)
    assert sql(migrated_db, axis) == [(dt.date(2024, 7, 11), "meeting")]
    assert differing(migrated_db) == {}
