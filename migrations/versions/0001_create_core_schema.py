"""Create the core schema: reference entities, sources and facts with provenance.

Also installs a trigger on every fact table that proves, inside the database, that a fact's
quote is exactly the text at its offsets in its source.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FACT_TABLES = (
    "official_mentions",
    "enterprise_mentions",
    "meetings",
    "meeting_participants",
    "proposals",
    "trade_figures",
    "trade_goods",
    "twinning_agreements",
)

CHECK_QUOTE = """
CREATE FUNCTION core.check_quote() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM core.sources AS s
        WHERE s.id = NEW.source_id
          AND substr(s.body, NEW.quote_start + 1, NEW.quote_end - NEW.quote_start) = NEW.quote
    ) THEN
        RAISE EXCEPTION 'core.%: quote is not the text at offsets %..% of source %',
            TG_TABLE_NAME, NEW.quote_start, NEW.quote_end, NEW.source_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS core")
    op.execute(
        "COMMENT ON SCHEMA core IS 'Normalized tables of coopdb; analysts should prefer the"
        " reporting schema, whose names are stable.'"
    )
    op.create_table(
        "officials",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, e.g. 'roman-starovoit'."
        ),
        sa.Column("name", sa.Text(), nullable=False, comment="Preferred spelling of the name."),
        sa.Column(
            "country",
            sa.String(length=2),
            nullable=False,
            comment="ISO 3166-1 alpha-2 country served.",
        ),
        sa.CheckConstraint("country ~ '^[A-Z]{2}$'", name=op.f("ck_officials_country_code")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officials")),
        sa.UniqueConstraint("key", name=op.f("uq_officials_key")),
        schema="core",
        comment="Persons named in the articles, one row per person whatever the spelling.",
    )
    op.create_table(
        "regions",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("key", sa.Text(), nullable=False, comment="Curated slug, e.g. 'kursk-oblast'."),
        sa.Column("name", sa.Text(), nullable=False, comment="Preferred English name."),
        sa.Column(
            "kind",
            sa.Text(),
            nullable=False,
            comment="country, federal_city, oblast, district or city.",
        ),
        sa.Column(
            "country",
            sa.String(length=2),
            nullable=False,
            comment="ISO 3166-1 alpha-2 country it belongs to.",
        ),
        sa.Column(
            "parent_id",
            sa.BigInteger(),
            nullable=True,
            comment="Enclosing region, e.g. the country of an oblast.",
        ),
        sa.Column(
            "iso_code",
            sa.Text(),
            nullable=True,
            comment="ISO 3166-1 or 3166-2 code where one exists, e.g. RU-KRS.",
        ),
        sa.CheckConstraint("country ~ '^[A-Z]{2}$'", name=op.f("ck_regions_country_code")),
        sa.CheckConstraint(
            "iso_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'", name=op.f("ck_regions_iso_code_format")
        ),
        sa.CheckConstraint(
            "kind IN ('country', 'federal_city', 'oblast', 'district', 'city')",
            name=op.f("ck_regions_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["core.regions.id"],
            name=op.f("fk_regions_parent_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regions")),
        sa.UniqueConstraint("iso_code", name=op.f("uq_regions_iso_code")),
        sa.UniqueConstraint("key", name=op.f("uq_regions_key")),
        schema="core",
        comment="Countries, oblasts, districts and cities named in the articles.",
    )
    op.create_index(
        op.f("ix_regions_parent_id"), "regions", ["parent_id"], unique=False, schema="core"
    )
    op.create_table(
        "sectors",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, e.g. 'machine-building'."
        ),
        sa.Column("name", sa.Text(), nullable=False, comment="Readable name."),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sectors")),
        sa.UniqueConstraint("key", name=op.f("uq_sectors_key")),
        schema="core",
        comment="Economic sectors used to group enterprises and proposals.",
    )
    op.create_table(
        "sources",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("key", sa.Text(), nullable=False, comment="File name without extension."),
        sa.Column(
            "file_name", sa.Text(), nullable=False, comment="Name of the article file in seeds/."
        ),
        sa.Column(
            "title",
            sa.Text(),
            nullable=True,
            comment="Headline as printed; NULL when the text has none.",
        ),
        sa.Column(
            "publisher",
            sa.Text(),
            nullable=True,
            comment="Publisher, only when the text names it (e.g. BelTA).",
        ),
        sa.Column(
            "dateline", sa.Text(), nullable=True, comment="Place of the dateline, e.g. MOSCOW."
        ),
        sa.Column(
            "sha256", sa.Text(), nullable=False, comment="SHA-256 of the article file's bytes."
        ),
        sa.Column(
            "facts_sha256",
            sa.Text(),
            nullable=False,
            comment="Hash of the resolved curated facts; an unchanged source is skipped.",
        ),
        sa.Column("body", sa.Text(), nullable=False, comment="The full article text, unchanged."),
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')",
                persisted=True,
            ),
            nullable=False,
            comment="English full-text index of title and body (generated).",
        ),
        sa.Column(
            "date_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Year, when known (stated or inferred; see date_basis).",
        ),
        sa.Column(
            "date_month", sa.SmallInteger(), nullable=True, comment="Month 1-12, when known."
        ),
        sa.Column(
            "date_day", sa.SmallInteger(), nullable=True, comment="Day of month, when known."
        ),
        sa.Column(
            "date",
            sa.Date(),
            nullable=True,
            comment="The full date, only when year, month and day are all known.",
        ),
        sa.Column(
            "date_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts allow ('2017' gives 2017-01-01).",
        ),
        sa.Column(
            "date_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts allow ('2017' gives 2017-12-31).",
        ),
        sa.Column(
            "date_basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        ),
        sa.Column(
            "date_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred date was inferred; what the text says otherwise.",
        ),
        sa.CheckConstraint(
            "date_basis <> 'inferred' OR date_note IS NOT NULL",
            name=op.f("ck_sources_date_inferred_note"),
        ),
        sa.CheckConstraint(
            "date_basis <> 'unknown' OR (date_year IS NULL AND date_month IS NULL AND date_day IS NULL)",
            name=op.f("ck_sources_date_unknown_empty"),
        ),
        sa.CheckConstraint(
            "date_basis IN ('stated', 'inferred', 'unknown')", name=op.f("ck_sources_date_basis")
        ),
        sa.CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name=op.f("ck_sources_sha256_hex")),
        sa.CheckConstraint(
            "(date IS NOT NULL) = (date_year IS NOT NULL AND date_month IS NOT NULL AND date_day IS NOT NULL)",
            name=op.f("ck_sources_date_complete"),
        ),
        sa.CheckConstraint("date_day BETWEEN 1 AND 31", name=op.f("ck_sources_date_day_range")),
        sa.CheckConstraint(
            "date_day IS NULL OR date_month IS NOT NULL", name=op.f("ck_sources_date_day_month")
        ),
        sa.CheckConstraint("date_earliest <= date_latest", name=op.f("ck_sources_date_interval")),
        sa.CheckConstraint("date_month BETWEEN 1 AND 12", name=op.f("ck_sources_date_month_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("file_name", name=op.f("uq_sources_file_name")),
        sa.UniqueConstraint("key", name=op.f("uq_sources_key")),
        schema="core",
        comment="Articles: full text, publication date (possibly partial) and fingerprint.",
    )
    op.create_index(
        "ix_sources_search",
        "sources",
        ["search_vector"],
        unique=False,
        schema="core",
        postgresql_using="gin",
    )
    op.create_table(
        "enterprises",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("key", sa.Text(), nullable=False, comment="Curated slug, e.g. 'maz'."),
        sa.Column("name", sa.Text(), nullable=False, comment="Preferred name."),
        sa.Column("kind", sa.Text(), nullable=False, comment="company, state_body or other."),
        sa.Column(
            "country",
            sa.String(length=2),
            nullable=False,
            comment="ISO 3166-1 alpha-2 country of registration.",
        ),
        sa.Column("region_id", sa.BigInteger(), nullable=True, comment="Home region, where known."),
        sa.Column("sector_id", sa.BigInteger(), nullable=True, comment="Main sector, where known."),
        sa.CheckConstraint("country ~ '^[A-Z]{2}$'", name=op.f("ck_enterprises_country_code")),
        sa.CheckConstraint(
            "kind IN ('company', 'state_body', 'other')", name=op.f("ck_enterprises_kind")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_enterprises_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["core.sectors.id"],
            name=op.f("fk_enterprises_sector_id_sectors"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprises")),
        sa.UniqueConstraint("key", name=op.f("uq_enterprises_key")),
        schema="core",
        comment="Companies and other organisations named (MAZ, MTZ, BelAZ, Amkodor ...).",
    )
    op.create_index(
        op.f("ix_enterprises_region_id"), "enterprises", ["region_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_enterprises_sector_id"), "enterprises", ["sector_id"], unique=False, schema="core"
    )
    op.create_table(
        "meetings",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, unique within its source."
        ),
        sa.Column(
            "place",
            sa.Text(),
            nullable=True,
            comment="Where, as the text says; NULL when not stated.",
        ),
        sa.Column(
            "date_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Year, when known (stated or inferred; see date_basis).",
        ),
        sa.Column(
            "date_month", sa.SmallInteger(), nullable=True, comment="Month 1-12, when known."
        ),
        sa.Column(
            "date_day", sa.SmallInteger(), nullable=True, comment="Day of month, when known."
        ),
        sa.Column(
            "date",
            sa.Date(),
            nullable=True,
            comment="The full date, only when year, month and day are all known.",
        ),
        sa.Column(
            "date_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts allow ('2017' gives 2017-01-01).",
        ),
        sa.Column(
            "date_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts allow ('2017' gives 2017-12-31).",
        ),
        sa.Column(
            "date_basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        ),
        sa.Column(
            "date_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred date was inferred; what the text says otherwise.",
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "date_basis <> 'inferred' OR date_note IS NOT NULL",
            name=op.f("ck_meetings_date_inferred_note"),
        ),
        sa.CheckConstraint(
            "date_basis <> 'unknown' OR (date_year IS NULL AND date_month IS NULL AND date_day IS NULL)",
            name=op.f("ck_meetings_date_unknown_empty"),
        ),
        sa.CheckConstraint(
            "date_basis IN ('stated', 'inferred', 'unknown')", name=op.f("ck_meetings_date_basis")
        ),
        sa.CheckConstraint(
            "(date IS NOT NULL) = (date_year IS NOT NULL AND date_month IS NOT NULL AND date_day IS NOT NULL)",
            name=op.f("ck_meetings_date_complete"),
        ),
        sa.CheckConstraint("date_day BETWEEN 1 AND 31", name=op.f("ck_meetings_date_day_range")),
        sa.CheckConstraint(
            "date_day IS NULL OR date_month IS NOT NULL", name=op.f("ck_meetings_date_day_month")
        ),
        sa.CheckConstraint("date_earliest <= date_latest", name=op.f("ck_meetings_date_interval")),
        sa.CheckConstraint(
            "date_month BETWEEN 1 AND 12", name=op.f("ck_meetings_date_month_range")
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_meetings_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_meetings_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_meetings_source_id_key")),
        schema="core",
        comment="Who met whom, when and where, from which source.",
    )
    op.create_index(
        "ix_meetings_date_earliest", "meetings", ["date_earliest"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_meetings_source_id"), "meetings", ["source_id"], unique=False, schema="core"
    )
    op.create_table(
        "official_names",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key.",
        ),
        sa.Column("official_id", sa.BigInteger(), nullable=False, comment="The person."),
        sa.Column("name", sa.Text(), nullable=False, comment="One spelling of the name."),
        sa.Column(
            "is_preferred",
            sa.Boolean(),
            nullable=False,
            comment="True for the spelling in officials.name.",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["core.officials.id"],
            name=op.f("fk_official_names_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_names")),
        sa.UniqueConstraint("official_id", "name", name=op.f("uq_official_names_official_id_name")),
        schema="core",
        comment="Spellings of officials' names (Starovoit and Starovoyt are one person).",
    )
    op.create_index(
        op.f("ix_official_names_official_id"),
        "official_names",
        ["official_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "posts",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, e.g. 'governor-kursk-oblast'."
        ),
        sa.Column("title", sa.Text(), nullable=False, comment="The office's title."),
        sa.Column("body", sa.Text(), nullable=True, comment="The body the office belongs to."),
        sa.Column(
            "region_id",
            sa.BigInteger(),
            nullable=False,
            comment="Jurisdiction: a country or a region.",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_posts_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.UniqueConstraint("key", name=op.f("uq_posts_key")),
        schema="core",
        comment="Public offices, e.g. 'Governor of Kursk Oblast'; held through holdings.",
    )
    op.create_index(op.f("ix_posts_region_id"), "posts", ["region_id"], unique=False, schema="core")
    op.create_table(
        "region_names",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key.",
        ),
        sa.Column("region_id", sa.BigInteger(), nullable=False, comment="The region so named."),
        sa.Column(
            "name", sa.Text(), nullable=False, comment="The other name, e.g. 'Курская область'."
        ),
        sa.Column(
            "lang",
            sa.String(length=2),
            nullable=False,
            comment="ISO 639-1 language of the name: 'ru' for Cyrillic, else 'en'.",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_region_names_region_id_regions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_names")),
        sa.UniqueConstraint("region_id", "name", name=op.f("uq_region_names_region_id_name")),
        schema="core",
        comment="Other names of regions (Russian names included), used to find them.",
    )
    op.create_index(
        op.f("ix_region_names_region_id"),
        "region_names",
        ["region_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "trade_figures",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, unique within its source."
        ),
        sa.Column(
            "region_id", sa.BigInteger(), nullable=False, comment="The Russian region traded with."
        ),
        sa.Column(
            "partner_country",
            sa.String(length=2),
            server_default="BY",
            nullable=False,
            comment="The other party's country (ISO 3166-1 alpha-2).",
        ),
        sa.Column(
            "flow",
            sa.Text(),
            nullable=False,
            comment="turnover, exports (from Belarus) or imports (into Belarus).",
        ),
        sa.Column(
            "period_label",
            sa.Text(),
            nullable=True,
            comment="The period as stated, e.g. 'January-September 2017'; NULL if not stated.",
        ),
        sa.Column("period_start", sa.Date(), nullable=True, comment="First day, when known."),
        sa.Column("period_end", sa.Date(), nullable=True, comment="Last day, when known."),
        sa.Column(
            "value_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound in currency units (= value_high for a point value; NULL for 'up to').",
        ),
        sa.Column(
            "value_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound in currency units (NULL for 'over X').",
        ),
        sa.Column(
            "currency", sa.String(length=3), nullable=False, comment="ISO 4217 code, e.g. USD."
        ),
        sa.Column(
            "value_qualifier",
            sa.Text(),
            nullable=False,
            comment="exact, approximately, over, up_to or range.",
        ),
        sa.Column("value_text", sa.Text(), nullable=False, comment="The value exactly as written."),
        sa.Column(
            "change_pct",
            sa.Numeric(precision=7, scale=2),
            nullable=True,
            comment="Stated change in percent against compared_*, e.g. 40.5.",
        ),
        sa.Column(
            "compared_label",
            sa.Text(),
            nullable=True,
            comment="The comparison period as stated, e.g. 'the same period of 2016'.",
        ),
        sa.Column(
            "compared_start",
            sa.Date(),
            nullable=True,
            comment="First day of the comparison period, when known.",
        ),
        sa.Column(
            "compared_end",
            sa.Date(),
            nullable=True,
            comment="Last day of the comparison period, when known.",
        ),
        sa.Column("note", sa.Text(), nullable=True, comment="Curator's note on the figure."),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "flow IN ('turnover', 'exports', 'imports')", name=op.f("ck_trade_figures_flow")
        ),
        sa.CheckConstraint(
            "value_qualifier IN ('exact', 'approximately', 'over', 'up_to', 'range')",
            name=op.f("ck_trade_figures_value_qualifier"),
        ),
        sa.CheckConstraint(
            "compared_start <= compared_end", name=op.f("ck_trade_figures_compared_order")
        ),
        sa.CheckConstraint(
            "period_start <= period_end", name=op.f("ck_trade_figures_period_order")
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_trade_figures_quote_offsets"),
        ),
        sa.CheckConstraint("value_low <= value_high", name=op.f("ck_trade_figures_value_bounds")),
        sa.CheckConstraint(
            "value_low IS NOT NULL OR value_high IS NOT NULL",
            name=op.f("ck_trade_figures_value_present"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_trade_figures_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_trade_figures_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_figures")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_trade_figures_source_id_key")),
        schema="core",
        comment="Trade turnover, exports or imports between Belarus and a region.",
    )
    op.create_index(
        op.f("ix_trade_figures_region_id"),
        "trade_figures",
        ["region_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_trade_figures_source_id"),
        "trade_figures",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "trade_goods",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "region_id", sa.BigInteger(), nullable=False, comment="The Russian region traded with."
        ),
        sa.Column(
            "direction",
            sa.Text(),
            nullable=False,
            comment="exports (from Belarus to the region) or imports (into Belarus).",
        ),
        sa.Column("goods", sa.Text(), nullable=False, comment="The goods, as named in the quote."),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "direction IN ('exports', 'imports')", name=op.f("ck_trade_goods_direction")
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_trade_goods_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_trade_goods_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_trade_goods_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_goods")),
        sa.UniqueConstraint(
            "source_id",
            "region_id",
            "direction",
            "goods",
            name=op.f("uq_trade_goods_source_id_region_id_direction_goods"),
        ),
        schema="core",
        comment="Goods named as traded between Belarus and a region, by direction.",
    )
    op.create_index(
        op.f("ix_trade_goods_region_id"), "trade_goods", ["region_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_trade_goods_source_id"), "trade_goods", ["source_id"], unique=False, schema="core"
    )
    op.create_table(
        "twinning_agreements",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, unique within its source."
        ),
        sa.Column("status", sa.Text(), nullable=False, comment="planned or signed."),
        sa.Column(
            "units_count",
            sa.Integer(),
            nullable=True,
            comment="Number of districts or municipalities paired, when stated.",
        ),
        sa.Column(
            "date_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Year, when known (stated or inferred; see date_basis).",
        ),
        sa.Column(
            "date_month", sa.SmallInteger(), nullable=True, comment="Month 1-12, when known."
        ),
        sa.Column(
            "date_day", sa.SmallInteger(), nullable=True, comment="Day of month, when known."
        ),
        sa.Column(
            "date",
            sa.Date(),
            nullable=True,
            comment="The full date, only when year, month and day are all known.",
        ),
        sa.Column(
            "date_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts allow ('2017' gives 2017-01-01).",
        ),
        sa.Column(
            "date_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts allow ('2017' gives 2017-12-31).",
        ),
        sa.Column(
            "date_basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        ),
        sa.Column(
            "date_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred date was inferred; what the text says otherwise.",
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "date_basis <> 'inferred' OR date_note IS NOT NULL",
            name=op.f("ck_twinning_agreements_date_inferred_note"),
        ),
        sa.CheckConstraint(
            "date_basis <> 'unknown' OR (date_year IS NULL AND date_month IS NULL AND date_day IS NULL)",
            name=op.f("ck_twinning_agreements_date_unknown_empty"),
        ),
        sa.CheckConstraint(
            "date_basis IN ('stated', 'inferred', 'unknown')",
            name=op.f("ck_twinning_agreements_date_basis"),
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'signed')", name=op.f("ck_twinning_agreements_status")
        ),
        sa.CheckConstraint(
            "(date IS NOT NULL) = (date_year IS NOT NULL AND date_month IS NOT NULL AND date_day IS NOT NULL)",
            name=op.f("ck_twinning_agreements_date_complete"),
        ),
        sa.CheckConstraint(
            "date_day BETWEEN 1 AND 31", name=op.f("ck_twinning_agreements_date_day_range")
        ),
        sa.CheckConstraint(
            "date_day IS NULL OR date_month IS NOT NULL",
            name=op.f("ck_twinning_agreements_date_day_month"),
        ),
        sa.CheckConstraint(
            "date_earliest <= date_latest", name=op.f("ck_twinning_agreements_date_interval")
        ),
        sa.CheckConstraint(
            "date_month BETWEEN 1 AND 12", name=op.f("ck_twinning_agreements_date_month_range")
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_twinning_agreements_quote_offsets"),
        ),
        sa.CheckConstraint(
            "units_count > 0", name=op.f("ck_twinning_agreements_units_count_positive")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_twinning_agreements_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_twinning_agreements")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_twinning_agreements_source_id_key")),
        schema="core",
        comment="Twinning agreements between districts or cities: how many, status, date.",
    )
    op.create_index(
        op.f("ix_twinning_agreements_source_id"),
        "twinning_agreements",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "enterprise_mentions",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "enterprise_id", sa.BigInteger(), nullable=False, comment="The enterprise named."
        ),
        sa.Column(
            "region_id",
            sa.BigInteger(),
            nullable=True,
            comment="The Russian region the mention concerns.",
        ),
        sa.Column(
            "name_as_written", sa.Text(), nullable=False, comment="The alias found in the quote."
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_enterprise_mentions_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["core.enterprises.id"],
            name=op.f("fk_enterprise_mentions_enterprise_id_enterprises"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_enterprise_mentions_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_enterprise_mentions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise_mentions")),
        sa.UniqueConstraint(
            "source_id",
            "enterprise_id",
            "quote_start",
            name=op.f("uq_enterprise_mentions_source_id_enterprise_id_quote_start"),
        ),
        schema="core",
        comment="Where an enterprise is named, and for which Russian region.",
    )
    op.create_index(
        op.f("ix_enterprise_mentions_enterprise_id"),
        "enterprise_mentions",
        ["enterprise_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_enterprise_mentions_region_id"),
        "enterprise_mentions",
        ["region_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_enterprise_mentions_source_id"),
        "enterprise_mentions",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "enterprise_names",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key.",
        ),
        sa.Column("enterprise_id", sa.BigInteger(), nullable=False, comment="The enterprise."),
        sa.Column("name", sa.Text(), nullable=False, comment="One name or alias."),
        sa.Column(
            "is_preferred",
            sa.Boolean(),
            nullable=False,
            comment="True for the name in enterprises.name.",
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["core.enterprises.id"],
            name=op.f("fk_enterprise_names_enterprise_id_enterprises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise_names")),
        sa.UniqueConstraint(
            "enterprise_id", "name", name=op.f("uq_enterprise_names_enterprise_id_name")
        ),
        schema="core",
        comment="Aliases of enterprises, used to find them and to check quotes.",
    )
    op.create_index(
        op.f("ix_enterprise_names_enterprise_id"),
        "enterprise_names",
        ["enterprise_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "holdings",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("official_id", sa.BigInteger(), nullable=False, comment="The holder."),
        sa.Column("post_id", sa.BigInteger(), nullable=False, comment="The post held."),
        sa.Column(
            "term",
            sa.SmallInteger(),
            server_default="1",
            nullable=False,
            comment="1 for the first tenure of this post, 2 ...",
        ),
        sa.Column("start_year", sa.SmallInteger(), nullable=True, comment="Year the tenure began."),
        sa.Column("start_month", sa.SmallInteger(), nullable=True, comment="Month it began."),
        sa.Column("start_day", sa.SmallInteger(), nullable=True, comment="Day it began."),
        sa.Column(
            "start_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the tenure can have begun; NULL when unknown.",
        ),
        sa.Column(
            "start_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the tenure can have begun; NULL when unknown.",
        ),
        sa.Column(
            "start_basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="stated, inferred or unknown.",
        ),
        sa.Column("end_year", sa.SmallInteger(), nullable=True, comment="Year the tenure ended."),
        sa.Column("end_month", sa.SmallInteger(), nullable=True, comment="Month it ended."),
        sa.Column("end_day", sa.SmallInteger(), nullable=True, comment="Day it ended."),
        sa.Column(
            "end_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the tenure can have ended; NULL when unknown or ongoing.",
        ),
        sa.Column(
            "end_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the tenure can have ended; NULL when unknown or ongoing.",
        ),
        sa.Column(
            "end_basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="stated, inferred or unknown.",
        ),
        sa.CheckConstraint(
            "end_basis IN ('stated', 'inferred', 'unknown')", name=op.f("ck_holdings_end_basis")
        ),
        sa.CheckConstraint(
            "start_basis IN ('stated', 'inferred', 'unknown')", name=op.f("ck_holdings_start_basis")
        ),
        sa.CheckConstraint("end_month BETWEEN 1 AND 12", name=op.f("ck_holdings_end_month_range")),
        sa.CheckConstraint("start_earliest <= end_latest", name=op.f("ck_holdings_span_order")),
        sa.CheckConstraint(
            "start_month BETWEEN 1 AND 12", name=op.f("ck_holdings_start_month_range")
        ),
        sa.CheckConstraint("term >= 1", name=op.f("ck_holdings_term_positive")),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["core.officials.id"],
            name=op.f("fk_holdings_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["core.posts.id"],
            name=op.f("fk_holdings_post_id_posts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holdings")),
        sa.UniqueConstraint(
            "official_id", "post_id", "term", name=op.f("uq_holdings_official_id_post_id_term")
        ),
        schema="core",
        comment="Who held which post, and from when to when where the sources say so.",
    )
    op.create_index(
        op.f("ix_holdings_official_id"), "holdings", ["official_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_holdings_post_id"), "holdings", ["post_id"], unique=False, schema="core"
    )
    op.create_table(
        "meeting_participants",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("meeting_id", sa.BigInteger(), nullable=False, comment="The meeting."),
        sa.Column("official_id", sa.BigInteger(), nullable=False, comment="The participant."),
        sa.Column(
            "post_id", sa.BigInteger(), nullable=True, comment="The post they held at the meeting."
        ),
        sa.Column(
            "side", sa.Text(), nullable=False, comment="BY (Belarusian) or RU (Russian) side."
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint("side IN ('BY', 'RU')", name=op.f("ck_meeting_participants_side")),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_meeting_participants_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["core.officials.id"],
            name=op.f("fk_meeting_participants_official_id_officials"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["core.posts.id"],
            name=op.f("fk_meeting_participants_post_id_posts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_meeting_participants_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
        sa.UniqueConstraint(
            "meeting_id", "official_id", name=op.f("uq_meeting_participants_meeting_id_official_id")
        ),
        schema="core",
        comment="Participants of meetings with their side and the post they held then.",
    )
    op.create_index(
        op.f("ix_meeting_participants_meeting_id"),
        "meeting_participants",
        ["meeting_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_meeting_participants_official_id"),
        "meeting_participants",
        ["official_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_meeting_participants_post_id"),
        "meeting_participants",
        ["post_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_meeting_participants_source_id"),
        "meeting_participants",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "meeting_regions",
        sa.Column("meeting_id", sa.BigInteger(), nullable=False, comment="The meeting."),
        sa.Column("region_id", sa.BigInteger(), nullable=False, comment="A region it concerned."),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_meeting_regions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_meeting_regions_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "region_id", name=op.f("pk_meeting_regions")),
        schema="core",
        comment="Regions each meeting concerned.",
    )
    op.create_index(
        op.f("ix_meeting_regions_region_id"),
        "meeting_regions",
        ["region_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "official_mentions",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("official_id", sa.BigInteger(), nullable=False, comment="The person named."),
        sa.Column(
            "post_id",
            sa.BigInteger(),
            nullable=True,
            comment="The post the text gives them; NULL if none.",
        ),
        sa.Column(
            "name_as_written", sa.Text(), nullable=False, comment="The spelling found in the quote."
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_official_mentions_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["core.officials.id"],
            name=op.f("fk_official_mentions_official_id_officials"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["core.posts.id"],
            name=op.f("fk_official_mentions_post_id_posts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_official_mentions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_mentions")),
        sa.UniqueConstraint(
            "source_id",
            "official_id",
            "quote_start",
            name=op.f("uq_official_mentions_source_id_official_id_quote_start"),
        ),
        schema="core",
        comment="Where a person is named, with the post the text gives them.",
    )
    op.create_index(
        op.f("ix_official_mentions_official_id"),
        "official_mentions",
        ["official_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_official_mentions_post_id"),
        "official_mentions",
        ["post_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_official_mentions_source_id"),
        "official_mentions",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "proposals",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key", sa.Text(), nullable=False, comment="Curated slug, unique within its source."
        ),
        sa.Column("title", sa.Text(), nullable=False, comment="Curator's one-line summary."),
        sa.Column("sector_id", sa.BigInteger(), nullable=False, comment="Sector."),
        sa.Column(
            "status",
            sa.Text(),
            nullable=False,
            comment="proposed, under_discussion, planned, agreed, ongoing (already under way) or completed.",
        ),
        sa.Column(
            "region_id",
            sa.BigInteger(),
            nullable=True,
            comment="The Russian region concerned; NULL for Belarus-Russia as a whole.",
        ),
        sa.Column("meeting_id", sa.BigInteger(), nullable=True, comment="Meeting it was made at."),
        sa.Column(
            "proposed_by_official_id",
            sa.BigInteger(),
            nullable=True,
            comment="Person who made it, when one person did.",
        ),
        sa.Column(
            "proposed_by_side",
            sa.Text(),
            nullable=True,
            comment="BY, RU or both; NULL when the text does not say.",
        ),
        sa.Column(
            "amount_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound in currency units (= amount_high for a point value).",
        ),
        sa.Column(
            "amount_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound in currency units (NULL for 'over X').",
        ),
        sa.Column(
            "currency", sa.String(length=3), nullable=True, comment="ISO 4217 code, e.g. USD."
        ),
        sa.Column(
            "amount_qualifier",
            sa.Text(),
            nullable=True,
            comment="How the text qualified it: exact, approximately, over, up_to, range.",
        ),
        sa.Column(
            "amount_text",
            sa.Text(),
            nullable=True,
            comment="The amount exactly as written in the quote, e.g. 'about $1.5 billion'.",
        ),
        sa.Column(
            "source_id",
            sa.BigInteger(),
            nullable=False,
            comment="The article this fact was read from.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=False,
            comment="Verbatim words of the source that support this fact.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character in sources.body (0-based, in characters).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character: body[quote_start:quote_end] = quote.",
        ),
        sa.CheckConstraint(
            "amount_qualifier IN ('exact', 'approximately', 'over', 'up_to', 'range')",
            name=op.f("ck_proposals_amount_qualifier"),
        ),
        sa.CheckConstraint(
            "proposed_by_side IN ('BY', 'RU', 'both')", name=op.f("ck_proposals_proposed_by_side")
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'under_discussion', 'planned', 'agreed', 'ongoing', 'completed')",
            name=op.f("ck_proposals_status"),
        ),
        sa.CheckConstraint(
            "(amount_text IS NULL) = (amount_low IS NULL AND amount_high IS NULL)",
            name=op.f("ck_proposals_amount_text"),
        ),
        sa.CheckConstraint("amount_low <= amount_high", name=op.f("ck_proposals_amount_bounds")),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_proposals_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_proposals_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_official_id"],
            ["core.officials.id"],
            name=op.f("fk_proposals_proposed_by_official_id_officials"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_proposals_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["core.sectors.id"],
            name=op.f("fk_proposals_sector_id_sectors"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_proposals_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_proposals_source_id_key")),
        schema="core",
        comment="Proposals, plans, agreements and running projects, with money if stated.",
    )
    op.create_index(
        op.f("ix_proposals_meeting_id"), "proposals", ["meeting_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_proposals_proposed_by_official_id"),
        "proposals",
        ["proposed_by_official_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_proposals_region_id"), "proposals", ["region_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_proposals_sector_id"), "proposals", ["sector_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_proposals_source_id"), "proposals", ["source_id"], unique=False, schema="core"
    )
    op.create_table(
        "twinning_regions",
        sa.Column("twinning_id", sa.BigInteger(), nullable=False, comment="The agreement."),
        sa.Column("region_id", sa.BigInteger(), nullable=False, comment="A region on one side."),
        sa.Column("side", sa.Text(), nullable=False, comment="BY or RU."),
        sa.CheckConstraint("side IN ('BY', 'RU')", name=op.f("ck_twinning_regions_side")),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_twinning_regions_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["twinning_id"],
            ["core.twinning_agreements.id"],
            name=op.f("fk_twinning_regions_twinning_id_twinning_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("twinning_id", "region_id", name=op.f("pk_twinning_regions")),
        schema="core",
        comment="Regions on each side of a twinning agreement.",
    )
    op.create_index(
        op.f("ix_twinning_regions_region_id"),
        "twinning_regions",
        ["region_id"],
        unique=False,
        schema="core",
    )
    op.create_table(
        "proposal_enterprises",
        sa.Column("proposal_id", sa.BigInteger(), nullable=False, comment="The proposal."),
        sa.Column(
            "enterprise_id", sa.BigInteger(), nullable=False, comment="An enterprise involved."
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["core.enterprises.id"],
            name=op.f("fk_proposal_enterprises_enterprise_id_enterprises"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["core.proposals.id"],
            name=op.f("fk_proposal_enterprises_proposal_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "proposal_id", "enterprise_id", name=op.f("pk_proposal_enterprises")
        ),
        schema="core",
        comment="Enterprises involved in each proposal.",
    )
    op.create_index(
        op.f("ix_proposal_enterprises_enterprise_id"),
        "proposal_enterprises",
        ["enterprise_id"],
        unique=False,
        schema="core",
    )
    op.execute(CHECK_QUOTE)
    op.execute(
        "COMMENT ON FUNCTION core.check_quote() IS 'Refuses a fact whose quote is not the text"
        " at its offsets in its source.'"
    )
    for table in FACT_TABLES:
        op.execute(
            f"CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF"
            f" source_id, quote, quote_start, quote_end ON core.{table}"
            f" FOR EACH ROW EXECUTE FUNCTION core.check_quote()"
        )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_proposal_enterprises_enterprise_id"),
        table_name="proposal_enterprises",
        schema="core",
    )
    op.drop_table("proposal_enterprises", schema="core")
    op.drop_index(
        op.f("ix_twinning_regions_region_id"), table_name="twinning_regions", schema="core"
    )
    op.drop_table("twinning_regions", schema="core")
    op.drop_index(op.f("ix_proposals_source_id"), table_name="proposals", schema="core")
    op.drop_index(op.f("ix_proposals_sector_id"), table_name="proposals", schema="core")
    op.drop_index(op.f("ix_proposals_region_id"), table_name="proposals", schema="core")
    op.drop_index(
        op.f("ix_proposals_proposed_by_official_id"), table_name="proposals", schema="core"
    )
    op.drop_index(op.f("ix_proposals_meeting_id"), table_name="proposals", schema="core")
    op.drop_table("proposals", schema="core")
    op.drop_index(
        op.f("ix_official_mentions_source_id"), table_name="official_mentions", schema="core"
    )
    op.drop_index(
        op.f("ix_official_mentions_post_id"), table_name="official_mentions", schema="core"
    )
    op.drop_index(
        op.f("ix_official_mentions_official_id"), table_name="official_mentions", schema="core"
    )
    op.drop_table("official_mentions", schema="core")
    op.drop_index(op.f("ix_meeting_regions_region_id"), table_name="meeting_regions", schema="core")
    op.drop_table("meeting_regions", schema="core")
    op.drop_index(
        op.f("ix_meeting_participants_source_id"), table_name="meeting_participants", schema="core"
    )
    op.drop_index(
        op.f("ix_meeting_participants_post_id"), table_name="meeting_participants", schema="core"
    )
    op.drop_index(
        op.f("ix_meeting_participants_official_id"),
        table_name="meeting_participants",
        schema="core",
    )
    op.drop_index(
        op.f("ix_meeting_participants_meeting_id"), table_name="meeting_participants", schema="core"
    )
    op.drop_table("meeting_participants", schema="core")
    op.drop_index(op.f("ix_holdings_post_id"), table_name="holdings", schema="core")
    op.drop_index(op.f("ix_holdings_official_id"), table_name="holdings", schema="core")
    op.drop_table("holdings", schema="core")
    op.drop_index(
        op.f("ix_enterprise_names_enterprise_id"), table_name="enterprise_names", schema="core"
    )
    op.drop_table("enterprise_names", schema="core")
    op.drop_index(
        op.f("ix_enterprise_mentions_source_id"), table_name="enterprise_mentions", schema="core"
    )
    op.drop_index(
        op.f("ix_enterprise_mentions_region_id"), table_name="enterprise_mentions", schema="core"
    )
    op.drop_index(
        op.f("ix_enterprise_mentions_enterprise_id"),
        table_name="enterprise_mentions",
        schema="core",
    )
    op.drop_table("enterprise_mentions", schema="core")
    op.drop_index(
        op.f("ix_twinning_agreements_source_id"), table_name="twinning_agreements", schema="core"
    )
    op.drop_table("twinning_agreements", schema="core")
    op.drop_index(op.f("ix_trade_goods_source_id"), table_name="trade_goods", schema="core")
    op.drop_index(op.f("ix_trade_goods_region_id"), table_name="trade_goods", schema="core")
    op.drop_table("trade_goods", schema="core")
    op.drop_index(op.f("ix_trade_figures_source_id"), table_name="trade_figures", schema="core")
    op.drop_index(op.f("ix_trade_figures_region_id"), table_name="trade_figures", schema="core")
    op.drop_table("trade_figures", schema="core")
    op.drop_index(op.f("ix_region_names_region_id"), table_name="region_names", schema="core")
    op.drop_table("region_names", schema="core")
    op.drop_index(op.f("ix_posts_region_id"), table_name="posts", schema="core")
    op.drop_table("posts", schema="core")
    op.drop_index(op.f("ix_official_names_official_id"), table_name="official_names", schema="core")
    op.drop_table("official_names", schema="core")
    op.drop_index(op.f("ix_meetings_source_id"), table_name="meetings", schema="core")
    op.drop_index("ix_meetings_date_earliest", table_name="meetings", schema="core")
    op.drop_table("meetings", schema="core")
    op.drop_index(op.f("ix_enterprises_sector_id"), table_name="enterprises", schema="core")
    op.drop_index(op.f("ix_enterprises_region_id"), table_name="enterprises", schema="core")
    op.drop_table("enterprises", schema="core")
    op.drop_index("ix_sources_search", table_name="sources", schema="core", postgresql_using="gin")
    op.drop_table("sources", schema="core")
    op.drop_table("sectors", schema="core")
    op.drop_index(op.f("ix_regions_parent_id"), table_name="regions", schema="core")
    op.drop_table("regions", schema="core")
    op.drop_table("officials", schema="core")
    op.execute("DROP FUNCTION core.check_quote()")
    op.execute("DROP SCHEMA core")
