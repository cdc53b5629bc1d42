"""Curation format v2, trade figures, quantities and money: figure status, qualifier words and
best values, qualified changes with the prior value they imply, periods with kinds and months,
figures of several sources (ranks, same_as, figure groups), quantities and source errors.

Two invented articles of the genre (a BelTA wire and a president.gov.by page on the same
talks) are checked, loaded into a real database, read back from core and from the reporting
views, and printed by ``coopdb report``; each refusal is one line naming file, line and field.
"""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import run, sql
from coopdb.resources import seeds_dir

BELTA = "101_belta_kursk_trade.txt"
PRESIDENT = "102_president_kursk_talks.txt"

BELTA_TEXT = """\
Belarus, Kursk Oblast trade up by more than 15%
14 October 2022, 17:05
KURSK, 14 October (BelTA) – In January-September 2022 trade between Belarus and Kursk Oblast \
rose by more than 15% to nearly $240 million, Governor of Kursk Oblast Roman Starovoit said \
at a meeting with a Belarusian delegation.
Belarusian exports to the region fell by a third to $60 million over the same period, as \
supplies of machinery declined.
“Our target is $500 million in trade by 2025,” the governor said.
The parties agreed to assemble 150 tractors in Kursk Oblast by 2025. The region expects \
to receive over 30 MAZ buses this year.
The joint dairy plant near Kursk is estimated to cost $3 mln, the regional government said.
Belarus supplies the region with tractors, dairy equipment and buses.
Subscribe to BelTA on Telegram
"""

BELTA_FACTS = f"""\
article: {BELTA}
publisher: BelTA
region: kursk-oblast
proposals:
  - key: kursk-dairy-plant-2022
    title: Joint dairy plant near Kursk
    sector: agriculture
    status: planned
    amount: "$3 mln"
    amount_status: amount
    source_error:
      note: "The other report of the same talks says $30 million; '$3 mln' is evidently a slip."
      corrected: "$30 million"
      citation: {{url: "https://president.gov.by/en/events/kursk",
                  says: "a $30 million dairy plant"}}
    quote: "The joint dairy plant near Kursk is estimated to cost $3 mln"
  - key: kursk-tractor-assembly
    title: Tractor assembly in Kursk Oblast
    sector: machine-building
    status: agreed
    quote: "The parties agreed to assemble 150 tractors in Kursk Oblast by 2025"
trade_figures:
  - key: kursk-turnover-2022-9m-belta
    flow: turnover
    period: {{label: "January-September 2022", value: "2022-01/2022-09"}}
    value: "nearly $240 million"
    change: "rose by more than 15%"
    note: "The governor's figure."
    quote: "In January-September 2022 trade between Belarus and Kursk Oblast rose by more than \
15% to nearly $240 million"
  - key: kursk-exports-2022-9m
    flow: exports
    period: {{label: "the same period", value: "2022-01/2022-09", basis: inferred,
             note: "The period of the turnover figure just before: January-September 2022."}}
    value: "$60 million"
    change: {{text: "fell by a third"}}
    compared_with: {{value: "2021-01/2021-09", basis: inferred,
                    note: "Not stated: a fall over nine months compares with the same months of
                      the year before."}}
    quote: "Belarusian exports to the region fell by a third to $60 million over the same period"
  - key: kursk-turnover-target-2025
    flow: turnover
    status: target
    period: {{label: "by 2025", value: "2025"}}
    value: "$500 million"
    quote: "Our target is $500 million in trade by 2025"
trade_goods:
  - direction: exports
    goods: [tractors, dairy equipment, buses]
    note: "Named without figures."
    quote: "Belarus supplies the region with tractors, dairy equipment and buses"
quantities:
  - key: kursk-tractors-150
    text: "150 tractors"
    unit: tractor
    what: Tractors to be assembled in Kursk Oblast
    status: target
    proposal: kursk-tractor-assembly
    period: {{label: "by 2025", value: "2025"}}
    quote: "The parties agreed to assemble 150 tractors in Kursk Oblast by 2025"
  - key: kursk-maz-buses-2022
    text: "over 30 MAZ buses"
    unit: bus
    what: MAZ buses the region expects to receive
    status: forecast
    period: {{label: "this year", value: "2022", basis: inferred,
             note: "Resolved against the dateline date, 14 October 2022."}}
    note: "A forecast of deliveries."
    quote: "The region expects to receive over 30 MAZ buses this year"
"""

PRESIDENT_TEXT = """\
Meeting with Governor of Kursk Oblast Roman Starovoit
14 October 2022
Aleksandr Lukashenko met with Governor of Kursk Oblast Roman Starovoit.
“In January-September 2022 our trade amounted to $236.5 million, and this year we will \
reach $300 million,” the Belarusian leader said.
The sides discussed a $30 million dairy plant near Kursk.
Share this page
Official website of the President of the Republic of Belarus, president.gov.by
"""

PRESIDENT_FACTS = f"""\
article: {PRESIDENT}
publisher: president.gov.by
region: kursk-oblast
trade_figures:
  - key: kursk-turnover-2022-9m-president
    flow: turnover
    period: {{label: "January-September 2022", value: "2022-01/2022-09"}}
    value: "$236.5 million"
    rank: preferred
    same_as: kursk-turnover-2022-9m-belta
    note: "The official site's figure, to one decimal place."
    quote: "In January-September 2022 our trade amounted to $236.5 million"
  - key: kursk-turnover-2022-forecast
    flow: turnover
    status: forecast
    period: {{label: "this year", value: "2022", basis: inferred,
             note: "Resolved against the page's date, 14 October 2022."}}
    value: "$300 million"
    quote: "this year we will reach $300 million"
"""


def _folder(tmp_path: Path) -> Path:
    """The shipped shared files and the two invented articles."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("regions.yaml", "officials.yaml", "enterprises.yaml"):
        shutil.copy(seeds_dir() / name, folder / name)
    for name, text in (
        (BELTA, BELTA_TEXT),
        (BELTA.replace(".txt", ".yaml"), BELTA_FACTS),
        (PRESIDENT, PRESIDENT_TEXT),
        (PRESIDENT.replace(".txt", ".yaml"), PRESIDENT_FACTS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _folder(tmp_path)


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


# --- accepted, loaded, shown ---------------------------------------------------------------


def test_check_accepts_the_articles(folder: Path) -> None:
    result = run("check", str(folder))
    assert result.exit_code == 0, result.stderr


def test_trade_figures_are_stored_with_status_words_change_prior_and_period(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    rows = {
        r[0]: r[1:]
        for r in sql(
            migrated_db,
            "SELECT key, status, value_low, value_high, value_best, value_qualifier,"
            " value_qualifier_words, change_low_pct, change_high_pct, change_best_pct,"
            " change_qualifier, change_direction, change_text, change_pct, prior_value_low,"
            " prior_value_high, period_kind, period_months, period_basis, rank"
            " FROM core.trade_figures",
        )
    }
    belta = rows["kursk-turnover-2022-9m-belta"]
    assert belta[:6] == (
        "actual",
        None,
        Decimal("240000000.00"),
        Decimal("240000000.00"),
        "nearly",
        "nearly",
    )
    assert belta[6:13] == (
        Decimal("15.00"),
        None,
        Decimal("15.00"),
        "over",
        "increase",
        "rose by more than 15%",
        None,
    )
    # nearly $240 million after more than +15%: before, at most 240/1.15 = 208.7, rounded up
    # to the two significant digits written: $210 million; no lower bound
    assert belta[13:15] == (None, Decimal("210000000.00"))
    assert belta[15:] == ("part_year", 9, "stated", "normal")
    exports = rows["kursk-exports-2022-9m"]
    assert exports[6:13] == (
        Decimal("33.33"),
        Decimal("33.33"),
        Decimal("33.33"),
        "exact",
        "decrease",
        "fell by a third",
        Decimal("-33.33"),
    )
    assert exports[13:15] == (Decimal("90000000.00"), Decimal("90000000.00"))
    assert rows["kursk-turnover-target-2025"][0] == "target"
    assert rows["kursk-turnover-target-2025"][15:17] == ("calendar_year", 12)
    forecast = rows["kursk-turnover-2022-forecast"]
    assert forecast[0] == "forecast" and forecast[15:18] == ("calendar_year", 12, "inferred")
    compared = sql(
        migrated_db,
        "SELECT compared_label, compared_start, compared_end, compared_basis, compared_note,"
        " compared_kind, compared_months FROM core.trade_figures"
        " WHERE key = 'kursk-exports-2022-9m'",
    )[0]
    assert compared[0] is None and compared[3] == "inferred"
    assert compared[5:] == ("part_year", 9) and str(compared[1]) == "2021-01-01"
    same_as = sql(
        migrated_db,
        "SELECT t.key, o.key FROM core.trade_figures t JOIN core.trade_figures o"
        " ON o.id = t.same_as_id",
    )
    assert same_as == [("kursk-turnover-2022-9m-president", "kursk-turnover-2022-9m-belta")]
    notes = sql(migrated_db, "SELECT goods, note FROM core.trade_goods ORDER BY goods")
    assert notes[0] == ("buses", "Named without figures.")


def test_proposal_money_and_source_error_are_stored(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    row = sql(
        migrated_db,
        "SELECT amount_low, amount_best, amount_status, source_error, source_error_note,"
        " corrected_low, corrected_high, corrected_text, corrected_citation->>'url'"
        " FROM core.proposals WHERE key = 'kursk-dairy-plant-2022'",
    )[0]
    assert row[:4] == (Decimal("3000000.00"), Decimal("3000000.00"), "amount", True)
    assert str(row[4]).startswith("The other report")
    assert row[5:] == (
        Decimal("30000000.00"),
        Decimal("30000000.00"),
        "$30 million",
        "https://president.gov.by/en/events/kursk",
    )
    assert sql(
        migrated_db,
        "SELECT amount_status, source_error FROM core.proposals"
        " WHERE key = 'kursk-tractor-assembly'",
    ) == [(None, False)]


def test_quantities_are_stored_linked_and_in_their_view(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    rows = sql(
        migrated_db,
        "SELECT q.key, q.unit, q.value_low, q.value_high, q.value_best, q.value_qualifier,"
        " q.value_qualifier_words, q.status, p.key, q.period_kind, q.period_basis, q.note"
        " FROM core.quantities q LEFT JOIN core.proposals p ON p.id = q.proposal_id"
        " ORDER BY q.key",
    )
    assert rows == [
        (
            "kursk-maz-buses-2022",
            "bus",
            Decimal(30),
            None,
            Decimal(30),
            "over",
            "over",
            "forecast",
            None,
            "calendar_year",
            "inferred",
            "A forecast of deliveries.",
        ),
        (
            "kursk-tractors-150",
            "tractor",
            Decimal(150),
            Decimal(150),
            Decimal(150),
            "exact",
            None,
            "target",
            "kursk-tractor-assembly",
            "calendar_year",
            "stated",
            None,
        ),
    ]
    view = sql(
        migrated_db,
        "SELECT russian_region, value_text, status, proposal_id IS NOT NULL, source_file"
        " FROM reporting.quantities ORDER BY key",
    )
    assert view[1] == ("Kursk Oblast", "150 tractors", "target", True, BELTA)


def test_reporting_views_show_the_v2_columns_and_the_figure_group(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    row = sql(
        migrated_db,
        "SELECT figure_status, value_best_usd, value_qualifier_words, change_low_pct,"
        " change_high_pct, change_qualifier, change_direction, change_text,"
        " prior_value_low_usd, prior_value_high_usd, period_kind, period_months, period_basis,"
        " rank, source_error, russian_region_id IS NOT NULL, is_trade_history"
        " FROM reporting.trade_figures WHERE value_text = 'nearly $240 million'",
    )[0]
    assert row == (
        "actual",
        Decimal("240000000.00"),
        "nearly",
        Decimal("15.00"),
        None,
        "over",
        "increase",
        "rose by more than 15%",
        None,
        Decimal("210000000.00"),
        "part_year",
        9,
        "stated",
        "normal",
        False,
        True,
        True,
    )
    groups = sql(
        migrated_db,
        "SELECT t.value_text, g.group_size, g.values_differ, p.value_text"
        " FROM reporting.trade_figure_groups g"
        " JOIN reporting.trade_figures t ON t.trade_figure_id = g.trade_figure_id"
        " LEFT JOIN reporting.trade_figures p"
        "  ON p.trade_figure_id = g.preferred_trade_figure_id"
        " WHERE g.group_size > 1 ORDER BY t.value_text",
    )
    assert groups == [
        ("$236.5 million", 2, True, "$236.5 million"),
        ("nearly $240 million", 2, True, "$236.5 million"),
    ]
    # a forecast of the same year is not in the group of the actual figures
    alone = sql(
        migrated_db,
        "SELECT g.group_size FROM reporting.trade_figure_groups g JOIN core.trade_figures t"
        " ON t.id = g.trade_figure_id WHERE t.key = 'kursk-turnover-2022-forecast'",
    )
    assert alone == [(1,)]
    goods = sql(migrated_db, "SELECT note FROM reporting.trade_goods WHERE goods = 'tractors'")
    assert goods == [("Named without figures.",)]


def test_report_prints_forecasts_apart_disagreement_errors_and_quantities(
    migrated_db: str, folder: Path
) -> None:
    _load(migrated_db, folder)
    out = run("--database-url", migrated_db, "report", "kursk", "--format", "markdown").stdout
    out = re.sub(r" \[\^\d+\]", "", out)  # the notes' footnote markers
    trade = out[out.index("## Trade\n") : out.index("## Trade forecasts and targets\n")]
    outlook = out[out.index("## Trade forecasts and targets\n") : out.index("## Goods traded\n")]
    assert (
        "| turnover | Jan–Sep 2022 | nearly $240 million | up more than 15%; before: ≤ $210"
        " million | sources disagree: nearly $240 million [1] vs $236.5 million [2] | [1] |"
    ) in trade
    assert "| turnover | Jan–Sep 2022 | $236.5 million |  | preferred; sources disagree:" in trade
    assert (
        "| exports | Jan–Sep 2022 (inferred) | $60 million | down 33.33% vs Jan–Sep 2021"
        " (inferred);"
        " before: $90 million |  | [1] |"
    ) in trade
    assert "$500 million" not in trade and "$300 million" not in trade
    assert "| target | turnover | 2025 | $500 million |  |  | [1] |" in outlook
    assert "| forecast | turnover | 2022 (inferred) | $300 million |  |  | [2] |" in outlook
    assert "amount: $3 million (probable source error, should read $30 million)" in out
    quantities = out[out.index("## Quantities\n") :]
    assert (
        "| target | Tractors to be assembled in Kursk Oblast | 150 tractors | 2025 | for: Tractor"
        " assembly in Kursk Oblast | [1] |"
    ) in quantities
    assert (
        "| forecast | MAZ buses the region expects to receive | over 30 MAZ buses |" in quantities
    )
    text = run("--database-url", migrated_db, "report", "kursk").stdout
    assert all(len(line) <= 100 for line in text.splitlines())


def test_report_marks_a_probable_source_error_of_a_figure(migrated_db: str, folder: Path) -> None:
    _edit(
        folder,
        PRESIDENT.replace(".txt", ".yaml"),
        '    value: "$300 million"\n',
        '    value: "$300 million"\n    source_error: {note: "The other figures say less."}\n',
    )
    _load(migrated_db, folder)
    out = run("--database-url", migrated_db, "report", "kursk", "--format", "markdown").stdout
    out = re.sub(r" \[\^\d+\]", "", out)  # the notes' footnote markers
    assert (
        "| forecast | turnover | 2022 (inferred) | $300 million |  | probable source error |" in out
    )
    assert sql(
        migrated_db,
        "SELECT source_error, source_error_note FROM reporting.trade_figures"
        " WHERE value_text = '$300 million'",
    ) == [(True, "The other figures say less.")]


# --- refusals: one line each, with file, line and field -----------------------------------

BELTA_YAML = BELTA.replace(".txt", ".yaml")
PRESIDENT_YAML = PRESIDENT.replace(".txt", ".yaml")

REFUSALS = {
    "change not in the quote": (
        BELTA_YAML,
        'change: "rose by more than 15%"',
        'change: "rose by more than 16%"',
        "trade_figures[0].change.text: 'rose by more than 16%' does not occur in the quote",
    ),
    "change without a direction": (
        BELTA_YAML,
        'change: "rose by more than 15%"',
        'change: "by more than 15%"',
        "trade_figures[0].change: 'by more than 15%' says no direction",
    ),
    "stated year not in the words": (
        BELTA_YAML,
        'period: {label: "by 2025", value: "2025"}\n    value: "$500 million"',
        'period: {label: "by 2025", value: "2026"}\n    value: "$500 million"',
        "trade_figures[2].period.value: year 2026 does not occur in the label or quote",
    ),
    "relative label as stated": (
        PRESIDENT_YAML,
        'value: "2022", basis: inferred,\n             note: "Resolved against the page\'s date,'
        ' 14 October 2022."}',
        'value: "2022"}',
        "trade_figures[1].period.basis: 'this year' is relative",
    ),
    "months contradict the interval": (
        BELTA_YAML,
        'period: {label: "January-September 2022", value: "2022-01/2022-09"}\n    value: "nearly',
        'period: {label: "January-September 2022", value: "2022-01/2022-09", months: 8}\n'
        '    value: "nearly',
        "trade_figures[0].period.months: months says 8 but the interval covers 9",
    ),
    "unknown same_as": (
        PRESIDENT_YAML,
        "same_as: kursk-turnover-2022-9m-belta",
        "same_as: kursk-turnover-2022-9m-beta",
        "trade_figures[0].same_as: unknown trade figure 'kursk-turnover-2022-9m-beta'",
    ),
    "two preferred in one group": (
        BELTA_YAML,
        '    note: "The governor\'s figure."',
        '    note: "The governor\'s figure."\n    rank: preferred',
        "is already the preferred figure of this figure group",
    ),
    "corrected value without evidence": (
        BELTA_YAML,
        '      citation: {url: "https://president.gov.by/en/events/kursk",\n'
        '                  says: "a $30 million dairy plant"}\n',
        "",
        "proposals[0].source_error.corrected: '$30 million' is not in this article: add a citation",
    ),
    "quantity text not in the quote": (
        BELTA_YAML,
        'text: "150 tractors"',
        'text: "160 tractors"',
        "quantities[0].text: '160 tractors' does not occur in the quote",
    ),
    "money as a quantity": (
        BELTA_YAML,
        'text: "150 tractors"',
        'text: "$150"',
        "quantities[0].text: '$150' is money: write it as an amount, not a quantity",
    ),
    "quantity linked to an unknown proposal": (
        BELTA_YAML,
        "proposal: kursk-tractor-assembly\n",
        "proposal: kursk-tractor-plant\n",
        "quantities[0].proposal: unknown proposal 'kursk-tractor-plant'",
    ),
    "source error corrected value unreadable": (
        BELTA_YAML,
        'corrected: "$30 million"',
        'corrected: "thirty-ish"',
        "proposals[0].source_error.corrected: 'thirty-ish' is not money",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refusals_are_one_line_with_file_line_and_field(folder: Path, case: str) -> None:
    name, old, new, message = REFUSALS[case]
    _edit(folder, name, old, new)
    line = _only(folder)
    assert line.startswith(str(folder) + "/"), line
    assert message in line, line
    assert line.split(":")[1].isdigit(), line


def test_load_refuses_a_second_preferred_figure_in_an_article_not_read_again(
    migrated_db: str, folder: Path
) -> None:
    """The president's figure is preferred and its article is unchanged (not read again), so
    ``check`` cannot see the clash: the load finds it in SQL and writes nothing."""
    _load(migrated_db, folder)
    before = sql(migrated_db, "SELECT key, rank FROM core.trade_figures ORDER BY key")
    _edit(folder, BELTA_YAML, '    note: "The governor\'s figure."', "    rank: preferred")
    result = run("--database-url", migrated_db, "load", str(folder))
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0] == (
        f"{BELTA}: trade figure 'kursk-turnover-2022-9m-belta' is ranked preferred, as is"
        f" 'kursk-turnover-2022-9m-president' ({PRESIDENT}) of the same figure group:"
        " rank one figure of a group preferred"
    ), lines
    assert lines[-1] == "1 problem found; nothing was loaded.", lines
    assert "Traceback" not in result.stderr
    assert sql(migrated_db, "SELECT key, rank FROM core.trade_figures ORDER BY key") == before


def test_v1_change_pct_gets_honest_prior_bounds(migrated_db: str, folder: Path) -> None:
    _edit(folder, BELTA_YAML, 'change: "rose by more than 15%"', "change_pct: 15")
    _edit(folder, BELTA, "rose by more than 15%", "rose by 15%")
    _edit(folder, BELTA_YAML, "rose by more than 15%", "rose by 15%")
    _load(migrated_db, folder)
    row = sql(
        migrated_db,
        "SELECT change_pct, change_direction, prior_value_low, prior_value_high"
        " FROM core.trade_figures WHERE key = 'kursk-turnover-2022-9m-belta'",
    )
    # nearly $240 million (no lower bound) after +15%: at most 240/1.15 → $210 million
    assert row == [(Decimal("15.00"), "increase", None, Decimal("210000000.00"))]


def test_trade_list_says_each_figures_status(migrated_db: str, folder: Path) -> None:
    _load(migrated_db, folder)
    out = run("--database-url", migrated_db, "trade", "--format", "markdown").stdout
    assert "| Kursk Oblast | target | turnover | 2025 | $500 million |  |" in out
    assert (
        "| Kursk Oblast | actual | turnover | Jan–Sep 2022 | nearly $240 million |"
        " up more than 15% |"
    ) in out
    assert "| Kursk Oblast | actual | exports | Jan–Sep 2022 | $60 million | down 33.33% vs" in out
