"""Add the reporting schema: flat, documented views, one row per fact, for SQL and BI tools.

The names and types here are a stable interface: analysts' queries and dashboards rely on
them, so changing one is a breaking change that needs a new migration and a release note.
Types are the ones BI tools handle well: text, integer/bigint, numeric, date, boolean.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (view, comment, SQL, {column: comment}); the order of columns is the SELECT's.
VIEWS: list[tuple[str, str, str, dict[str, str]]] = [
    (
        "sources",
        "Articles: one row per source, with its full text.",
        """
        SELECT s.id AS source_id, s.file_name AS source_file, s.title, s.publisher, s.dateline,
               s.date_year::integer AS published_year, s.date_month::integer AS published_month,
               s.date_day::integer AS published_day, s.date AS published_date,
               s.date_basis AS published_basis, s.sha256, s.body AS text
        FROM core.sources s
        """,
        {
            "source_id": "Id of the source; facts in other views point here.",
            "source_file": "Name of the article file in the curated seeds.",
            "title": "Headline as printed; NULL when the article has none.",
            "publisher": "Publisher, only when the text names it.",
            "dateline": "Place of the dateline (e.g. MOSCOW), when there is one.",
            "published_year": "Year of publication, when known.",
            "published_month": "Month of publication (1-12), when known.",
            "published_day": "Day of publication, when known.",
            "published_date": "Full publication date, only when year, month and day are known.",
            "published_basis": "stated, inferred or unknown.",
            "sha256": "SHA-256 of the article file, to check it was not altered.",
            "text": "The full article text, unchanged.",
        },
    ),
    (
        "regions",
        "Countries, oblasts and cities: one row per region.",
        """
        SELECT r.id AS region_id, r.name, r.kind, r.country, r.iso_code, p.name AS parent,
               (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.region_names n
                WHERE n.region_id = r.id) AS other_names
        FROM core.regions r LEFT JOIN core.regions p ON p.id = r.parent_id
        """,
        {
            "region_id": "Id of the region.",
            "name": "Preferred English name.",
            "kind": "country, federal_city, oblast, district or city.",
            "country": "ISO 3166-1 alpha-2 country.",
            "iso_code": "ISO 3166-1 or 3166-2 code, where one exists (e.g. RU-KRS).",
            "parent": "Name of the enclosing region.",
            "other_names": "Other names, Russian ones included, separated by '; '.",
        },
    ),
    (
        "meetings",
        "Meetings between Belarusian and Russian officials: one row per meeting.",
        """
        SELECT m.id AS meeting_id, m.date_year::integer AS year, m.date_month::integer AS month,
               m.date_day::integer AS day, m.date AS meeting_date,
               m.date_earliest, m.date_latest, m.date_basis, m.date_note, m.place,
               (SELECT string_agg(r.name, '; ' ORDER BY r.name) FROM core.meeting_regions mr
                JOIN core.regions r ON r.id = mr.region_id
                WHERE mr.meeting_id = m.id AND r.country = 'RU') AS russian_region,
               (SELECT string_agg(r.iso_code, '; ' ORDER BY r.name) FROM core.meeting_regions mr
                JOIN core.regions r ON r.id = mr.region_id
                WHERE mr.meeting_id = m.id AND r.country = 'RU') AS russian_region_code,
               (SELECT string_agg(o.name || ' (' || coalesce(p.title, 'no title stated') || ')',
                                  '; ' ORDER BY mp.side, o.name)
                FROM core.meeting_participants mp
                JOIN core.officials o ON o.id = mp.official_id
                LEFT JOIN core.posts p ON p.id = mp.post_id
                WHERE mp.meeting_id = m.id) AS participants,
               m.source_id, s.file_name AS source_file, m.quote
        FROM core.meetings m JOIN core.sources s ON s.id = m.source_id
        """,
        {
            "meeting_id": "Id of the meeting.",
            "year": "Year, when known (see date_basis).",
            "month": "Month (1-12), when known.",
            "day": "Day of month, when known.",
            "meeting_date": "Full date, only when year, month and day are all known.",
            "date_earliest": "Earliest day the known parts allow (NULL without a year).",
            "date_latest": "Latest day the known parts allow (NULL without a year).",
            "date_basis": "stated (in the text), inferred (see date_note) or unknown.",
            "date_note": "Why an inferred date was inferred.",
            "place": "Where, as the text says; NULL when not stated.",
            "russian_region": "Russian region(s) the meeting concerned.",
            "russian_region_code": "ISO 3166-2 code(s) of those regions.",
            "participants": "Participants as 'Name (title held then)', separated by '; '.",
            "source_id": "Id of the source (reporting.sources).",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "meeting_participants",
        "Participants of meetings: one row per person per meeting.",
        """
        SELECT mp.id AS participant_id, mp.meeting_id, o.id AS official_id, o.name AS official,
               p.title, mp.side, m.date_year::integer AS year, m.date_month::integer AS month,
               m.date_day::integer AS day, m.date_basis, mp.source_id,
               s.file_name AS source_file, mp.quote
        FROM core.meeting_participants mp
        JOIN core.meetings m ON m.id = mp.meeting_id
        JOIN core.officials o ON o.id = mp.official_id
        LEFT JOIN core.posts p ON p.id = mp.post_id
        JOIN core.sources s ON s.id = mp.source_id
        """,
        {
            "participant_id": "Id of the participation.",
            "meeting_id": "Id of the meeting (reporting.meetings).",
            "official_id": "Id of the person (reporting.officials).",
            "official": "Name of the person (preferred spelling).",
            "title": "Post the person held at the meeting.",
            "side": "BY (Belarusian) or RU (Russian) side.",
            "year": "Year of the meeting, when known.",
            "month": "Month of the meeting, when known.",
            "day": "Day of the meeting, when known.",
            "date_basis": "stated, inferred or unknown.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "officials",
        "Persons: one row per official, with every spelling and every post.",
        """
        SELECT o.id AS official_id, o.name,
               (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.official_names n
                WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
               o.country,
               (SELECT string_agg(p.title, '; ' ORDER BY h.start_earliest NULLS FIRST, p.title)
                FROM core.holdings h JOIN core.posts p ON p.id = h.post_id
                WHERE h.official_id = o.id) AS positions
        FROM core.officials o
        """,
        {
            "official_id": "Id of the person.",
            "name": "Preferred spelling of the name.",
            "other_names": "Other spellings seen in the articles, separated by '; '.",
            "country": "ISO 3166-1 alpha-2 country the person serves.",
            "positions": "Posts held, separated by '; '.",
        },
    ),
    (
        "trade_figures",
        "Trade between Belarus and Russian regions: one row per figure quoted.",
        """
        SELECT t.id AS trade_figure_id, r.name AS russian_region,
               r.iso_code AS russian_region_code, t.partner_country, t.flow, t.period_label,
               t.period_start, t.period_end,
               CASE WHEN t.currency = 'USD' THEN t.value_low END AS value_low_usd,
               CASE WHEN t.currency = 'USD' THEN t.value_high END AS value_high_usd,
               t.value_qualifier, t.value_qualifier = 'approximately' AS is_approximate,
               t.value_text, t.change_pct, t.compared_label AS compared_with,
               t.compared_start, t.compared_end,
               CASE WHEN t.currency = 'USD' AND t.change_pct IS NOT NULL
                    THEN round(t.value_low / (1 + t.change_pct / 100), 2) END
                   AS prior_value_low_usd,
               CASE WHEN t.currency = 'USD' AND t.change_pct IS NOT NULL
                    THEN round(t.value_high / (1 + t.change_pct / 100), 2) END
                   AS prior_value_high_usd,
               t.note, t.source_id, s.file_name AS source_file, t.quote
        FROM core.trade_figures t
        JOIN core.regions r ON r.id = t.region_id
        JOIN core.sources s ON s.id = t.source_id
        """,
        {
            "trade_figure_id": "Id of the trade figure.",
            "russian_region": "Russian region traded with.",
            "russian_region_code": "ISO 3166-2 code of the region.",
            "partner_country": "The other party (BY).",
            "flow": "turnover, exports (from Belarus) or imports (into Belarus).",
            "period_label": "The period as stated; NULL when the text states none.",
            "period_start": "First day of the period, when known.",
            "period_end": "Last day of the period, when known.",
            "value_low_usd": "Lower bound in US dollars (not millions); = high for a point value.",
            "value_high_usd": "Upper bound in US dollars (not millions).",
            "value_qualifier": "exact, approximately, over, up_to or range.",
            "is_approximate": "True when the text called the value approximate.",
            "value_text": "The value exactly as written.",
            "change_pct": "Stated change in percent against the comparison period.",
            "compared_with": "The comparison period as stated.",
            "compared_start": "First day of the comparison period, when known.",
            "compared_end": "Last day of the comparison period, when known.",
            "prior_value_low_usd": "Value implied for the comparison period:"
            " value_low_usd / (1 + change_pct / 100).",
            "prior_value_high_usd": "Value implied for the comparison period:"
            " value_high_usd / (1 + change_pct / 100).",
            "note": "Curator's note.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "trade_goods",
        "Goods named as traded between Belarus and a Russian region: one row per good.",
        """
        SELECT g.id AS trade_good_id, r.name AS russian_region,
               r.iso_code AS russian_region_code, g.direction, g.goods, g.source_id,
               s.file_name AS source_file, g.quote
        FROM core.trade_goods g
        JOIN core.regions r ON r.id = g.region_id
        JOIN core.sources s ON s.id = g.source_id
        """,
        {
            "trade_good_id": "Id of the row.",
            "russian_region": "Russian region traded with.",
            "russian_region_code": "ISO 3166-2 code of the region.",
            "direction": "exports (from Belarus) or imports (into Belarus).",
            "goods": "The goods, as named.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "proposals",
        "Proposals, plans, agreements and running projects: one row per proposal.",
        """
        SELECT p.id AS proposal_id, r.name AS russian_region, r.iso_code AS russian_region_code,
               p.title, sc.name AS sector, p.status, o.name AS proposed_by, p.proposed_by_side,
               (SELECT string_agg(e.name, '; ' ORDER BY e.name) FROM core.proposal_enterprises pe
                JOIN core.enterprises e ON e.id = pe.enterprise_id
                WHERE pe.proposal_id = p.id) AS enterprises,
               CASE WHEN p.currency = 'USD' AND p.amount_low = p.amount_high
                    THEN p.amount_low END AS amount_usd,
               CASE WHEN p.currency = 'USD' THEN p.amount_low END AS amount_low_usd,
               CASE WHEN p.currency = 'USD' THEN p.amount_high END AS amount_high_usd,
               p.amount_qualifier, p.amount_text, p.meeting_id, p.source_id,
               s.file_name AS source_file, p.quote
        FROM core.proposals p
        JOIN core.sectors sc ON sc.id = p.sector_id
        LEFT JOIN core.regions r ON r.id = p.region_id
        LEFT JOIN core.officials o ON o.id = p.proposed_by_official_id
        JOIN core.sources s ON s.id = p.source_id
        """,
        {
            "proposal_id": "Id of the proposal.",
            "russian_region": "Russian region concerned; NULL for Belarus-Russia as a whole.",
            "russian_region_code": "ISO 3166-2 code of the region.",
            "title": "Curator's one-line summary.",
            "sector": "Sector.",
            "status": "proposed, under_discussion, planned, agreed, ongoing or completed.",
            "proposed_by": "Person who made it, when one person did.",
            "proposed_by_side": "BY, RU or both; NULL when not stated.",
            "enterprises": "Enterprises involved, separated by '; '.",
            "amount_usd": "Amount in US dollars when the text gives a single value.",
            "amount_low_usd": "Lower bound of the amount in US dollars.",
            "amount_high_usd": "Upper bound of the amount in US dollars.",
            "amount_qualifier": "exact, approximately, over, up_to or range.",
            "amount_text": "The amount exactly as written.",
            "meeting_id": "Meeting it was made at (reporting.meetings), if any.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "enterprise_mentions",
        "Enterprises named in the articles: one row per mention.",
        """
        SELECT m.id AS mention_id, e.id AS enterprise_id, e.name AS enterprise,
               e.country AS enterprise_country, sc.name AS enterprise_sector,
               r.name AS russian_region, r.iso_code AS russian_region_code, m.name_as_written,
               m.source_id, s.file_name AS source_file, m.quote
        FROM core.enterprise_mentions m
        JOIN core.enterprises e ON e.id = m.enterprise_id
        LEFT JOIN core.sectors sc ON sc.id = e.sector_id
        LEFT JOIN core.regions r ON r.id = m.region_id
        JOIN core.sources s ON s.id = m.source_id
        """,
        {
            "mention_id": "Id of the mention.",
            "enterprise_id": "Id of the enterprise.",
            "enterprise": "Preferred name of the enterprise.",
            "enterprise_country": "ISO 3166-1 alpha-2 country of the enterprise.",
            "enterprise_sector": "Main sector of the enterprise, where known.",
            "russian_region": "Russian region the mention concerns.",
            "russian_region_code": "ISO 3166-2 code of the region.",
            "name_as_written": "The name or alias as the text writes it.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
    (
        "twinning",
        "Twinning agreements between districts or cities: one row per agreement.",
        """
        SELECT t.id AS twinning_id,
               (SELECT string_agg(r.name, '; ' ORDER BY r.name) FROM core.twinning_regions x
                JOIN core.regions r ON r.id = x.region_id
                WHERE x.twinning_id = t.id AND x.side = 'RU') AS russian_region,
               (SELECT string_agg(r.iso_code, '; ' ORDER BY r.name) FROM core.twinning_regions x
                JOIN core.regions r ON r.id = x.region_id
                WHERE x.twinning_id = t.id AND x.side = 'RU') AS russian_region_code,
               (SELECT string_agg(r.name, '; ' ORDER BY r.name) FROM core.twinning_regions x
                JOIN core.regions r ON r.id = x.region_id
                WHERE x.twinning_id = t.id AND x.side = 'BY') AS belarusian_regions,
               t.units_count AS districts_count, t.status, t.date_year::integer AS year,
               t.date_month::integer AS month, t.date_day::integer AS day, t.date_earliest,
               t.date_latest, t.date_basis, t.source_id, s.file_name AS source_file, t.quote
        FROM core.twinning_agreements t JOIN core.sources s ON s.id = t.source_id
        """,
        {
            "twinning_id": "Id of the agreement.",
            "russian_region": "Russian region(s) whose districts are twinned.",
            "russian_region_code": "ISO 3166-2 code(s) of those regions.",
            "belarusian_regions": "Belarusian region(s) named; 'Belarus' when only the country is.",
            "districts_count": "Number of districts or municipalities paired, when stated.",
            "status": "planned or signed.",
            "year": "Year, when known.",
            "month": "Month, when known.",
            "day": "Day, when known.",
            "date_earliest": "Earliest day the known parts allow.",
            "date_latest": "Latest day the known parts allow.",
            "date_basis": "stated, inferred or unknown.",
            "source_id": "Id of the source.",
            "source_file": "Article file the fact comes from.",
            "quote": "Verbatim words of the source supporting the fact.",
        },
    ),
]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def upgrade() -> None:
    op.execute("CREATE SCHEMA reporting")
    op.execute(
        "COMMENT ON SCHEMA reporting IS 'Flat, documented views of coopdb for SQL and BI tools:"
        " one row per fact; these names are a stable interface.'"
    )
    for name, comment, query, columns in VIEWS:
        op.execute(f"CREATE VIEW reporting.{name} AS {query}")
        op.execute(f"COMMENT ON VIEW reporting.{name} IS {_literal(comment)}")
        for column, column_comment in columns.items():
            op.execute(f"COMMENT ON COLUMN reporting.{name}.{column} IS {_literal(column_comment)}")


def downgrade() -> None:
    op.execute("DROP SCHEMA reporting CASCADE")
