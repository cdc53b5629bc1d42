"""Core schema v2: the columns and tables of curation format v2, every row and id kept.

- A ``note`` on every fact table; ``note`` and ``citation`` (jsonb {url, publication, says})
  on regions, officials and enterprises; ``date_citation`` on every partial date.
- Qualified values keep their best value and their qualifier words (``*_best``,
  ``*_qualifier_words``); the qualifier classes gain ``nearly`` and ``under``; date bases gain
  ``external``; twinning status gains ``renewed``.
- trade_figures: figure ``status`` (default actual), qualified change (``change_*``), implied
  prior bounds, period and comparison kinds, months, bases and precisions, ``rank`` and
  ``same_as_id``, source errors. proposals: ``amount_status``, the proposal date
  (``proposed_*``), the ``timeframe_*``, source errors. holdings: ``acting``, notes and
  citations. twinning_agreements: ``level``, units per side, ``renews_id``, ``original_*``.
- New tables: source_dates (a dateline's or a page's own date), statements, quantities and
  attestations (FKs RESTRICT: an attested fact cannot be deleted silently), each with the
  quote trigger (source_dates only where it has a quote).
- Existing rows get what v1 meant: status actual, rank normal, no source error, not acting,
  amount_status amount where an amount exists; best values, qualifier words, change
  magnitudes and directions, period kinds, months and bases are computed from the stored
  columns. The downgrade maps the new vocabulary back to the old before restoring its checks.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("source_dates", "statements", "attestations", "quantities")
EXISTING_TABLES = (
    "enterprise_mentions",
    "enterprises",
    "holdings",
    "meeting_participants",
    "meetings",
    "official_mentions",
    "officials",
    "proposals",
    "regions",
    "sources",
    "trade_figures",
    "trade_goods",
    "twinning_agreements",
)
QUOTE_TRIGGER = (
    "CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF"
    " source_id, quote, quote_start, quote_end ON core.{table} FOR EACH ROW{when}"
    " EXECUTE FUNCTION core.check_quote()"
)

V1_BASES = "'stated', 'inferred', 'unknown'"
V2_BASES = "'stated', 'inferred', 'external', 'unknown'"
V1_QUALIFIERS = "'exact', 'approximately', 'over', 'up_to', 'range'"
V2_QUALIFIERS = "'exact', 'approximately', 'nearly', 'over', 'under', 'up_to', 'range'"
# (table, constraint, column, values at 0005, values at 0006): same name, wider vocabulary.
WIDENED = (
    ("sources", "date_basis", "date_basis", V1_BASES, V2_BASES),
    ("meetings", "date_basis", "date_basis", V1_BASES, V2_BASES),
    ("twinning_agreements", "date_basis", "date_basis", V1_BASES, V2_BASES),
    ("holdings", "start_basis", "start_basis", V1_BASES, V2_BASES),
    ("holdings", "end_basis", "end_basis", V1_BASES, V2_BASES),
    ("proposals", "amount_qualifier", "amount_qualifier", V1_QUALIFIERS, V2_QUALIFIERS),
    ("trade_figures", "value_qualifier", "value_qualifier", V1_QUALIFIERS, V2_QUALIFIERS),
    ("twinning_agreements", "status", "status", "'planned', 'signed'",
     "'planned', 'signed', 'renewed'"),
)  # fmt: skip

# The qualifier words of a stored amount: what precedes its first currency sign or digit.
WORDS = "NULLIF(substring({text} FROM '^([^$€£0-9]*[A-Za-z])\\s*[$€£0-9]'), '')"
BEST = (
    "CASE {q} WHEN 'range' THEN round(({low} + {high}) / 2, 2)"
    " WHEN 'up_to' THEN {high} ELSE coalesce({low}, {high}) END"
)
PERIOD = """
UPDATE core.trade_figures SET
    {p}_basis = CASE WHEN {p}_start IS NOT NULL OR {p}_end IS NOT NULL THEN 'stated'
                     WHEN {p}_label IS NOT NULL THEN 'unknown' END,
    {p}_kind = CASE
        WHEN {p}_start IS NULL OR {p}_end IS NULL THEN
            CASE WHEN {p}_label IS NOT NULL THEN 'unknown' END
        WHEN {p}_start = date_trunc('year', {p}_start)::date
         AND {p}_end = (date_trunc('year', {p}_start) + interval '1 year - 1 day')::date
            THEN 'calendar_year'
        WHEN extract(year FROM {p}_start) = extract(year FROM {p}_end) THEN 'part_year'
        ELSE 'multi_year' END,
    {p}_months = CASE
        WHEN {p}_start = date_trunc('month', {p}_start)::date
         AND {p}_end = (date_trunc('month', {p}_end) + interval '1 month - 1 day')::date
        THEN ((extract(year FROM {p}_end) - extract(year FROM {p}_start)) * 12
              + extract(month FROM {p}_end) - extract(month FROM {p}_start) + 1)::smallint
        END
"""


def upgrade() -> None:
    for table in NEW_TABLES:
        STEPS[table][0]()
        when = " WHEN (NEW.quote IS NOT NULL)" if table == "source_dates" else ""
        op.execute(QUOTE_TRIGGER.format(table=table, when=when))
    for table in EXISTING_TABLES:
        STEPS[table][0]()
    _widen(to_v2=True)
    _backfill()


def downgrade() -> None:
    _narrow_values()
    _widen(to_v2=False)
    for table in (*reversed(NEW_TABLES), *EXISTING_TABLES):
        STEPS[table][1]()


def _widen(*, to_v2: bool) -> None:
    """Recreate the CHECKs whose vocabulary grew, with the new (or, down, the old) values."""
    for table, name, column, old, new in WIDENED:
        op.drop_constraint(f"ck_{table}_{name}", table, schema="core", type_="check")
        values = new if to_v2 else old
        op.create_check_constraint(
            f"ck_{table}_{name}", table, f"{column} IN ({values})", schema="core"
        )


def _backfill() -> None:
    """What existing rows meant in v1, in the new columns, where SQL can derive it."""
    amount = {"text": "amount_text", "q": "amount_qualifier", "low": "amount_low",
              "high": "amount_high"}  # fmt: skip
    value = {"text": "value_text", "q": "value_qualifier", "low": "value_low",
             "high": "value_high"}  # fmt: skip
    op.execute(
        "UPDATE core.proposals SET amount_status = 'amount',"
        f" amount_best = {BEST.format(**amount)},"
        f" amount_qualifier_words = CASE WHEN amount_qualifier <> 'exact'"
        f" THEN {WORDS.format(**amount)} END"
        " WHERE amount_text IS NOT NULL"
    )
    op.execute(
        f"UPDATE core.trade_figures SET value_best = {BEST.format(**value)},"
        f" value_qualifier_words = CASE WHEN value_qualifier <> 'exact'"
        f" THEN {WORDS.format(**value)} END"
    )
    op.execute(
        "UPDATE core.trade_figures SET change_low_pct = abs(change_pct),"
        " change_high_pct = abs(change_pct), change_best_pct = abs(change_pct),"
        " change_qualifier = 'exact', change_direction = CASE WHEN change_pct > 0 THEN"
        " 'increase' WHEN change_pct < 0 THEN 'decrease' ELSE 'unchanged' END"
        " WHERE change_pct IS NOT NULL"
    )
    for prefix in ("period", "compared"):
        op.execute(PERIOD.format(p=prefix))


def _narrow_values() -> None:
    """Map values the old checks do not allow to what v1 stored for the same words."""
    for table, prefix in (("trade_figures", "value"), ("proposals", "amount")):
        op.execute(
            f"UPDATE core.{table} SET {prefix}_qualifier = 'approximately',"
            f" {prefix}_low = {prefix}_high WHERE {prefix}_qualifier = 'nearly'"
        )
        op.execute(
            f"UPDATE core.{table} SET {prefix}_qualifier = 'up_to'"
            f" WHERE {prefix}_qualifier = 'under'"
        )
    for table in ("sources", "meetings", "twinning_agreements"):
        op.execute(
            f"UPDATE core.{table} SET date_basis = 'inferred', date_note = coalesce(date_note,"
            " 'From an outside source: ' || coalesce(date_citation ->> 'says', 'not named'))"
            " WHERE date_basis = 'external'"
        )
    for end in ("start", "end"):
        op.execute(
            f"UPDATE core.holdings SET {end}_basis = 'inferred' WHERE {end}_basis = 'external'"
        )
    op.execute("UPDATE core.twinning_agreements SET status = 'signed' WHERE status = 'renewed'")


def _upgrade_source_dates() -> None:
    op.create_table(
        "source_dates",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("source_id", sa.BigInteger(), nullable=False, comment="The article."),
        sa.Column(
            "role",
            sa.Text(),
            nullable=False,
            comment="dateline (the dateline's own date) or page (the page's own date).",
        ),
        sa.Column("year", sa.SmallInteger(), nullable=True, comment="Year, when known."),
        sa.Column("month", sa.SmallInteger(), nullable=True, comment="Month 1-12, when known."),
        sa.Column("day", sa.SmallInteger(), nullable=True, comment="Day of month, when known."),
        sa.Column(
            "earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts allow; NULL without a year.",
        ),
        sa.Column(
            "latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts allow; NULL without a year.",
        ),
        sa.Column(
            "basis",
            sa.Text(),
            server_default="unknown",
            nullable=False,
            comment="How the date is known: stated, inferred (see note), external (see citation) or unknown.",
        ),
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred date was inferred; any other remark.",
        ),
        sa.Column(
            "citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external date: the outside source, a jsonb object {url, publication, says}.",
        ),
        sa.Column(
            "quote",
            sa.Text(),
            nullable=True,
            comment="Verbatim words of the article that give the date, if any.",
        ),
        sa.Column(
            "quote_start",
            sa.Integer(),
            nullable=True,
            comment="Offset of the quote's first character in sources.body (0-based).",
        ),
        sa.Column(
            "quote_end",
            sa.Integer(),
            nullable=True,
            comment="Offset just past the quote's last character.",
        ),
        sa.CheckConstraint(
            "basis <> 'external' OR citation IS NOT NULL",
            name=op.f("ck_source_dates_external_citation"),
        ),
        sa.CheckConstraint(
            "basis <> 'inferred' OR note IS NOT NULL", name=op.f("ck_source_dates_inferred_note")
        ),
        sa.CheckConstraint(
            "basis <> 'unknown' OR (year IS NULL AND month IS NULL AND day IS NULL)",
            name=op.f("ck_source_dates_unknown_empty"),
        ),
        sa.CheckConstraint(
            "basis IN ('stated', 'inferred', 'external', 'unknown')",
            name=op.f("ck_source_dates_basis"),
        ),
        sa.CheckConstraint(
            "jsonb_typeof(citation) = 'object'", name=op.f("ck_source_dates_citation_object")
        ),
        sa.CheckConstraint("role IN ('dateline', 'page')", name=op.f("ck_source_dates_role")),
        sa.CheckConstraint(
            "(quote IS NULL) = (quote_start IS NULL) AND (quote IS NULL) = (quote_end IS NULL)",
            name=op.f("ck_source_dates_quote_complete"),
        ),
        sa.CheckConstraint("day BETWEEN 1 AND 31", name=op.f("ck_source_dates_day_range")),
        sa.CheckConstraint(
            "day IS NULL OR month IS NOT NULL", name=op.f("ck_source_dates_day_month")
        ),
        sa.CheckConstraint("earliest <= latest", name=op.f("ck_source_dates_interval")),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_source_dates_month_range")),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_source_dates_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_source_dates_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_dates")),
        sa.UniqueConstraint("source_id", "role", name=op.f("uq_source_dates_source_id_role")),
        schema="core",
        comment="Dates an article carries besides its publication date (sources.date_*): its dateline's own date, or a page's own date (e.g. when it was captured).",
    )
    op.create_index(
        op.f("ix_source_dates_source_id"),
        "source_dates",
        ["source_id"],
        unique=False,
        schema="core",
    )


def _upgrade_statements() -> None:
    op.create_table(
        "statements",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key",
            sa.Text(),
            nullable=False,
            comment="Curated slug, unique across the seeds folder.",
        ),
        sa.Column(
            "kind", sa.Text(), nullable=False, comment="intention, assessment, commitment or claim."
        ),
        sa.Column(
            "speaker_official_id",
            sa.BigInteger(),
            nullable=True,
            comment="Who said it, when the text names one person.",
        ),
        sa.Column(
            "side",
            sa.Text(),
            nullable=True,
            comment="BY or RU: whose statement it is; NULL when not known.",
        ),
        sa.Column("summary", sa.Text(), nullable=False, comment="Curator's one-line summary."),
        sa.Column(
            "region_id",
            sa.BigInteger(),
            nullable=True,
            comment="The Russian region concerned; NULL for none.",
        ),
        sa.Column(
            "sector_id", sa.BigInteger(), nullable=True, comment="Sector concerned, when one is."
        ),
        sa.Column("meeting_id", sa.BigInteger(), nullable=True, comment="Meeting it was made at."),
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
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
            "kind IN ('intention', 'assessment', 'commitment', 'claim')",
            name=op.f("ck_statements_kind"),
        ),
        sa.CheckConstraint("side IN ('BY', 'RU')", name=op.f("ck_statements_side")),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_statements_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_statements_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_statements_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"],
            ["core.sectors.id"],
            name=op.f("fk_statements_sector_id_sectors"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_statements_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_official_id"],
            ["core.officials.id"],
            name=op.f("fk_statements_speaker_official_id_officials"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_statements_source_id_key")),
        schema="core",
        comment="Statements: intentions, assessments, commitments and claims, by whom.",
    )
    op.create_index(
        op.f("ix_statements_meeting_id"), "statements", ["meeting_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_statements_region_id"), "statements", ["region_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_statements_sector_id"), "statements", ["sector_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_statements_source_id"), "statements", ["source_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_statements_speaker_official_id"),
        "statements",
        ["speaker_official_id"],
        unique=False,
        schema="core",
    )


def _upgrade_attestations() -> None:
    op.create_table(
        "attestations",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column("meeting_id", sa.BigInteger(), nullable=True, comment="The meeting attested."),
        sa.Column("proposal_id", sa.BigInteger(), nullable=True, comment="The proposal attested."),
        sa.Column(
            "trade_figure_id", sa.BigInteger(), nullable=True, comment="The trade figure attested."
        ),
        sa.Column(
            "twinning_id",
            sa.BigInteger(),
            nullable=True,
            comment="The twinning agreement attested.",
        ),
        sa.Column(
            "statement_id", sa.BigInteger(), nullable=True, comment="The statement attested."
        ),
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
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
            "num_nonnulls(meeting_id, proposal_id, trade_figure_id, twinning_id, statement_id) = 1",
            name=op.f("ck_attestations_one_target"),
        ),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_attestations_quote_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_attestations_meeting_id_meetings"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["core.proposals.id"],
            name=op.f("fk_attestations_proposal_id_proposals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_attestations_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["core.statements.id"],
            name=op.f("fk_attestations_statement_id_statements"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trade_figure_id"],
            ["core.trade_figures.id"],
            name=op.f("fk_attestations_trade_figure_id_trade_figures"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["twinning_id"],
            ["core.twinning_agreements.id"],
            name=op.f("fk_attestations_twinning_id_twinning_agreements"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attestations")),
        schema="core",
        comment="Articles attesting a fact another article defines; deleting an attested fact is refused while its attestations remain.",
    )
    op.create_index(
        op.f("ix_attestations_meeting_id"),
        "attestations",
        ["meeting_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_attestations_proposal_id"),
        "attestations",
        ["proposal_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_attestations_source_id"),
        "attestations",
        ["source_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_attestations_statement_id"),
        "attestations",
        ["statement_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_attestations_trade_figure_id"),
        "attestations",
        ["trade_figure_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_attestations_twinning_id"),
        "attestations",
        ["twinning_id"],
        unique=False,
        schema="core",
    )


def _upgrade_quantities() -> None:
    op.create_table(
        "quantities",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=False),
            nullable=False,
            comment="Surrogate key, stable across loads.",
        ),
        sa.Column(
            "key",
            sa.Text(),
            nullable=False,
            comment="Curated slug, unique across the seeds folder.",
        ),
        sa.Column(
            "region_id",
            sa.BigInteger(),
            nullable=True,
            comment="The Russian region concerned; NULL for none.",
        ),
        sa.Column(
            "what", sa.Text(), nullable=False, comment="What is counted, in the curator's words."
        ),
        sa.Column(
            "unit", sa.Text(), nullable=False, comment="Unit counted: a singular lower-case noun."
        ),
        sa.Column(
            "value_low",
            sa.Numeric(precision=20, scale=4),
            nullable=True,
            comment="Lower bound (NULL for 'nearly', 'under', 'up to').",
        ),
        sa.Column(
            "value_high",
            sa.Numeric(precision=20, scale=4),
            nullable=True,
            comment="Upper bound (NULL for 'over X').",
        ),
        sa.Column(
            "value_best",
            sa.Numeric(precision=20, scale=4),
            nullable=True,
            comment="Best single value: the stated number, or a range's midpoint.",
        ),
        sa.Column(
            "value_qualifier",
            sa.Text(),
            nullable=False,
            comment="exact, approximately, nearly, over, under, up_to or range.",
        ),
        sa.Column(
            "value_qualifier_words",
            sa.Text(),
            nullable=True,
            comment="The qualifier's words as written, e.g. 'about'; NULL when none.",
        ),
        sa.Column(
            "value_text",
            sa.Text(),
            nullable=False,
            comment="The quantity exactly as written, e.g. '150 tractors'.",
        ),
        sa.Column(
            "status",
            sa.Text(),
            server_default="actual",
            nullable=False,
            comment="actual, estimate, forecast, target, allocation or amount.",
        ),
        sa.Column("proposal_id", sa.BigInteger(), nullable=True, comment="Proposal it belongs to."),
        sa.Column("meeting_id", sa.BigInteger(), nullable=True, comment="Meeting it belongs to."),
        sa.Column(
            "twinning_id",
            sa.BigInteger(),
            nullable=True,
            comment="Twinning agreement it belongs to.",
        ),
        sa.Column(
            "statement_id", sa.BigInteger(), nullable=True, comment="Statement it belongs to."
        ),
        sa.Column(
            "trade_figure_id", sa.BigInteger(), nullable=True, comment="Trade figure it belongs to."
        ),
        sa.Column(
            "period_label",
            sa.Text(),
            nullable=True,
            comment="The period as stated, e.g. 'by 2025'.",
        ),
        sa.Column("period_start", sa.Date(), nullable=True, comment="First day, when known."),
        sa.Column("period_end", sa.Date(), nullable=True, comment="Last day, when known."),
        sa.Column(
            "period_kind",
            sa.Text(),
            nullable=True,
            comment="calendar_year, part_year, multi_year or unknown.",
        ),
        sa.Column(
            "period_months",
            sa.SmallInteger(),
            nullable=True,
            comment="Whole months of the period, or the number of months stated.",
        ),
        sa.Column(
            "period_basis",
            sa.Text(),
            nullable=True,
            comment="How the period's interval is known: stated, inferred, external or unknown.",
        ),
        sa.Column(
            "period_note", sa.Text(), nullable=True, comment="Why an inferred period was inferred."
        ),
        sa.Column(
            "period_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external period: the outside source {url, publication, says}.",
        ),
        sa.Column(
            "period_start_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the period's start: day, month, quarter, half or year.",
        ),
        sa.Column(
            "period_end_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the period's end: day, month, quarter, half or year.",
        ),
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        sa.Column(
            "source_error",
            sa.Boolean(),
            server_default="false",
            nullable=False,
            comment="True when the value as written is a probable error of the source.",
        ),
        sa.Column(
            "source_error_note",
            sa.Text(),
            nullable=True,
            comment="Why the value is taken for a source error (required when source_error).",
        ),
        sa.Column(
            "corrected_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound of the value as it should read, when given.",
        ),
        sa.Column(
            "corrected_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound of the value as it should read, when given.",
        ),
        sa.Column(
            "corrected_best",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Best single value of the value as it should read, when given.",
        ),
        sa.Column(
            "corrected_text",
            sa.Text(),
            nullable=True,
            comment="The value as it should read, e.g. '$3 billion', when given.",
        ),
        sa.Column(
            "corrected_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside evidence for the corrected value, a jsonb object {url, publication, says}.",
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
            "jsonb_typeof(corrected_citation) = 'object'",
            name=op.f("ck_quantities_corrected_citation_object"),
        ),
        sa.CheckConstraint(
            "jsonb_typeof(period_citation) = 'object'",
            name=op.f("ck_quantities_period_citation_object"),
        ),
        sa.CheckConstraint(
            "period_basis <> 'external' OR period_citation IS NOT NULL",
            name=op.f("ck_quantities_period_external_citation"),
        ),
        sa.CheckConstraint(
            "period_basis <> 'inferred' OR period_note IS NOT NULL",
            name=op.f("ck_quantities_period_inferred_note"),
        ),
        sa.CheckConstraint(
            "period_basis IN ('stated', 'inferred', 'external', 'unknown')",
            name=op.f("ck_quantities_period_basis"),
        ),
        sa.CheckConstraint(
            "period_end_precision IN ('day', 'month', 'quarter', 'half', 'year')",
            name=op.f("ck_quantities_period_end_precision"),
        ),
        sa.CheckConstraint(
            "period_kind IN ('calendar_year', 'part_year', 'multi_year', 'unknown')",
            name=op.f("ck_quantities_period_kind"),
        ),
        sa.CheckConstraint(
            "period_start_precision IN ('day', 'month', 'quarter', 'half', 'year')",
            name=op.f("ck_quantities_period_start_precision"),
        ),
        sa.CheckConstraint(
            "status IN ('actual', 'estimate', 'forecast', 'target', 'allocation', 'amount')",
            name=op.f("ck_quantities_status"),
        ),
        sa.CheckConstraint("unit ~ '^[a-z]+([ -][a-z]+)*$'", name=op.f("ck_quantities_unit_lower")),
        sa.CheckConstraint(
            "value_qualifier IN ('exact', 'approximately', 'nearly', 'over', 'under', 'up_to', 'range')",
            name=op.f("ck_quantities_value_qualifier"),
        ),
        sa.CheckConstraint(
            "corrected_low <= corrected_high", name=op.f("ck_quantities_corrected_bounds")
        ),
        sa.CheckConstraint(
            "num_nonnulls(proposal_id, meeting_id, twinning_id, statement_id, trade_figure_id) <= 1",
            name=op.f("ck_quantities_one_link"),
        ),
        sa.CheckConstraint("period_months > 0", name=op.f("ck_quantities_period_months_positive")),
        sa.CheckConstraint("period_start <= period_end", name=op.f("ck_quantities_period_order")),
        sa.CheckConstraint(
            "quote_start >= 0 AND quote_end = quote_start + char_length(quote)",
            name=op.f("ck_quantities_quote_offsets"),
        ),
        sa.CheckConstraint(
            "source_error = (source_error_note IS NOT NULL)",
            name=op.f("ck_quantities_source_error_note"),
        ),
        sa.CheckConstraint(
            "source_error OR (corrected_text IS NULL AND corrected_low IS NULL AND corrected_high IS NULL AND corrected_citation IS NULL)",
            name=op.f("ck_quantities_corrected_needs_error"),
        ),
        sa.CheckConstraint(
            "value_low <= value_best AND value_best <= value_high",
            name=op.f("ck_quantities_value_best_bounds"),
        ),
        sa.CheckConstraint("value_low <= value_high", name=op.f("ck_quantities_value_bounds")),
        sa.CheckConstraint(
            "value_low IS NOT NULL OR value_high IS NOT NULL",
            name=op.f("ck_quantities_value_present"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["core.meetings.id"],
            name=op.f("fk_quantities_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["core.proposals.id"],
            name=op.f("fk_quantities_proposal_id_proposals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["core.regions.id"],
            name=op.f("fk_quantities_region_id_regions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["core.sources.id"],
            name=op.f("fk_quantities_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["core.statements.id"],
            name=op.f("fk_quantities_statement_id_statements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trade_figure_id"],
            ["core.trade_figures.id"],
            name=op.f("fk_quantities_trade_figure_id_trade_figures"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["twinning_id"],
            ["core.twinning_agreements.id"],
            name=op.f("fk_quantities_twinning_id_twinning_agreements"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quantities")),
        sa.UniqueConstraint("source_id", "key", name=op.f("uq_quantities_source_id_key")),
        schema="core",
        comment="Quantities that are not money (units made, delivered, planned), with status.",
    )
    op.create_index(
        op.f("ix_quantities_meeting_id"), "quantities", ["meeting_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_quantities_proposal_id"),
        "quantities",
        ["proposal_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_quantities_region_id"), "quantities", ["region_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_quantities_source_id"), "quantities", ["source_id"], unique=False, schema="core"
    )
    op.create_index(
        op.f("ix_quantities_statement_id"),
        "quantities",
        ["statement_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_quantities_trade_figure_id"),
        "quantities",
        ["trade_figure_id"],
        unique=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_quantities_twinning_id"),
        "quantities",
        ["twinning_id"],
        unique=False,
        schema="core",
    )


def _upgrade_enterprise_mentions() -> None:
    op.add_column(
        "enterprise_mentions",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )


def _upgrade_enterprises() -> None:
    op.add_column(
        "enterprises",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this entry (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "enterprises",
        sa.Column(
            "citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside source for what no article states, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_enterprises_citation_object"),
        "enterprises",
        "jsonb_typeof(citation) = 'object'",
        schema="core",
    )


def _upgrade_holdings() -> None:
    op.add_column(
        "holdings",
        sa.Column(
            "acting",
            sa.Boolean(),
            server_default="false",
            nullable=False,
            comment="True for an acting (interim) holder.",
        ),
        schema="core",
    )
    op.add_column(
        "holdings",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on the tenure, when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "holdings",
        sa.Column(
            "start_note", sa.Text(), nullable=True, comment="Why an inferred start was inferred."
        ),
        schema="core",
    )
    op.add_column(
        "holdings",
        sa.Column(
            "end_note", sa.Text(), nullable=True, comment="Why an inferred end was inferred."
        ),
        schema="core",
    )
    op.add_column(
        "holdings",
        sa.Column(
            "start_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external start: the outside source, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "holdings",
        sa.Column(
            "end_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external end: the outside source, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.alter_column(
        "holdings",
        "start_basis",
        existing_type=sa.TEXT(),
        comment="stated, inferred, external or unknown.",
        existing_comment="stated, inferred or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.alter_column(
        "holdings",
        "end_basis",
        existing_type=sa.TEXT(),
        comment="stated, inferred, external or unknown.",
        existing_comment="stated, inferred or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.create_table_comment(
        "holdings",
        "Who held which post, and from when to when where the sources say so; one row per tenure (two officials may hold one post in succession).",
        existing_comment="Who held which post, and from when to when where the sources say so.",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_holdings_end_citation_object"),
        "holdings",
        "jsonb_typeof(end_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_holdings_end_external_citation"),
        "holdings",
        "end_basis <> 'external' OR end_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_holdings_start_citation_object"),
        "holdings",
        "jsonb_typeof(start_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_holdings_start_external_citation"),
        "holdings",
        "start_basis <> 'external' OR start_citation IS NOT NULL",
        schema="core",
    )


def _upgrade_meeting_participants() -> None:
    op.add_column(
        "meeting_participants",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )


def _upgrade_meetings() -> None:
    op.add_column(
        "meetings",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "meetings",
        sa.Column(
            "date_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external date: the outside source, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.alter_column(
        "meetings",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_comment="Year, when known (stated or inferred; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "meetings",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_meetings_date_citation_object"),
        "meetings",
        "jsonb_typeof(date_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_meetings_date_external_citation"),
        "meetings",
        "date_basis <> 'external' OR date_citation IS NOT NULL",
        schema="core",
    )


def _upgrade_official_mentions() -> None:
    op.add_column(
        "official_mentions",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )


def _upgrade_officials() -> None:
    op.add_column(
        "officials",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this entry (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "officials",
        sa.Column(
            "citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside source for what no article states, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_officials_citation_object"),
        "officials",
        "jsonb_typeof(citation) = 'object'",
        schema="core",
    )


def _upgrade_proposals() -> None:
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Year it was proposed, when given apart from its meeting's date (else NULL: the meeting's date applies, not copied here).",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column("proposed_month", sa.SmallInteger(), nullable=True, comment="Month proposed."),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column("proposed_day", sa.SmallInteger(), nullable=True, comment="Day proposed."),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts of the proposal date allow.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts of the proposal date allow.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_basis",
            sa.Text(),
            nullable=True,
            comment="How the proposal date is known: stated, inferred, external or unknown; NULL when the meeting's date applies.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred proposal date was inferred.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "proposed_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external proposal date: the outside source {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_label",
            sa.Text(),
            nullable=True,
            comment="When it is to happen, as stated, e.g. 'next year or the year after'.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_start",
            sa.Date(),
            nullable=True,
            comment="First day of the timeframe, when known.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_end",
            sa.Date(),
            nullable=True,
            comment="Last day of the timeframe, when known.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_kind",
            sa.Text(),
            nullable=True,
            comment="calendar_year, part_year, multi_year or unknown (a label with no interval).",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_months",
            sa.SmallInteger(),
            nullable=True,
            comment="Whole months of the timeframe, or the months stated.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_basis",
            sa.Text(),
            nullable=True,
            comment="How the timeframe's interval is known: stated, inferred, external or unknown.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred timeframe was inferred.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external timeframe: the outside source {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_start_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the timeframe's start: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "timeframe_end_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the timeframe's end: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "source_error",
            sa.Boolean(),
            server_default="false",
            nullable=False,
            comment="True when the value as written is a probable error of the source.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "source_error_note",
            sa.Text(),
            nullable=True,
            comment="Why the value is taken for a source error (required when source_error).",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "corrected_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "corrected_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "corrected_best",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Best single value of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "corrected_text",
            sa.Text(),
            nullable=True,
            comment="The value as it should read, e.g. '$3 billion', when given.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "corrected_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside evidence for the corrected value, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "amount_best",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Best single value: the stated number, or a range's midpoint.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "amount_qualifier_words",
            sa.Text(),
            nullable=True,
            comment="The qualifier's words as written, e.g. 'about'; NULL when none.",
        ),
        schema="core",
    )
    op.add_column(
        "proposals",
        sa.Column(
            "amount_status",
            sa.Text(),
            nullable=True,
            comment="What the money is: amount (named: an investment, a contract value), allocation (set aside), or actual, estimate, forecast, target; NULL when there is no amount.",
        ),
        schema="core",
    )
    op.alter_column(
        "proposals",
        "amount_low",
        existing_type=sa.NUMERIC(precision=18, scale=2),
        comment="Lower bound in currency units (NULL for 'nearly', 'under', 'up to').",
        existing_comment="Lower bound in currency units (= amount_high for a point value).",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "proposals",
        "amount_qualifier",
        existing_type=sa.TEXT(),
        comment="Class of the qualifier: exact, approximately, nearly, over, under, up_to, range.",
        existing_comment="How the text qualified it: exact, approximately, over, up_to, range.",
        existing_nullable=True,
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_amount_best_bounds"),
        "proposals",
        "amount_low <= amount_best AND amount_best <= amount_high",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_amount_status"),
        "proposals",
        "amount_status IN ('actual', 'estimate', 'forecast', 'target', 'allocation', 'amount')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_amount_status_amount"),
        "proposals",
        "amount_status IS NULL OR amount_text IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_corrected_bounds"),
        "proposals",
        "corrected_low <= corrected_high",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_corrected_citation_object"),
        "proposals",
        "jsonb_typeof(corrected_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_corrected_needs_error"),
        "proposals",
        "source_error OR (corrected_text IS NULL AND corrected_low IS NULL AND corrected_high IS NULL AND corrected_citation IS NULL)",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_basis"),
        "proposals",
        "proposed_basis IN ('stated', 'inferred', 'external', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_citation_object"),
        "proposals",
        "jsonb_typeof(proposed_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_day_month"),
        "proposals",
        "proposed_day IS NULL OR proposed_month IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_day_range"),
        "proposals",
        "proposed_day BETWEEN 1 AND 31",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_external_citation"),
        "proposals",
        "proposed_basis <> 'external' OR proposed_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_inferred_note"),
        "proposals",
        "proposed_basis <> 'inferred' OR proposed_note IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_interval"),
        "proposals",
        "proposed_earliest <= proposed_latest",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_proposed_month_range"),
        "proposals",
        "proposed_month BETWEEN 1 AND 12",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_source_error_amount"),
        "proposals",
        "NOT source_error OR amount_text IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_source_error_note"),
        "proposals",
        "source_error = (source_error_note IS NOT NULL)",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_basis"),
        "proposals",
        "timeframe_basis IN ('stated', 'inferred', 'external', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_citation_object"),
        "proposals",
        "jsonb_typeof(timeframe_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_end_precision"),
        "proposals",
        "timeframe_end_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_external_citation"),
        "proposals",
        "timeframe_basis <> 'external' OR timeframe_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_inferred_note"),
        "proposals",
        "timeframe_basis <> 'inferred' OR timeframe_note IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_kind"),
        "proposals",
        "timeframe_kind IN ('calendar_year', 'part_year', 'multi_year', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_months_positive"),
        "proposals",
        "timeframe_months > 0",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_order"),
        "proposals",
        "timeframe_start <= timeframe_end",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_proposals_timeframe_start_precision"),
        "proposals",
        "timeframe_start_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )


def _upgrade_regions() -> None:
    op.add_column(
        "regions",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this entry (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "regions",
        sa.Column(
            "citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside source for what no article states, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_regions_citation_object"),
        "regions",
        "jsonb_typeof(citation) = 'object'",
        schema="core",
    )


def _upgrade_sources() -> None:
    op.add_column(
        "sources",
        sa.Column(
            "date_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external date: the outside source, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.alter_column(
        "sources",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_comment="Year, when known (stated or inferred; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "sources",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_sources_date_citation_object"),
        "sources",
        "jsonb_typeof(date_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_sources_date_external_citation"),
        "sources",
        "date_basis <> 'external' OR date_citation IS NOT NULL",
        schema="core",
    )


def _upgrade_trade_figures() -> None:
    op.add_column(
        "trade_figures",
        sa.Column(
            "status",
            sa.Text(),
            server_default="actual",
            nullable=False,
            comment="actual or estimate (trade history), forecast, target, allocation or amount.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "value_best",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Best single value: the stated number, or a range's midpoint.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "value_qualifier_words",
            sa.Text(),
            nullable=True,
            comment="The qualifier's words as written, e.g. 'about'; NULL when none.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_kind",
            sa.Text(),
            nullable=True,
            comment="calendar_year, part_year, multi_year or unknown (derived from the interval or months).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_months",
            sa.SmallInteger(),
            nullable=True,
            comment="Whole months of the period, or the number of months stated.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_basis",
            sa.Text(),
            nullable=True,
            comment="How the period's interval is known: stated, inferred, external or unknown.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_note", sa.Text(), nullable=True, comment="Why an inferred period was inferred."
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external period: the outside source {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_start_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the period's start: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "period_end_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the period's end: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_kind",
            sa.Text(),
            nullable=True,
            comment="calendar_year, part_year, multi_year or unknown (derived from the interval or months).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_months",
            sa.SmallInteger(),
            nullable=True,
            comment="Whole months of the comparison period, or the number of months stated.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_basis",
            sa.Text(),
            nullable=True,
            comment="How the comparison period's interval is known: stated, inferred, external or unknown.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred comparison period was inferred.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external comparison period: the outside source {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_start_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the comparison period's start: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "compared_end_precision",
            sa.Text(),
            nullable=True,
            comment="Precision of the comparison period's end: day, month, quarter, half or year.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_low_pct",
            sa.Numeric(precision=9, scale=2),
            nullable=True,
            comment="Lower bound of the change's magnitude in percent (>= 0).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_high_pct",
            sa.Numeric(precision=9, scale=2),
            nullable=True,
            comment="Upper bound of the change's magnitude in percent (>= 0).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_best_pct",
            sa.Numeric(precision=9, scale=2),
            nullable=True,
            comment="Best single magnitude of the change in percent (>= 0).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_qualifier",
            sa.Text(),
            nullable=True,
            comment="Class of the change's qualifier: exact, approximately, nearly, over, under, up_to, range; NULL for a direction with no number.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_qualifier_words",
            sa.Text(),
            nullable=True,
            comment="The change's qualifier words as written, e.g. 'more than'.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_text",
            sa.Text(),
            nullable=True,
            comment="The change exactly as written, e.g. 'went up 40.5%'.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "change_direction", sa.Text(), nullable=True, comment="increase, decrease or unchanged."
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "prior_value_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound of the value the change implies for compared_* (rounded outward; NULL when open).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "prior_value_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound of the value the change implies for compared_* (rounded outward; NULL when open).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "rank",
            sa.Text(),
            server_default="normal",
            nullable=False,
            comment="preferred, normal or deprecated within its figure group (as Wikidata ranks).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "same_as_id",
            sa.BigInteger(),
            nullable=True,
            comment="A figure of another article this one reports the same quantity as.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "source_error",
            sa.Boolean(),
            server_default="false",
            nullable=False,
            comment="True when the value as written is a probable error of the source.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "source_error_note",
            sa.Text(),
            nullable=True,
            comment="Why the value is taken for a source error (required when source_error).",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "corrected_low",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Lower bound of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "corrected_high",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Upper bound of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "corrected_best",
            sa.Numeric(precision=18, scale=2),
            nullable=True,
            comment="Best single value of the value as it should read, when given.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "corrected_text",
            sa.Text(),
            nullable=True,
            comment="The value as it should read, e.g. '$3 billion', when given.",
        ),
        schema="core",
    )
    op.add_column(
        "trade_figures",
        sa.Column(
            "corrected_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="Outside evidence for the corrected value, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.alter_column(
        "trade_figures",
        "value_low",
        existing_type=sa.NUMERIC(precision=18, scale=2),
        comment="Lower bound in currency units (= value_high for a point value; NULL for 'nearly', 'under', 'up to').",
        existing_comment="Lower bound in currency units (= value_high for a point value; NULL for 'up to').",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "trade_figures",
        "value_qualifier",
        existing_type=sa.TEXT(),
        comment="exact, approximately, nearly, over, under, up_to or range.",
        existing_comment="exact, approximately, over, up_to or range.",
        existing_nullable=False,
        schema="core",
    )
    op.create_index(
        op.f("ix_trade_figures_same_as_id"),
        "trade_figures",
        ["same_as_id"],
        unique=False,
        schema="core",
    )
    op.create_foreign_key(
        op.f("fk_trade_figures_same_as_id_trade_figures"),
        "trade_figures",
        "trade_figures",
        ["same_as_id"],
        ["id"],
        source_schema="core",
        referent_schema="core",
        ondelete="SET NULL",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_best_bounds"),
        "trade_figures",
        "change_low_pct <= change_best_pct AND change_best_pct <= change_high_pct",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_bounds"),
        "trade_figures",
        "change_low_pct <= change_high_pct",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_direction"),
        "trade_figures",
        "change_direction IN ('increase', 'decrease', 'unchanged')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_magnitudes"),
        "trade_figures",
        "change_low_pct >= 0 AND change_high_pct >= 0 AND change_best_pct >= 0",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_qualifier"),
        "trade_figures",
        "change_qualifier IN ('exact', 'approximately', 'nearly', 'over', 'under', 'up_to', 'range')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_change_text_direction"),
        "trade_figures",
        "change_direction IS NOT NULL OR change_text IS NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_basis"),
        "trade_figures",
        "compared_basis IN ('stated', 'inferred', 'external', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_citation_object"),
        "trade_figures",
        "jsonb_typeof(compared_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_end_precision"),
        "trade_figures",
        "compared_end_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_external_citation"),
        "trade_figures",
        "compared_basis <> 'external' OR compared_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_inferred_note"),
        "trade_figures",
        "compared_basis <> 'inferred' OR compared_note IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_kind"),
        "trade_figures",
        "compared_kind IN ('calendar_year', 'part_year', 'multi_year', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_months_positive"),
        "trade_figures",
        "compared_months > 0",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_compared_start_precision"),
        "trade_figures",
        "compared_start_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_corrected_bounds"),
        "trade_figures",
        "corrected_low <= corrected_high",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_corrected_citation_object"),
        "trade_figures",
        "jsonb_typeof(corrected_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_corrected_needs_error"),
        "trade_figures",
        "source_error OR (corrected_text IS NULL AND corrected_low IS NULL AND corrected_high IS NULL AND corrected_citation IS NULL)",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_basis"),
        "trade_figures",
        "period_basis IN ('stated', 'inferred', 'external', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_citation_object"),
        "trade_figures",
        "jsonb_typeof(period_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_end_precision"),
        "trade_figures",
        "period_end_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_external_citation"),
        "trade_figures",
        "period_basis <> 'external' OR period_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_inferred_note"),
        "trade_figures",
        "period_basis <> 'inferred' OR period_note IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_kind"),
        "trade_figures",
        "period_kind IN ('calendar_year', 'part_year', 'multi_year', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_months_positive"),
        "trade_figures",
        "period_months > 0",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_period_start_precision"),
        "trade_figures",
        "period_start_precision IN ('day', 'month', 'quarter', 'half', 'year')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_prior_value_bounds"),
        "trade_figures",
        "prior_value_low <= prior_value_high",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_rank"),
        "trade_figures",
        "rank IN ('preferred', 'normal', 'deprecated')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_same_as_other"), "trade_figures", "same_as_id <> id", schema="core"
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_source_error_note"),
        "trade_figures",
        "source_error = (source_error_note IS NOT NULL)",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_status"),
        "trade_figures",
        "status IN ('actual', 'estimate', 'forecast', 'target', 'allocation', 'amount')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_trade_figures_value_best_bounds"),
        "trade_figures",
        "value_low <= value_best AND value_best <= value_high",
        schema="core",
    )


def _upgrade_trade_goods() -> None:
    op.add_column(
        "trade_goods",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )


def _upgrade_twinning_agreements() -> None:
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "level",
            sa.Text(),
            nullable=True,
            comment="district, city or oblast; NULL when not stated.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "units_count_by",
            sa.Integer(),
            nullable=True,
            comment="Number of Belarusian units twinned, when stated.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "units_count_ru",
            sa.Integer(),
            nullable=True,
            comment="Number of Russian units twinned, when stated.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "renews_id",
            sa.BigInteger(),
            nullable=True,
            comment="The agreement this one renews, when it is recorded.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_year",
            sa.SmallInteger(),
            nullable=True,
            comment="Year of the renewed agreement's first signing, when known.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_month",
            sa.SmallInteger(),
            nullable=True,
            comment="Month of the first signing.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_day", sa.SmallInteger(), nullable=True, comment="Day of the first signing."
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_earliest",
            sa.Date(),
            nullable=True,
            comment="Earliest day the known parts of the first signing allow.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_latest",
            sa.Date(),
            nullable=True,
            comment="Latest day the known parts of the first signing allow.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_basis",
            sa.Text(),
            nullable=True,
            comment="How the first signing's date is known: stated, inferred, external or unknown.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_note",
            sa.Text(),
            nullable=True,
            comment="Why an inferred first-signing date was inferred.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "original_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external first-signing date: the outside source {url, publication, says}.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "note",
            sa.Text(),
            nullable=True,
            comment="Curator's note on this fact (free text), when there is one.",
        ),
        schema="core",
    )
    op.add_column(
        "twinning_agreements",
        sa.Column(
            "date_citation",
            postgresql.JSONB(astext_type=Text()),
            nullable=True,
            comment="For an external date: the outside source, a jsonb object {url, publication, says}.",
        ),
        schema="core",
    )
    op.alter_column(
        "twinning_agreements",
        "status",
        existing_type=sa.TEXT(),
        comment="planned, signed or renewed.",
        existing_comment="planned or signed.",
        existing_nullable=False,
        schema="core",
    )
    op.alter_column(
        "twinning_agreements",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_comment="Year, when known (stated or inferred; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "twinning_agreements",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.create_index(
        op.f("ix_twinning_agreements_renews_id"),
        "twinning_agreements",
        ["renews_id"],
        unique=False,
        schema="core",
    )
    op.create_foreign_key(
        op.f("fk_twinning_agreements_renews_id_twinning_agreements"),
        "twinning_agreements",
        "twinning_agreements",
        ["renews_id"],
        ["id"],
        source_schema="core",
        referent_schema="core",
        ondelete="SET NULL",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_date_citation_object"),
        "twinning_agreements",
        "jsonb_typeof(date_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_date_external_citation"),
        "twinning_agreements",
        "date_basis <> 'external' OR date_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_level"),
        "twinning_agreements",
        "level IN ('district', 'city', 'oblast')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_basis"),
        "twinning_agreements",
        "original_basis IN ('stated', 'inferred', 'external', 'unknown')",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_citation_object"),
        "twinning_agreements",
        "jsonb_typeof(original_citation) = 'object'",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_day_month"),
        "twinning_agreements",
        "original_day IS NULL OR original_month IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_day_range"),
        "twinning_agreements",
        "original_day BETWEEN 1 AND 31",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_external_citation"),
        "twinning_agreements",
        "original_basis <> 'external' OR original_citation IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_inferred_note"),
        "twinning_agreements",
        "original_basis <> 'inferred' OR original_note IS NOT NULL",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_interval"),
        "twinning_agreements",
        "original_earliest <= original_latest",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_original_month_range"),
        "twinning_agreements",
        "original_month BETWEEN 1 AND 12",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_renews_other"),
        "twinning_agreements",
        "renews_id <> id",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_units_count_by_positive"),
        "twinning_agreements",
        "units_count_by > 0",
        schema="core",
    )
    op.create_check_constraint(
        op.f("ck_twinning_agreements_units_count_ru_positive"),
        "twinning_agreements",
        "units_count_ru > 0",
        schema="core",
    )


def _downgrade_twinning_agreements() -> None:
    op.drop_constraint(
        op.f("ck_twinning_agreements_units_count_ru_positive"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_units_count_by_positive"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_renews_other"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_month_range"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_interval"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_inferred_note"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_external_citation"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_day_range"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_day_month"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_citation_object"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_original_basis"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_level"), "twinning_agreements", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_date_external_citation"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_twinning_agreements_date_citation_object"),
        "twinning_agreements",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("fk_twinning_agreements_renews_id_twinning_agreements"),
        "twinning_agreements",
        schema="core",
        type_="foreignkey",
    )
    op.drop_index(
        op.f("ix_twinning_agreements_renews_id"), table_name="twinning_agreements", schema="core"
    )
    op.alter_column(
        "twinning_agreements",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.alter_column(
        "twinning_agreements",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated or inferred; see date_basis).",
        existing_comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "twinning_agreements",
        "status",
        existing_type=sa.TEXT(),
        comment="planned or signed.",
        existing_comment="planned, signed or renewed.",
        existing_nullable=False,
        schema="core",
    )
    op.drop_column("twinning_agreements", "date_citation", schema="core")
    op.drop_column("twinning_agreements", "note", schema="core")
    op.drop_column("twinning_agreements", "original_citation", schema="core")
    op.drop_column("twinning_agreements", "original_note", schema="core")
    op.drop_column("twinning_agreements", "original_basis", schema="core")
    op.drop_column("twinning_agreements", "original_latest", schema="core")
    op.drop_column("twinning_agreements", "original_earliest", schema="core")
    op.drop_column("twinning_agreements", "original_day", schema="core")
    op.drop_column("twinning_agreements", "original_month", schema="core")
    op.drop_column("twinning_agreements", "original_year", schema="core")
    op.drop_column("twinning_agreements", "renews_id", schema="core")
    op.drop_column("twinning_agreements", "units_count_ru", schema="core")
    op.drop_column("twinning_agreements", "units_count_by", schema="core")
    op.drop_column("twinning_agreements", "level", schema="core")


def _downgrade_trade_goods() -> None:
    op.drop_column("trade_goods", "note", schema="core")


def _downgrade_trade_figures() -> None:
    op.drop_constraint(
        op.f("ck_trade_figures_value_best_bounds"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_status"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_source_error_note"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_same_as_other"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(op.f("ck_trade_figures_rank"), "trade_figures", schema="core", type_="check")
    op.drop_constraint(
        op.f("ck_trade_figures_prior_value_bounds"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_start_precision"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_months_positive"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_kind"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_inferred_note"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_external_citation"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_end_precision"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_citation_object"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_period_basis"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_corrected_needs_error"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_corrected_citation_object"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_corrected_bounds"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_start_precision"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_months_positive"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_kind"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_inferred_note"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_external_citation"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_end_precision"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_citation_object"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_compared_basis"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_text_direction"),
        "trade_figures",
        schema="core",
        type_="check",
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_qualifier"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_magnitudes"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_direction"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_bounds"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_trade_figures_change_best_bounds"), "trade_figures", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("fk_trade_figures_same_as_id_trade_figures"),
        "trade_figures",
        schema="core",
        type_="foreignkey",
    )
    op.drop_index(op.f("ix_trade_figures_same_as_id"), table_name="trade_figures", schema="core")
    op.alter_column(
        "trade_figures",
        "value_qualifier",
        existing_type=sa.TEXT(),
        comment="exact, approximately, over, up_to or range.",
        existing_comment="exact, approximately, nearly, over, under, up_to or range.",
        existing_nullable=False,
        schema="core",
    )
    op.alter_column(
        "trade_figures",
        "value_low",
        existing_type=sa.NUMERIC(precision=18, scale=2),
        comment="Lower bound in currency units (= value_high for a point value; NULL for 'up to').",
        existing_comment="Lower bound in currency units (= value_high for a point value; NULL for 'nearly', 'under', 'up to').",
        existing_nullable=True,
        schema="core",
    )
    op.drop_column("trade_figures", "corrected_citation", schema="core")
    op.drop_column("trade_figures", "corrected_text", schema="core")
    op.drop_column("trade_figures", "corrected_best", schema="core")
    op.drop_column("trade_figures", "corrected_high", schema="core")
    op.drop_column("trade_figures", "corrected_low", schema="core")
    op.drop_column("trade_figures", "source_error_note", schema="core")
    op.drop_column("trade_figures", "source_error", schema="core")
    op.drop_column("trade_figures", "same_as_id", schema="core")
    op.drop_column("trade_figures", "rank", schema="core")
    op.drop_column("trade_figures", "prior_value_high", schema="core")
    op.drop_column("trade_figures", "prior_value_low", schema="core")
    op.drop_column("trade_figures", "change_direction", schema="core")
    op.drop_column("trade_figures", "change_text", schema="core")
    op.drop_column("trade_figures", "change_qualifier_words", schema="core")
    op.drop_column("trade_figures", "change_qualifier", schema="core")
    op.drop_column("trade_figures", "change_best_pct", schema="core")
    op.drop_column("trade_figures", "change_high_pct", schema="core")
    op.drop_column("trade_figures", "change_low_pct", schema="core")
    op.drop_column("trade_figures", "compared_end_precision", schema="core")
    op.drop_column("trade_figures", "compared_start_precision", schema="core")
    op.drop_column("trade_figures", "compared_citation", schema="core")
    op.drop_column("trade_figures", "compared_note", schema="core")
    op.drop_column("trade_figures", "compared_basis", schema="core")
    op.drop_column("trade_figures", "compared_months", schema="core")
    op.drop_column("trade_figures", "compared_kind", schema="core")
    op.drop_column("trade_figures", "period_end_precision", schema="core")
    op.drop_column("trade_figures", "period_start_precision", schema="core")
    op.drop_column("trade_figures", "period_citation", schema="core")
    op.drop_column("trade_figures", "period_note", schema="core")
    op.drop_column("trade_figures", "period_basis", schema="core")
    op.drop_column("trade_figures", "period_months", schema="core")
    op.drop_column("trade_figures", "period_kind", schema="core")
    op.drop_column("trade_figures", "value_qualifier_words", schema="core")
    op.drop_column("trade_figures", "value_best", schema="core")
    op.drop_column("trade_figures", "status", schema="core")


def _downgrade_sources() -> None:
    op.drop_constraint(
        op.f("ck_sources_date_external_citation"), "sources", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_sources_date_citation_object"), "sources", schema="core", type_="check"
    )
    op.alter_column(
        "sources",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.alter_column(
        "sources",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated or inferred; see date_basis).",
        existing_comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.drop_column("sources", "date_citation", schema="core")


def _downgrade_regions() -> None:
    op.drop_constraint(op.f("ck_regions_citation_object"), "regions", schema="core", type_="check")
    op.drop_column("regions", "citation", schema="core")
    op.drop_column("regions", "note", schema="core")


def _downgrade_proposals() -> None:
    op.drop_constraint(
        op.f("ck_proposals_timeframe_start_precision"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_order"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_months_positive"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_kind"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_inferred_note"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_external_citation"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_end_precision"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_citation_object"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_timeframe_basis"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_source_error_note"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_source_error_amount"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_month_range"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_interval"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_inferred_note"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_external_citation"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_day_range"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_day_month"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_citation_object"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_proposed_basis"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_corrected_needs_error"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_corrected_citation_object"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_corrected_bounds"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_amount_status_amount"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_amount_status"), "proposals", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_proposals_amount_best_bounds"), "proposals", schema="core", type_="check"
    )
    op.alter_column(
        "proposals",
        "amount_qualifier",
        existing_type=sa.TEXT(),
        comment="How the text qualified it: exact, approximately, over, up_to, range.",
        existing_comment="Class of the qualifier: exact, approximately, nearly, over, under, up_to, range.",
        existing_nullable=True,
        schema="core",
    )
    op.alter_column(
        "proposals",
        "amount_low",
        existing_type=sa.NUMERIC(precision=18, scale=2),
        comment="Lower bound in currency units (= amount_high for a point value).",
        existing_comment="Lower bound in currency units (NULL for 'nearly', 'under', 'up to').",
        existing_nullable=True,
        schema="core",
    )
    op.drop_column("proposals", "amount_status", schema="core")
    op.drop_column("proposals", "amount_qualifier_words", schema="core")
    op.drop_column("proposals", "amount_best", schema="core")
    op.drop_column("proposals", "corrected_citation", schema="core")
    op.drop_column("proposals", "corrected_text", schema="core")
    op.drop_column("proposals", "corrected_best", schema="core")
    op.drop_column("proposals", "corrected_high", schema="core")
    op.drop_column("proposals", "corrected_low", schema="core")
    op.drop_column("proposals", "source_error_note", schema="core")
    op.drop_column("proposals", "source_error", schema="core")
    op.drop_column("proposals", "note", schema="core")
    op.drop_column("proposals", "timeframe_end_precision", schema="core")
    op.drop_column("proposals", "timeframe_start_precision", schema="core")
    op.drop_column("proposals", "timeframe_citation", schema="core")
    op.drop_column("proposals", "timeframe_note", schema="core")
    op.drop_column("proposals", "timeframe_basis", schema="core")
    op.drop_column("proposals", "timeframe_months", schema="core")
    op.drop_column("proposals", "timeframe_kind", schema="core")
    op.drop_column("proposals", "timeframe_end", schema="core")
    op.drop_column("proposals", "timeframe_start", schema="core")
    op.drop_column("proposals", "timeframe_label", schema="core")
    op.drop_column("proposals", "proposed_citation", schema="core")
    op.drop_column("proposals", "proposed_note", schema="core")
    op.drop_column("proposals", "proposed_basis", schema="core")
    op.drop_column("proposals", "proposed_latest", schema="core")
    op.drop_column("proposals", "proposed_earliest", schema="core")
    op.drop_column("proposals", "proposed_day", schema="core")
    op.drop_column("proposals", "proposed_month", schema="core")
    op.drop_column("proposals", "proposed_year", schema="core")


def _downgrade_officials() -> None:
    op.drop_constraint(
        op.f("ck_officials_citation_object"), "officials", schema="core", type_="check"
    )
    op.drop_column("officials", "citation", schema="core")
    op.drop_column("officials", "note", schema="core")


def _downgrade_official_mentions() -> None:
    op.drop_column("official_mentions", "note", schema="core")


def _downgrade_meetings() -> None:
    op.drop_constraint(
        op.f("ck_meetings_date_external_citation"), "meetings", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_meetings_date_citation_object"), "meetings", schema="core", type_="check"
    )
    op.alter_column(
        "meetings",
        "date_basis",
        existing_type=sa.TEXT(),
        comment="How the date is known: stated (in the text), inferred (see date_note), unknown.",
        existing_comment="How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.alter_column(
        "meetings",
        "date_year",
        existing_type=sa.SMALLINT(),
        comment="Year, when known (stated or inferred; see date_basis).",
        existing_comment="Year, when known (stated, inferred or external; see date_basis).",
        existing_nullable=True,
        schema="core",
    )
    op.drop_column("meetings", "date_citation", schema="core")
    op.drop_column("meetings", "note", schema="core")


def _downgrade_meeting_participants() -> None:
    op.drop_column("meeting_participants", "note", schema="core")


def _downgrade_holdings() -> None:
    op.drop_constraint(
        op.f("ck_holdings_start_external_citation"), "holdings", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_holdings_start_citation_object"), "holdings", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_holdings_end_external_citation"), "holdings", schema="core", type_="check"
    )
    op.drop_constraint(
        op.f("ck_holdings_end_citation_object"), "holdings", schema="core", type_="check"
    )
    op.create_table_comment(
        "holdings",
        "Who held which post, and from when to when where the sources say so.",
        existing_comment="Who held which post, and from when to when where the sources say so; one row per tenure (two officials may hold one post in succession).",
        schema="core",
    )
    op.alter_column(
        "holdings",
        "end_basis",
        existing_type=sa.TEXT(),
        comment="stated, inferred or unknown.",
        existing_comment="stated, inferred, external or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.alter_column(
        "holdings",
        "start_basis",
        existing_type=sa.TEXT(),
        comment="stated, inferred or unknown.",
        existing_comment="stated, inferred, external or unknown.",
        existing_nullable=False,
        existing_server_default=sa.text("'unknown'::text"),
        schema="core",
    )
    op.drop_column("holdings", "end_citation", schema="core")
    op.drop_column("holdings", "start_citation", schema="core")
    op.drop_column("holdings", "end_note", schema="core")
    op.drop_column("holdings", "start_note", schema="core")
    op.drop_column("holdings", "note", schema="core")
    op.drop_column("holdings", "acting", schema="core")


def _downgrade_enterprises() -> None:
    op.drop_constraint(
        op.f("ck_enterprises_citation_object"), "enterprises", schema="core", type_="check"
    )
    op.drop_column("enterprises", "citation", schema="core")
    op.drop_column("enterprises", "note", schema="core")


def _downgrade_enterprise_mentions() -> None:
    op.drop_column("enterprise_mentions", "note", schema="core")


def _downgrade_quantities() -> None:
    op.drop_index(op.f("ix_quantities_twinning_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_trade_figure_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_statement_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_source_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_region_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_proposal_id"), table_name="quantities", schema="core")
    op.drop_index(op.f("ix_quantities_meeting_id"), table_name="quantities", schema="core")
    op.drop_table("quantities", schema="core")


def _downgrade_attestations() -> None:
    op.drop_index(op.f("ix_attestations_twinning_id"), table_name="attestations", schema="core")
    op.drop_index(op.f("ix_attestations_trade_figure_id"), table_name="attestations", schema="core")
    op.drop_index(op.f("ix_attestations_statement_id"), table_name="attestations", schema="core")
    op.drop_index(op.f("ix_attestations_source_id"), table_name="attestations", schema="core")
    op.drop_index(op.f("ix_attestations_proposal_id"), table_name="attestations", schema="core")
    op.drop_index(op.f("ix_attestations_meeting_id"), table_name="attestations", schema="core")
    op.drop_table("attestations", schema="core")


def _downgrade_statements() -> None:
    op.drop_index(op.f("ix_statements_speaker_official_id"), table_name="statements", schema="core")
    op.drop_index(op.f("ix_statements_source_id"), table_name="statements", schema="core")
    op.drop_index(op.f("ix_statements_sector_id"), table_name="statements", schema="core")
    op.drop_index(op.f("ix_statements_region_id"), table_name="statements", schema="core")
    op.drop_index(op.f("ix_statements_meeting_id"), table_name="statements", schema="core")
    op.drop_table("statements", schema="core")


def _downgrade_source_dates() -> None:
    op.drop_index(op.f("ix_source_dates_source_id"), table_name="source_dates", schema="core")
    op.drop_table("source_dates", schema="core")


STEPS: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {
    "source_dates": (_upgrade_source_dates, _downgrade_source_dates),
    "statements": (_upgrade_statements, _downgrade_statements),
    "attestations": (_upgrade_attestations, _downgrade_attestations),
    "quantities": (_upgrade_quantities, _downgrade_quantities),
    "enterprise_mentions": (_upgrade_enterprise_mentions, _downgrade_enterprise_mentions),
    "enterprises": (_upgrade_enterprises, _downgrade_enterprises),
    "holdings": (_upgrade_holdings, _downgrade_holdings),
    "meeting_participants": (_upgrade_meeting_participants, _downgrade_meeting_participants),
    "meetings": (_upgrade_meetings, _downgrade_meetings),
    "official_mentions": (_upgrade_official_mentions, _downgrade_official_mentions),
    "officials": (_upgrade_officials, _downgrade_officials),
    "proposals": (_upgrade_proposals, _downgrade_proposals),
    "regions": (_upgrade_regions, _downgrade_regions),
    "sources": (_upgrade_sources, _downgrade_sources),
    "trade_figures": (_upgrade_trade_figures, _downgrade_trade_figures),
    "trade_goods": (_upgrade_trade_goods, _downgrade_trade_goods),
    "twinning_agreements": (_upgrade_twinning_agreements, _downgrade_twinning_agreements),
}
"""Each table's upgrade and downgrade step (the new tables' steps create and drop them)."""
