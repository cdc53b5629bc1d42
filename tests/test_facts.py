"""The curated facts, checked one by one against the article texts, in the loaded database.

These tests pin down how each trap in the five articles was read: the repeated paragraph,
the two spellings of one governor, dates without a year, the undated article, the range,
the approximate figure over an unstated period, and the page furniture.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import TABLES, sql

K000 = "000_c822827a76efb0a0"
K001 = "001_69ca2f47ea92f77d"
K002 = "002_a28e6e6453cc9cc1"
K003 = "003_d2bb3794f3b56ddb"
K004 = "004_e38d610265112fad"

FACT_TABLES = (
    "official_mentions",
    "enterprise_mentions",
    "meetings",
    "meeting_participants",
    "proposals",
    "trade_figures",
    "trade_goods",
    "twinning_agreements",
    "statements",
)


def test_every_quote_is_the_text_at_its_offsets(read_only_db: str) -> None:
    for table in FACT_TABLES:
        bad = sql(
            read_only_db,
            f"SELECT f.id FROM core.{table} f JOIN core.sources s ON s.id = f.source_id"
            " WHERE substr(s.body, f.quote_start + 1, f.quote_end - f.quote_start) <> f.quote",
        )
        assert bad == [], table
        assert sql(read_only_db, f"SELECT count(*) FROM core.{table}")[0][0] > 0  # type: ignore[operator]


def test_article_texts_are_stored_unchanged(read_only_db: str) -> None:
    import hashlib

    from coopdb.resources import seeds_dir

    for key, body, sha in sql(read_only_db, "SELECT key, body, sha256 FROM core.sources"):
        raw = (seeds_dir() / f"{key}.txt").read_bytes()
        assert body == raw.decode("utf-8")
        assert sha == hashlib.sha256(raw).hexdigest()


def test_repeated_paragraph_yields_each_fact_once(read_only_db: str) -> None:
    """Article 000 prints its paragraphs twice; every fact quotes the first printing."""
    half = sql(
        read_only_db, "SELECT char_length(body) / 2 FROM core.sources WHERE key = %s", (K000,)
    )[0][0]
    for table in FACT_TABLES:
        late = sql(
            read_only_db,
            f"SELECT f.quote FROM core.{table} f JOIN core.sources s ON s.id = f.source_id"
            " WHERE s.key = %s AND f.quote_start > %s",
            (K000, half),
        )
        assert late == [], table
    twinning = sql(
        read_only_db,
        "SELECT units_count FROM core.twinning_agreements t"
        " JOIN core.sources s ON s.id = t.source_id WHERE s.key = %s",
        (K000,),
    )
    assert twinning == [(20,)]


def test_two_spellings_are_one_governor(read_only_db: str) -> None:
    names = sql(
        read_only_db,
        "SELECT n.name, n.is_preferred FROM core.official_names n"
        " JOIN core.officials o ON o.id = n.official_id WHERE o.key = 'roman-starovoit'"
        " ORDER BY n.name",
    )
    assert names == [("Roman Starovoit", True), ("Roman Starovoyt", False)]
    written = sql(
        read_only_db,
        "SELECT s.key, m.name_as_written FROM core.official_mentions m"
        " JOIN core.officials o ON o.id = m.official_id JOIN core.sources s"
        " ON s.id = m.source_id WHERE o.key = 'roman-starovoit' ORDER BY 1",
    )
    assert written == [(K000, "Roman Starovoit"), (K002, "Roman Starovoyt")]
    meetings = sql(
        read_only_db,
        "SELECT s.key FROM core.meeting_participants p JOIN core.officials o"
        " ON o.id = p.official_id JOIN core.meetings m ON m.id = p.meeting_id"
        " JOIN core.sources s ON s.id = m.source_id WHERE o.key = 'roman-starovoit' ORDER BY 1",
    )
    assert meetings == [(K000,), (K002,)]


def test_two_governors_hold_one_post(read_only_db: str) -> None:
    holders = sql(
        read_only_db,
        "SELECT o.key FROM core.holdings h JOIN core.officials o ON o.id = h.official_id"
        " JOIN core.posts p ON p.id = h.post_id WHERE p.key = 'governor-kursk-oblast'"
        " ORDER BY 1",
    )
    assert holders == [("alexander-mikhailov",), ("roman-starovoit",)]


def meeting_date(url: str, source: str) -> tuple[object, ...]:
    rows = sql(
        url,
        "SELECT m.date_year, m.date_month, m.date_day, m.date, m.date_earliest,"
        " m.date_latest, m.date_basis FROM core.meetings m JOIN core.sources s"
        " ON s.id = m.source_id WHERE s.key = %s",
        (source,),
    )
    assert len(rows) == 1
    return rows[0]


def test_dates_without_a_year_are_not_filled(read_only_db: str) -> None:
    assert meeting_date(read_only_db, K000) == (None, 3, 15, None, None, None, "stated")
    published = sql(
        read_only_db,
        "SELECT date_year, date_month, date_day, date_basis FROM core.sources WHERE key = %s",
        (K000,),
    )
    assert published == [(None, 3, 16, "stated")]


def test_inferred_years_say_so_and_why(read_only_db: str) -> None:
    december = dt.date(2017, 12, 5)
    assert meeting_date(read_only_db, K001) == (
        2017,
        12,
        5,
        december,
        december,
        december,
        "inferred",
    )
    june = dt.date(2022, 6, 9)
    # The year of 9 June is in no article: it comes from a cited report of the same meeting.
    assert meeting_date(read_only_db, K002) == (2022, 6, 9, june, june, june, "external")
    cited = sql(
        read_only_db,
        "SELECT date_citation->>'url' FROM core.meetings WHERE date_basis = 'external'",
    )
    assert cited == [
        (
            "https://www.sb.by/en/lukashenko-it-ll-be-difficult-for-belarus-and-russia-to-develop"
            "-without-import-substitution-.html",
        )
    ]
    notes = sql(read_only_db, "SELECT date_note FROM core.meetings WHERE date_basis = 'inferred'")
    assert notes and all(note and len(str(note)) > 20 for (note,) in notes)


def test_the_undated_article_has_no_dates(read_only_db: str) -> None:
    assert meeting_date(read_only_db, K004) == (None, None, None, None, None, None, "unknown")
    assert sql(
        read_only_db,
        "SELECT date_basis, publisher, title FROM core.sources WHERE key = %s",
        (K004,),
    ) == [("unknown", None, None)]


def trade(url: str, source: str) -> tuple[object, ...]:
    rows = sql(
        url,
        "SELECT t.flow, t.period_label, t.period_start, t.period_end, t.value_low,"
        " t.value_high, t.currency, t.value_qualifier, t.change_pct, t.compared_start,"
        " t.compared_end, r.iso_code FROM core.trade_figures t JOIN core.sources s"
        " ON s.id = t.source_id JOIN core.regions r ON r.id = t.region_id WHERE s.key = %s",
        (source,),
    )
    assert len(rows) == 1
    return rows[0]


def test_trade_figure_with_change(read_only_db: str) -> None:
    assert trade(read_only_db, K001) == (
        "turnover",
        "January-September 2017",
        dt.date(2017, 1, 1),
        dt.date(2017, 9, 30),
        Decimal("96300000.00"),
        Decimal("96300000.00"),
        "USD",
        "exact",
        Decimal("40.50"),
        dt.date(2016, 1, 1),
        dt.date(2016, 9, 30),
        "RU-KRS",
    )


def test_trade_range_without_period(read_only_db: str) -> None:
    assert trade(read_only_db, K002) == (
        "turnover",
        None,
        None,
        None,
        Decimal("205000000.00"),
        Decimal("210000000.00"),
        "USD",
        "range",
        None,
        None,
        None,
        "RU-KRS",
    )


def test_approximate_figure_over_unstated_period(read_only_db: str) -> None:
    assert trade(read_only_db, K004) == (
        "turnover",
        "the past 11 months",
        None,
        None,
        Decimal("108000000.00"),
        Decimal("108000000.00"),
        "USD",
        "approximately",
        None,
        None,
        None,
        "RU-KIR",
    )


def test_goods_by_direction(read_only_db: str) -> None:
    goods = sql(
        read_only_db,
        "SELECT g.direction, g.goods FROM core.trade_goods g JOIN core.regions r"
        " ON r.id = g.region_id WHERE r.iso_code = 'RU-LIP' ORDER BY 1, 2",
    )
    assert goods == [("exports", "equipment"), ("imports", "metal"), ("imports", "metal products")]


def test_lipetsk_twinning(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT t.status, t.units_count, t.date_year, t.date_month, t.date_day,"
        " t.date_earliest, t.date_latest,"
        " (SELECT string_agg(r.iso_code, ',' ORDER BY r.iso_code) FROM core.twinning_regions x"
        "  JOIN core.regions r ON r.id = x.region_id WHERE x.twinning_id = t.id)"
        " FROM core.twinning_agreements t JOIN core.sources s ON s.id = t.source_id"
        " WHERE s.key = %s ORDER BY t.date_earliest, t.date_latest",
        (K003,),
    )
    assert (
        "planned",
        6,
        2022,
        None,
        None,
        dt.date(2022, 1, 1),
        dt.date(2022, 12, 31),
        "BY-BR,BY-HO,RU-LIP",
    ) in rows
    quarter = [r for r in rows if r[5] == dt.date(2022, 7, 1)]
    assert quarter and quarter[0][6] == dt.date(2022, 9, 30) and quarter[0][0] == "planned"
    assert any(r[0] == "signed" and r[5] == dt.date(2022, 4, 28) for r in rows)


def test_money_amount_in_proposal(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT amount_low, amount_high, currency, amount_qualifier, amount_text, region_id"
        " FROM core.proposals WHERE amount_text IS NOT NULL",
    )
    assert rows == [
        (
            Decimal("1500000000.00"),
            Decimal("1500000000.00"),
            "USD",
            "approximately",
            "about $1.5 billion",
            None,
        )
    ]


def test_enterprise_aliases_resolve(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT DISTINCT e.key, m.name_as_written FROM core.enterprise_mentions m"
        " JOIN core.enterprises e ON e.id = m.enterprise_id WHERE e.key IN ('amkodor', 'mtz')"
        " ORDER BY 1, 2",
    )
    assert ("amkodor", "AMKODOR") in rows and ("amkodor", "Amkodor") in rows
    assert ("mtz", "MTZ") in rows


def test_page_furniture_is_not_content(read_only_db: str) -> None:
    for furniture in ("- 1", "• 11", "• 7:54", "Версия для печати", "Размер шрифта"):
        for table in FACT_TABLES:
            hits = sql(
                read_only_db,
                f"SELECT id FROM core.{table} WHERE strpos(quote, %s) > 0",
                (furniture,),
            )
            assert hits == [], (furniture, table)


def test_row_counts(read_only_db: str) -> None:
    counts = {t: sql(read_only_db, f"SELECT count(*) FROM core.{t}")[0][0] for t in TABLES}
    assert counts["sources"] == 5
    assert counts["meetings"] == 5
    assert counts["meeting_participants"] == 9
    assert counts["trade_figures"] == 3
    assert counts["regions"] == 11
    assert counts["quantities"] == 3
    assert counts["source_dates"] == 1  # the dateline's date of article 000
    assert counts["statements"] == 24
    # No two seeds report the same event, so nothing is attested by a second article.
    assert all(count for table, count in counts.items() if table != "attestations"), counts
