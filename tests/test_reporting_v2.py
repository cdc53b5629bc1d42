"""Reporting schema v3 (revision 0010): the time axis, trade by year and the new relations.

The column snapshot is the contract with dashboards: ``BEFORE_0010`` holds every reporting
relation's columns exactly as they were before revision 0010 (never edited), ``ADDED`` the
columns revision 0010 appends and the relations it adds; the schema must be exactly their sum.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pandas
import psycopg
import pytest
from sqlalchemy import create_engine, inspect

from conftest import run, sql
from coopdb import migrate
from coopdb.db import Target, make_engine
from coopdb.load.reporting import refresh_reporting

BEFORE_0010: dict[str, list[str]] = {
    "attestations": [
        "attestation_id",
        "kind",
        "target_id",
        "target_key",
        "is_defining",
        "defined_in_source_id",
        "defined_in_file",
        "note",
        "source_id",
        "source_file",
        "quote",
    ],
    "changes": [
        "load_id",
        "loaded_at",
        "relation",
        "row_id",
        "row_key",
        "operation",
    ],
    "enterprise_mentions": [
        "mention_id",
        "enterprise_id",
        "enterprise",
        "enterprise_country",
        "enterprise_sector",
        "russian_region",
        "russian_region_code",
        "name_as_written",
        "source_id",
        "source_file",
        "quote",
        "note",
    ],
    "loads": [
        "load_id",
        "started_at",
        "finished_at",
        "input_sha256",
        "full_load",
        "added",
        "changed",
        "removed",
        "coopdb_version",
    ],
    "meeting_participants": [
        "participant_id",
        "meeting_id",
        "official_id",
        "official",
        "title",
        "side",
        "year",
        "month",
        "day",
        "date_basis",
        "source_id",
        "source_file",
        "quote",
        "note",
    ],
    "meetings": [
        "meeting_id",
        "year",
        "month",
        "day",
        "meeting_date",
        "date_earliest",
        "date_latest",
        "date_basis",
        "date_note",
        "place",
        "russian_region",
        "russian_region_code",
        "participants",
        "source_id",
        "source_file",
        "quote",
        "key",
        "note",
        "date_citation_url",
        "date_citation_publication",
        "date_citation_says",
        "sources_count",
        "reported_by",
    ],
    "officials": [
        "official_id",
        "name",
        "other_names",
        "country",
        "positions",
        "note",
        "citation_url",
        "citation_publication",
        "citation_says",
        "acting_positions",
    ],
    "post_holders": [
        "holding_id",
        "post_id",
        "post_key",
        "post",
        "body",
        "post_region",
        "post_region_code",
        "post_country",
        "official_id",
        "official",
        "term",
        "acting",
        "start_year",
        "start_month",
        "start_day",
        "start_earliest",
        "start_latest",
        "start_basis",
        "start_note",
        "start_citation_url",
        "start_citation_publication",
        "start_citation_says",
        "end_year",
        "end_month",
        "end_day",
        "end_earliest",
        "end_latest",
        "end_basis",
        "end_note",
        "end_citation_url",
        "end_citation_publication",
        "end_citation_says",
        "note",
        "holder_number",
        "holders_count",
    ],
    "proposals": [
        "proposal_id",
        "russian_region",
        "russian_region_code",
        "title",
        "sector",
        "status",
        "proposed_by",
        "proposed_by_side",
        "enterprises",
        "amount_usd",
        "amount_low_usd",
        "amount_high_usd",
        "amount_qualifier",
        "amount_text",
        "meeting_id",
        "source_id",
        "source_file",
        "quote",
        "key",
        "note",
        "proposed_date_from",
        "proposed_year",
        "proposed_month",
        "proposed_day",
        "proposed_earliest",
        "proposed_latest",
        "proposed_basis",
        "proposed_note",
        "proposed_citation_url",
        "proposed_citation_publication",
        "proposed_citation_says",
        "timeframe_label",
        "timeframe_start",
        "timeframe_end",
        "timeframe_kind",
        "timeframe_months",
        "timeframe_basis",
        "timeframe_note",
        "timeframe_citation_url",
        "timeframe_citation_publication",
        "timeframe_citation_says",
        "timeframe_start_precision",
        "timeframe_end_precision",
    ],
    "quantities": [
        "quantity_id",
        "key",
        "russian_region",
        "russian_region_code",
        "russian_region_id",
        "what",
        "unit",
        "value_low",
        "value_high",
        "value_best",
        "value_qualifier",
        "value_qualifier_words",
        "value_text",
        "status",
        "proposal_id",
        "meeting_id",
        "twinning_id",
        "statement_id",
        "trade_figure_id",
        "period_label",
        "period_start",
        "period_end",
        "period_kind",
        "period_months",
        "period_basis",
        "period_note",
        "source_error",
        "source_error_note",
        "corrected_low",
        "corrected_high",
        "corrected_best",
        "corrected_text",
        "note",
        "source_id",
        "source_file",
        "quote",
    ],
    "regions": [
        "region_id",
        "name",
        "kind",
        "country",
        "iso_code",
        "parent",
        "other_names",
        "note",
        "citation_url",
        "citation_publication",
        "citation_says",
    ],
    "source_dates": [
        "source_date_id",
        "role",
        "year",
        "month",
        "day",
        "earliest",
        "latest",
        "basis",
        "note",
        "citation_url",
        "citation_publication",
        "citation_says",
        "source_id",
        "source_file",
        "quote",
    ],
    "sources": [
        "source_id",
        "source_file",
        "title",
        "publisher",
        "dateline",
        "published_year",
        "published_month",
        "published_day",
        "published_date",
        "published_basis",
        "sha256",
        "text",
        "published_earliest",
        "published_latest",
        "published_note",
        "published_citation_url",
        "published_citation_publication",
        "published_citation_says",
    ],
    "statements": [
        "statement_id",
        "key",
        "kind",
        "speaker",
        "speaker_official_id",
        "side",
        "summary",
        "russian_region",
        "russian_region_code",
        "sector",
        "meeting_id",
        "note",
        "source_id",
        "source_file",
        "quote",
    ],
    "trade_figure_groups": [
        "trade_figure_id",
        "figure_group_id",
        "group_size",
        "rank",
        "source_id",
        "value_text",
        "values_differ",
        "preferred_trade_figure_id",
    ],
    "trade_figures": [
        "trade_figure_id",
        "russian_region",
        "russian_region_code",
        "partner_country",
        "flow",
        "period_label",
        "period_start",
        "period_end",
        "value_low_usd",
        "value_high_usd",
        "value_qualifier",
        "is_approximate",
        "value_text",
        "change_pct",
        "compared_with",
        "compared_start",
        "compared_end",
        "prior_value_low_usd",
        "prior_value_high_usd",
        "note",
        "source_id",
        "source_file",
        "quote",
        "russian_region_id",
        "figure_status",
        "value_best_usd",
        "value_qualifier_words",
        "change_low_pct",
        "change_high_pct",
        "change_best_pct",
        "change_qualifier",
        "change_direction",
        "change_text",
        "period_kind",
        "period_months",
        "period_basis",
        "period_note",
        "rank",
        "same_as_trade_figure_id",
        "source_error",
        "source_error_note",
        "corrected_low_usd",
        "corrected_high_usd",
        "corrected_text",
        "currency",
        "is_trade_history",
        "change_qualifier_words",
        "period_start_precision",
        "period_end_precision",
        "compared_kind",
        "compared_months",
        "compared_basis",
        "compared_note",
        "corrected_best_usd",
    ],
    "trade_goods": [
        "trade_good_id",
        "russian_region",
        "russian_region_code",
        "direction",
        "goods",
        "source_id",
        "source_file",
        "quote",
        "note",
    ],
    "twinning": [
        "twinning_id",
        "russian_region",
        "russian_region_code",
        "belarusian_regions",
        "districts_count",
        "status",
        "year",
        "month",
        "day",
        "date_earliest",
        "date_latest",
        "date_basis",
        "source_id",
        "source_file",
        "quote",
        "key",
        "note",
        "level",
        "units_count_by",
        "units_count_ru",
        "renews_id",
        "renews_key",
        "original_year",
        "original_month",
        "original_day",
        "original_earliest",
        "original_latest",
        "original_basis",
        "original_note",
        "original_citation_url",
        "original_citation_publication",
        "original_citation_says",
        "date_note",
        "date_citation_url",
        "date_citation_publication",
        "date_citation_says",
    ],
}

ADDED: dict[str, list[str]] = {
    "attestations": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "meeting_id",
        "proposal_id",
        "trade_figure_id",
        "twinning_id",
        "statement_id",
        "attestation_key",
    ],
    "enterprise_mentions": ["date_for_axis", "date_precision", "date_source", "russian_region_id"],
    "enterprise_names": ["enterprise_name_id", "enterprise_id", "name", "is_preferred"],
    "enterprises": [
        "enterprise_id",
        "key",
        "name",
        "kind",
        "kind_label",
        "country",
        "region_id",
        "region",
        "region_code",
        "sector",
        "other_names",
        "mentions_count",
        "proposals_count",
        "note",
        "citation_url",
        "citation_publication",
        "citation_says",
    ],
    "meeting_participants": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "meeting_date",
        "russian_region",
        "russian_region_code",
        "russian_region_id",
        "date_basis_label",
        "side_label",
    ],
    "meeting_regions": [
        "meeting_region_id",
        "meeting_id",
        "region_id",
        "region",
        "region_code",
        "region_country",
    ],
    "meetings": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "russian_region_id",
        "date_basis_label",
        "belarusian_region_id",
    ],
    "official_mentions": [
        "official_mention_id",
        "official_id",
        "official",
        "official_country",
        "post_id",
        "post",
        "name_as_written",
        "date_for_axis",
        "date_precision",
        "date_source",
        "source_id",
        "source_file",
        "quote",
        "note",
    ],
    "official_names": ["official_name_id", "official_id", "name", "is_preferred"],
    "post_holders": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "start_precision",
        "end_precision",
        "region_id",
        "start_basis_label",
        "end_basis_label",
    ],
    "posts": [
        "post_id",
        "key",
        "title",
        "body",
        "region_id",
        "region",
        "region_code",
        "country",
        "holders_count",
    ],
    "proposal_enterprises": [
        "proposal_enterprise_id",
        "proposal_id",
        "enterprise_id",
        "enterprise",
        "enterprise_country",
        "russian_region_id",
    ],
    "proposals": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "russian_region_id",
        "official_id",
        "status_label",
        "proposed_by_side_label",
        "proposed_basis_label",
    ],
    "quantities": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "status_label",
        "period_basis_label",
    ],
    "region_names": ["region_name_id", "region_id", "name", "lang"],
    "source_dates": ["date_for_axis", "date_precision", "date_source", "basis_label"],
    "sources": ["date_for_axis", "date_precision", "date_source", "published_basis_label"],
    "statements": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "russian_region_id",
        "official_id",
        "side_label",
    ],
    "trade_by_year": [
        "trade_year_id",
        "russian_region_id",
        "russian_region",
        "russian_region_code",
        "flow",
        "year",
        "value_low_usd",
        "value_high_usd",
        "value_best_usd",
        "figures_count",
        "sources_count",
        "sources_disagree",
        "figure_status",
        "preferred_trade_figure_id",
        "date_for_axis",
        "date_precision",
        "date_source",
    ],
    "trade_figures": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "figure_status_label",
        "period_basis_label",
        "period_kind_label",
    ],
    "trade_goods": ["date_for_axis", "date_precision", "date_source", "russian_region_id"],
    "twinning": [
        "date_for_axis",
        "date_precision",
        "date_source",
        "russian_region_id",
        "belarusian_region_id",
        "status_label",
        "date_basis_label",
    ],
    "twinning_regions": [
        "twinning_region_id",
        "twinning_id",
        "region_id",
        "side",
        "side_label",
        "region",
        "region_code",
        "region_kind",
    ],
}


def reporting_columns(url: str) -> dict[str, list[str]]:
    rows = sql(
        url,
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'reporting' ORDER BY table_name, ordinal_position",
    )
    found: dict[str, list[str]] = {}
    for relation, column in rows:
        found.setdefault(str(relation), []).append(str(column))
    return found


def test_reporting_columns_are_exactly_the_old_ones_then_the_added_ones(read_only_db: str) -> None:
    expected = {
        name: BEFORE_0010.get(name, []) + ADDED.get(name, [])
        for name in BEFORE_0010.keys() | ADDED.keys()
    }
    assert reporting_columns(read_only_db) == expected


NEW_RELATIONS_ON_THE_SEEDS = {
    "enterprises": 19,
    "enterprise_names": 21,
    "meeting_regions": 5,
    "official_mentions": 13,
    "official_names": 10,
    "posts": 8,
    "proposal_enterprises": 27,
    "region_names": 15,
    "trade_by_year": 0,
    "twinning_regions": 8,
}


def test_new_relations_row_counts_on_the_seeds(read_only_db: str) -> None:
    counts = {
        name: sql(read_only_db, f"SELECT count(*) FROM reporting.{name}")[0][0]
        for name in ADDED.keys() - BEFORE_0010.keys()
    }
    assert counts == NEW_RELATIONS_ON_THE_SEEDS


LISTS = [
    # (list column's relation, its key, list column, element relation, element, join column)
    (
        "proposals",
        "proposal_id",
        "enterprises",
        "proposal_enterprises",
        "enterprise",
        "proposal_id",
    ),
    ("officials", "official_id", "other_names", "official_names", "name", "official_id"),
    ("regions", "region_id", "other_names", "region_names", "name", "region_id"),
    ("enterprises", "enterprise_id", "other_names", "enterprise_names", "name", "enterprise_id"),
    ("officials", "official_id", "positions", "post_holders", "post", "official_id"),
]


@pytest.mark.parametrize(("owner", "key", "column", "relation", "element", "join"), LISTS)
def test_each_joined_list_has_a_relation_with_one_row_per_element(
    read_only_db: str, owner: str, key: str, column: str, relation: str, element: str, join: str
) -> None:
    """A filter on one element must work: the relation's rows are exactly the list's parts."""
    extra = " AND NOT x.is_preferred" if column == "other_names" else ""
    rows = sql(
        read_only_db,
        f"SELECT o.{key}, o.{column}, (SELECT string_agg(x.{element}, '; ' ORDER BY x.{element})"
        f" FROM reporting.{relation} x WHERE x.{join} = o.{key}"
        + (extra if relation != "region_names" else "")
        + f") FROM reporting.{owner} o",
    )
    assert rows
    for _, listed, elements in rows:
        assert sorted(str(listed or "").split("; ")) == sorted(str(elements or "").split("; "))


def test_twinning_and_meeting_lists_have_one_row_per_region(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT t.twinning_id, t.russian_region, t.belarusian_regions, t.russian_region_id,"
        " t.belarusian_region_id,"
        " (SELECT string_agg(x.region, '; ' ORDER BY x.region) FROM reporting.twinning_regions x"
        "  WHERE x.twinning_id = t.twinning_id AND x.side = 'RU'),"
        " (SELECT string_agg(x.region, '; ' ORDER BY x.region) FROM reporting.twinning_regions x"
        "  WHERE x.twinning_id = t.twinning_id AND x.side = 'BY')"
        " FROM reporting.twinning t ORDER BY t.twinning_id",
    )
    for _, ru, by, ru_id, by_id, ru_rows, by_rows in rows:
        assert (ru, by) == (ru_rows, by_rows)
        assert (ru_id is not None) == (ru is not None and "; " not in str(ru))
        assert (by_id is not None) == (by is not None and "; " not in str(by))
    # "Brest Oblast; Gomel Oblast" is two rows, so a filter on Gomel Oblast finds the agreement.
    assert sql(
        read_only_db,
        "SELECT t.key FROM reporting.twinning t JOIN reporting.twinning_regions x"
        " USING (twinning_id) WHERE x.region = 'Gomel Oblast'",
    ) == [("lipetsk-gomel-brest-six-districts-2022",)]
    rows = sql(
        read_only_db,
        "SELECT m.russian_region, (SELECT string_agg(x.region, '; ' ORDER BY x.region)"
        " FROM reporting.meeting_regions x WHERE x.meeting_id = m.meeting_id"
        " AND x.region_country = 'RU') FROM reporting.meetings m",
    )
    assert rows and all(listed == elements for listed, elements in rows)


# --- the time axis ------------------------------------------------------------------------------


def axis(url: str, relation: str, key: str, value: str) -> tuple[object, ...]:
    return sql(
        url,
        f"SELECT date_for_axis, date_precision, date_source FROM reporting.{relation}"
        f" WHERE {key} = %s",
        (value,),
    )[0]


@pytest.mark.parametrize(
    ("relation", "key", "value", "expected"),
    [
        # An undated meeting has no place on the axis: it falls out of time filters.
        ("meetings", "key", "karankevich-sokolov-kirov", (None, "none", "none")),
        # 15 March with no year stated anywhere: still undated.
        ("meetings", "key", "krutoi-starovoit-kursk", (None, "none", "none")),
        (
            "meetings",
            "key",
            "lukashenko-mikhailov-2017",
            (datetime.date(2017, 12, 5), "day", "own"),
        ),
        # "planning to twin ... in 2022": the start of 2022, precise to the year.
        (
            "twinning",
            "key",
            "lipetsk-gomel-brest-six-districts-2022",
            (datetime.date(2022, 1, 1), "year", "own"),
        ),
        # "in the third quarter of 2022".
        (
            "twinning",
            "key",
            "lipetsk-remaining-twinning-2022-q3",
            (datetime.date(2022, 7, 1), "quarter", "own"),
        ),
        ("twinning", "key", "kursk-20-municipalities", (None, "none", "none")),
        # January-September 2017: within the year 2017.
        (
            "trade_figures",
            "trade_figure_id",
            "1",
            (datetime.date(2017, 1, 1), "year", "own"),
        ),
        # $205-210 million with no period: no date, not the article's.
        ("trade_figures", "trade_figure_id", "2", (None, "none", "none")),
        # A proposal made at the 5 December 2017 meeting takes the meeting's date.
        (
            "proposals",
            "key",
            "kursk-2017-seeds-fertilizers",
            (datetime.date(2017, 12, 5), "day", "meeting"),
        ),
        # The Rosatom agreement has no meeting and its article no publication year.
        ("proposals", "key", "rosatom-belarusian-npp-specialists", (None, "none", "none")),
        # The Kirov proposals' meeting is undated, and so is the article.
        ("proposals", "key", "kirov-peat-extraction-processing", (None, "none", "none")),
        # The 16 March dateline gives no year.
        ("sources", "source_file", "000_c822827a76efb0a0.txt", (None, "none", "none")),
    ],
)
def test_date_for_axis_and_precision_of_seed_facts(
    read_only_db: str, relation: str, key: str, value: str, expected: tuple[object, ...]
) -> None:
    assert axis(read_only_db, relation, key, value) == expected


def test_facts_inherit_their_meetings_date_and_region(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT p.meeting_id, p.date_for_axis, p.date_precision, p.date_source,"
        " p.meeting_date, p.russian_region, p.russian_region_id, m.date_for_axis,"
        " m.russian_region, m.russian_region_id"
        " FROM reporting.meeting_participants p JOIN reporting.meetings m USING (meeting_id)",
    )
    assert len(rows) == 9
    for _, axis_date, precision, source, day, region, region_id, m_axis, m_region, m_id in rows:
        assert (axis_date, region, region_id) == (m_axis, m_region, m_id)
        assert source == ("meeting" if axis_date else "none")
        assert precision == ("day" if axis_date else "none") and day == axis_date
    statements = sql(
        read_only_db,
        "SELECT s.date_source, count(*) FROM reporting.statements s"
        " LEFT JOIN reporting.meetings m USING (meeting_id)"
        " WHERE s.date_for_axis IS NOT DISTINCT FROM m.date_for_axis GROUP BY 1 ORDER BY 1",
    )
    assert statements == [("meeting", 12), ("none", 12)]


def test_no_source_year_is_invented(read_only_db: str) -> None:
    """No article of the seeds prints its year of publication (000 has only "16 March"), so
    published_year stays NULL and facts dated by their article alone stay undated."""
    assert sql(
        read_only_db, "SELECT count(*) FILTER (WHERE published_year IS NULL) FROM reporting.sources"
    ) == [(5,)]
    for relation in ("trade_goods", "enterprise_mentions", "official_mentions"):
        assert sql(
            read_only_db,
            f"SELECT DISTINCT date_for_axis, date_precision, date_source FROM reporting.{relation}",
        ) == [(None, "none", "none")]


def test_a_stated_publication_year_dates_the_facts_of_the_article(loaded_db: str) -> None:
    """Where core holds a publication date, facts without a date of their own take it."""
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn:
        conn.execute(
            "UPDATE core.sources SET date_year = 2021, date_earliest = '2021-03-16',"
            " date_latest = '2021-03-16', date = '2021-03-16' WHERE id = 1"
        )
        refresh_reporting(conn, full=True)  # a write by hand reaches reporting at a full load
    assert sql(loaded_db, "SELECT published_year FROM reporting.sources WHERE source_id = 1") == [
        (2021,)
    ]
    assert sql(
        loaded_db,
        "SELECT DISTINCT date_for_axis, date_precision, date_source"
        " FROM reporting.enterprise_mentions WHERE source_id = 1",
    ) == [(datetime.date(2021, 3, 16), "day", "source")]
    # A proposal with its own meeting keeps the meeting's date (15 March, no year: none), then
    # falls back to the article.
    assert axis(loaded_db, "proposals", "key", "kursk-utility-road-vehicles-maz-mtz-amkodor") == (
        datetime.date(2021, 3, 16),
        "day",
        "source",
    )
    # A meeting takes no date from its article.
    assert axis(loaded_db, "meetings", "key", "krutoi-starovoit-kursk") == (None, "none", "none")


AXIS_RELATIONS = sorted(name for name, columns in ADDED.items() if "date_for_axis" in columns)


def test_axis_columns_are_dates_for_pandas(read_only_db: str) -> None:
    """pandas through SQLAlchemy, as an analyst reads: the axis holds dates, never text."""
    engine = create_engine(read_only_db)
    try:
        for relation in AXIS_RELATIONS:
            frame = pandas.read_sql(
                f"SELECT date_for_axis, date_precision FROM reporting.{relation}", engine
            )
            dated = frame["date_for_axis"].dropna()
            assert all(type(v) is datetime.date for v in dated), relation
            parsed = pandas.read_sql(
                f"SELECT date_for_axis FROM reporting.{relation}",
                engine,
                parse_dates=["date_for_axis"],
            )
            assert pandas.api.types.is_datetime64_any_dtype(parsed["date_for_axis"]), relation
            assert set(frame["date_precision"]) <= {
                "day",
                "month",
                "quarter",
                "half",
                "year",
                "none",
            }
            undated = frame["date_precision"] == "none"
            assert (frame["date_for_axis"].isna() == undated).all(), relation
        types = {
            (c["name"], str(c["type"]))
            for relation in AXIS_RELATIONS
            for c in inspect(engine).get_columns(relation, schema="reporting")
            if c["name"] == "date_for_axis"
        }
        assert types == {("date_for_axis", "DATE")}
    finally:
        engine.dispose()


def test_every_fact_relation_has_the_axis(read_only_db: str) -> None:
    facts = {
        str(r[0])
        for r in sql(
            read_only_db,
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'reporting'"
            " AND column_name = 'quote'",
        )
    }
    assert facts <= set(AXIS_RELATIONS)
    assert facts | {"meetings", "post_holders", "trade_by_year"} <= set(AXIS_RELATIONS)


# --- trade by year ------------------------------------------------------------------------------


def test_trade_by_year_is_empty_on_the_seeds_as_the_articles_give_no_calendar_year(
    read_only_db: str,
) -> None:
    """The articles give January-September 2017 (Kursk), $205-210 million with no period
    (Kursk) and "the past 11 months" (Kirov): none is a calendar year's trade."""
    assert sql(
        read_only_db,
        "SELECT trade_figure_id, period_kind FROM reporting.trade_figures ORDER BY 1",
    ) == [(1, "part_year"), (2, None), (3, "part_year")]
    assert sql(read_only_db, "SELECT count(*) FROM reporting.trade_by_year") == [(0,)]


COPY_FIGURE = """
INSERT INTO core.trade_figures
SELECT (jsonb_populate_record(t, %s::jsonb)).* FROM core.trade_figures t WHERE t.id = %s
"""


def test_trade_by_year_sums_only_calendar_year_history(loaded_db: str) -> None:
    full_2017 = {
        "period_start": "2017-01-01",
        "period_end": "2017-12-31",
        "period_kind": "calendar_year",
        "period_months": 12,
    }
    with psycopg.connect(loaded_db.replace("+psycopg", "")) as conn:
        conn.execute(
            "UPDATE core.trade_figures SET period_start = '2017-01-01', period_end = '2017-12-31',"
            " period_kind = 'calendar_year', period_months = 12 WHERE id = 1"
        )
        # Another article on Kursk's 2017 turnover, an estimate of $100 million: it disagrees.
        estimate = {"id": 101, "key": "k-2017", "status": "estimate", **full_2017}
        estimate |= {"value_low": 100e6, "value_high": 100e6, "value_best": 100e6}
        conn.execute(COPY_FIGURE, (json.dumps(estimate), 2))
        # A forecast and a deprecated figure for calendar years, and a part year: left out.
        conn.execute(
            COPY_FIGURE, (json.dumps({"id": 102, "key": "f", "status": "forecast", **full_2017}), 3)
        )
        deprecated = {"id": 103, "key": "d", "rank": "deprecated", **full_2017}
        conn.execute(COPY_FIGURE, (json.dumps(deprecated), 3))
        refresh_reporting(conn, full=True)
    rows = sql(
        loaded_db,
        "SELECT trade_year_id, russian_region_code, flow, year, value_low_usd, value_high_usd,"
        " value_best_usd, figures_count, sources_count, sources_disagree, figure_status,"
        " date_for_axis, date_precision FROM reporting.trade_by_year",
    )
    assert rows == [
        (
            "3-turnover-2017",
            "RU-KRS",
            "turnover",
            2017,
            Decimal("96300000.00"),
            Decimal("100000000.00"),
            Decimal("98150000.00"),
            2,
            2,
            True,
            "estimate",
            datetime.date(2017, 1, 1),
            "year",
        )
    ]


LABELS = {
    # label column: the code column beside which it stands, where the names differ
    "proposals.proposed_basis_label": "proposed_basis",
    "trade_figures.figure_status_label": "figure_status",
    "sources.published_basis_label": "published_basis",
}


def test_every_code_has_its_display_label(read_only_db: str) -> None:
    """A label is there exactly when its code is, and differs from it (it is words)."""
    labelled = [
        (relation, column)
        for relation, columns in ADDED.items()
        for column in columns
        if column.endswith("_label")
    ]
    assert len(labelled) >= 15
    for relation, label in labelled:
        code = LABELS.get(f"{relation}.{label}", label.removesuffix("_label"))
        rows = sql(read_only_db, f"SELECT DISTINCT {code}, {label} FROM reporting.{relation}")
        assert rows, relation
        for value, words in rows:
            assert (value is None) == (words is None), (relation, label, value)
            assert value is None or words != value, (relation, label, value)
    assert sql(
        read_only_db,
        "SELECT DISTINCT figure_status, figure_status_label FROM reporting.trade_figures",
    ) == [("actual", "Actual")]
    assert sql(
        read_only_db,
        "SELECT proposed_by_side_label, count(*) FROM reporting.proposals"
        " GROUP BY 1 ORDER BY 1 NULLS LAST",
    )[0][0] in {"Belarus", "Both sides", "Russia"}


# --- comments and keys --------------------------------------------------------------------------


def test_every_new_relation_and_column_is_commented(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT c.relname, a.attname, col_description(c.oid, a.attnum),"
        " obj_description(c.oid, 'pg_class')"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
        " WHERE n.nspname = 'reporting' AND c.relkind IN ('r', 'v')",
    )
    found = {(str(r), str(a)): (c, v) for r, a, c, v in rows}
    for relation, columns in ADDED.items():
        for column in columns:
            comment, relation_comment = found[(relation, column)]
            assert comment and relation_comment, (relation, column)
    comments = {str(r): str(v) for r, _, _, v in rows}
    for relation in AXIS_RELATIONS:
        for comment in (comments[relation], str(found[(relation, "date_for_axis")][0])):
            assert "out of" in comment and "time filter" in comment, relation
    for relation, comment in comments.items():
        assert "additive" in comment.lower(), relation
    assert "Additive:" in comments["trade_by_year"]


KEYS = {
    # attestation_id is NULL on the rows of defining articles: the appended key is unique.
    "attestations": "attestation_key",
    # One row per row a load changed: no single column is unique.
    "changes": "load_id, relation, row_key",
}
"""Relations whose first column is not their key; every other relation's first column is."""


@pytest.mark.parametrize("relation", sorted(BEFORE_0010.keys() | ADDED.keys()))
def test_every_relation_has_a_unique_key(read_only_db: str, relation: str) -> None:
    """The first column is the key (dashboards and the data package declare it so), except
    the documented ones of KEYS."""
    key = KEYS.get(relation, (BEFORE_0010.get(relation) or ADDED[relation])[0])
    total, distinct, nulls = sql(
        read_only_db,
        f"SELECT count(*), count(DISTINCT ({key})), count(*) FILTER (WHERE ({key}) IS NULL)"
        f" FROM reporting.{relation}",
    )[0]
    assert (distinct, nulls) == (total, 0)


def test_columns_named_like_a_key_refer_to_that_relation(read_only_db: str) -> None:
    """Keys and references can be declared from names alone: a column named like another
    relation's key holds only that relation's keys; russian_region_id and belarusian_region_id
    hold Russian and Belarusian region_id values."""
    columns = {**BEFORE_0010}
    for name, added in ADDED.items():
        columns[name] = columns.get(name, []) + added
    owner = {cols[0]: name for name, cols in sorted(columns.items()) if name not in KEYS}
    owner["trade_figure_id"] = "trade_figures"  # trade_figure_groups extends trade_figures 1:1
    checked = 0
    for relation, cols in sorted(columns.items()):
        for column in cols:
            country = {"russian_region_id": "RU", "belarusian_region_id": "BY"}.get(column)
            target = "regions" if country else owner.get(column)
            if target is None or (target == relation and column == cols[0]):
                continue
            key = "region_id" if country else column
            extra = f" AND t.country = '{country}'" if country else ""
            orphans = sql(
                read_only_db,
                f"SELECT count(*) FROM reporting.{relation} x WHERE x.{column} IS NOT NULL AND NOT"
                f" EXISTS (SELECT FROM reporting.{target} t WHERE t.{key} = x.{column}{extra})",
            )
            assert orphans == [(0,)], (relation, column, target)
            checked += 1
    assert checked >= 40


def test_docs_and_export_cover_the_new_relations(read_only_db: str, tmp_path: Path) -> None:
    new = sorted(ADDED.keys() - BEFORE_0010.keys())
    docs = run("--database-url", read_only_db, "docs").stdout
    for relation in new:
        assert f"reporting.{relation}" in docs, relation
    assert run("--database-url", read_only_db, "export", str(tmp_path)).exit_code == 0
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["path"]: r for r in package["resources"]}
    assert set(resources) == {f"{name}.csv" for name in BEFORE_0010.keys() | ADDED.keys()}
    for relation in new:
        resource = resources[f"{relation}.csv"]
        assert resource["schema"]["primaryKey"] == [ADDED[relation][0]]
        fields = [f["name"] for f in resource["schema"]["fields"]]
        assert fields == ADDED[relation]
        rows = (tmp_path / f"{relation}.csv").read_text(encoding="utf-8").count("\n") - 1
        assert rows >= NEW_RELATIONS_ON_THE_SEEDS[relation], relation


# --- the migration ------------------------------------------------------------------------------

CATALOG = """
SELECT c.relname, c.relkind::text, obj_description(c.oid, 'pg_class'), a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod), col_description(c.oid, a.attnum),
       pg_get_viewdef(c.oid)
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relnamespace = 'reporting'::regnamespace ORDER BY 1, 4
"""


@pytest.mark.history
def test_0010_downgrades_to_exactly_0009_and_upgrades_again(
    migrated_db: str, empty_db: str
) -> None:
    """Down to 0009 gives back the reporting schema of 0009 (columns, definitions and every
    comment, loads and changes included); up again gives back head's."""
    engine = make_engine(Target(empty_db, embedded=False))
    try:
        migrate.upgrade(engine, "0009")
    finally:
        engine.dispose()
    at_0009 = sql(empty_db, CATALOG)
    at_head = sql(migrated_db, CATALOG)
    assert run("--database-url", migrated_db, "db", "downgrade", "0009").exit_code == 0
    assert sql(migrated_db, CATALOG) == at_0009
    assert run("--database-url", migrated_db, "db", "upgrade").exit_code == 0
    assert sql(migrated_db, CATALOG) == at_head
    assert at_head != at_0009
