-- reporting.trade_figures as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.trade_figures AS
SELECT t.id AS trade_figure_id, r.name AS russian_region,
       r.iso_code AS russian_region_code, t.partner_country, t.flow, t.period_label,
       t.period_start, t.period_end,
       CASE WHEN t.currency = 'USD' THEN t.value_low END AS value_low_usd,
       CASE WHEN t.currency = 'USD' THEN t.value_high END AS value_high_usd,
       t.value_qualifier, t.value_qualifier = 'approximately' AS is_approximate,
       t.value_text, t.change_pct, t.compared_label AS compared_with,
       t.compared_start, t.compared_end,
       CASE WHEN t.currency = 'USD' THEN t.prior_value_low::numeric END AS prior_value_low_usd,
       CASE WHEN t.currency = 'USD' THEN t.prior_value_high::numeric END AS prior_value_high_usd,
       t.note, t.source_id, s.file_name AS source_file, t.quote,
       t.region_id AS russian_region_id, t.status AS figure_status,
       CASE WHEN t.currency = 'USD' THEN t.value_best END AS value_best_usd,
       t.value_qualifier_words, t.change_low_pct, t.change_high_pct, t.change_best_pct,
       t.change_qualifier, t.change_direction, t.change_text, t.period_kind,
       t.period_months::integer AS period_months,
       t.period_basis, t.period_note, t.rank, t.same_as_id AS same_as_trade_figure_id,
       t.source_error, t.source_error_note,
       CASE WHEN t.currency = 'USD' THEN t.corrected_low END AS corrected_low_usd,
       CASE WHEN t.currency = 'USD' THEN t.corrected_high END AS corrected_high_usd,
       t.corrected_text, t.currency, t.status IN ('actual', 'estimate') AS is_trade_history,
       t.change_qualifier_words, t.period_start_precision, t.period_end_precision,
       t.compared_kind, t.compared_months::integer AS compared_months, t.compared_basis,
       t.compared_note,
       CASE WHEN t.currency = 'USD' THEN t.corrected_best END AS corrected_best_usd,
       t.period_start AS date_for_axis,
       CASE WHEN t.period_start IS NULL THEN 'none' WHEN t.period_start = coalesce(t.period_end, t.period_start) THEN 'day'
            WHEN date_trunc('month', t.period_start) = date_trunc('month', t.period_end) THEN 'month'
            WHEN date_trunc('quarter', t.period_start) = date_trunc('quarter', t.period_end) THEN 'quarter'
            WHEN date_trunc('year', t.period_start) = date_trunc('year', t.period_end)
                 AND (extract(month FROM t.period_start) <= 6) = (extract(month FROM t.period_end) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN t.period_start IS NOT NULL THEN 'own' ELSE 'none' END AS date_source,
       CASE t.status WHEN 'actual' THEN 'Actual'
            WHEN 'estimate' THEN 'Estimate'
            WHEN 'forecast' THEN 'Forecast'
            WHEN 'target' THEN 'Target'
            WHEN 'allocation' THEN 'Allocation (money set aside)'
            WHEN 'amount' THEN 'Amount (no status stated)' END AS figure_status_label,
       CASE t.period_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS period_basis_label,
       CASE t.period_kind WHEN 'calendar_year' THEN 'Calendar year'
            WHEN 'part_year' THEN 'Part of a year'
            WHEN 'multi_year' THEN 'Several years'
            WHEN 'unknown' THEN 'Unknown period' END AS period_kind_label
FROM core.trade_figures t
JOIN core.regions r ON r.id = t.region_id
JOIN core.sources s ON s.id = t.source_id;

COMMENT ON VIEW reporting.trade_figures IS 'Trade between Belarus and Russian regions: one row per figure quoted. Not additive as it stands: figures cover different periods (period_kind, period_months), statuses (figure_status) and often the same quantity twice (reporting.trade_figure_groups); sum reporting.trade_by_year instead. Time axis: date_for_axis, the start of the period (figures without one fall out of time filters).';

COMMENT ON COLUMN reporting.trade_figures.trade_figure_id IS 'Id of the trade figure.';
COMMENT ON COLUMN reporting.trade_figures.russian_region IS 'Russian region traded with.';
COMMENT ON COLUMN reporting.trade_figures.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.trade_figures.partner_country IS 'The other party (BY).';
COMMENT ON COLUMN reporting.trade_figures.flow IS
    'turnover, exports (from Belarus) or imports (into Belarus).';
COMMENT ON COLUMN reporting.trade_figures.period_label IS
    'The period as stated; NULL when the text states none.';
COMMENT ON COLUMN reporting.trade_figures.period_start IS 'First day of the period, when known.';
COMMENT ON COLUMN reporting.trade_figures.period_end IS 'Last day of the period, when known.';
COMMENT ON COLUMN reporting.trade_figures.value_low_usd IS
    'Lower bound in US dollars (not millions); = high for a point value.';
COMMENT ON COLUMN reporting.trade_figures.value_high_usd IS
    'Upper bound in US dollars (not millions).';
COMMENT ON COLUMN reporting.trade_figures.value_qualifier IS
    'exact, approximately, nearly, over, under, up_to or range.';
COMMENT ON COLUMN reporting.trade_figures.is_approximate IS
    'True when the text called the value approximate.';
COMMENT ON COLUMN reporting.trade_figures.value_text IS 'The value exactly as written.';
COMMENT ON COLUMN reporting.trade_figures.change_pct IS
    'Stated change in percent against the comparison period.';
COMMENT ON COLUMN reporting.trade_figures.compared_with IS 'The comparison period as stated.';
COMMENT ON COLUMN reporting.trade_figures.compared_start IS
    'First day of the comparison period, when known.';
COMMENT ON COLUMN reporting.trade_figures.compared_end IS
    'Last day of the comparison period, when known.';
COMMENT ON COLUMN reporting.trade_figures.prior_value_low_usd IS
    'Lower bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';
COMMENT ON COLUMN reporting.trade_figures.prior_value_high_usd IS
    'Upper bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';
COMMENT ON COLUMN reporting.trade_figures.note IS 'Curator''s note.';
COMMENT ON COLUMN reporting.trade_figures.russian_region_id IS 'Id of the Russian region.';
COMMENT ON COLUMN reporting.trade_figures.figure_status IS
    'actual or estimate (trade history), forecast or target (shown apart from history).';
COMMENT ON COLUMN reporting.trade_figures.value_best_usd IS
    'Best single value in US dollars: the stated number, or a range''s midpoint.';
COMMENT ON COLUMN reporting.trade_figures.value_qualifier_words IS
    'The qualifier''s words as written (e.g. ''nearly''); NULL when none.';
COMMENT ON COLUMN reporting.trade_figures.change_low_pct IS
    'Lower bound of the change''s magnitude in percent (>= 0; NULL when open).';
COMMENT ON COLUMN reporting.trade_figures.change_high_pct IS
    'Upper bound of the change''s magnitude in percent (>= 0; NULL when open).';
COMMENT ON COLUMN reporting.trade_figures.change_best_pct IS
    'Best single magnitude of the change in percent (>= 0).';
COMMENT ON COLUMN reporting.trade_figures.change_qualifier IS
    'Class of the change''s qualifier (exact, approximately, nearly, over, under, up_to, range); NULL for a direction with no number.';
COMMENT ON COLUMN reporting.trade_figures.change_direction IS 'increase, decrease or unchanged.';
COMMENT ON COLUMN reporting.trade_figures.change_text IS
    'The change exactly as written, e.g. ''went up 40.5%''.';
COMMENT ON COLUMN reporting.trade_figures.period_kind IS
    'calendar_year, part_year, multi_year or unknown (derived from the interval or months).';
COMMENT ON COLUMN reporting.trade_figures.period_months IS
    'Whole months of the period, or the number of months stated.';
COMMENT ON COLUMN reporting.trade_figures.period_basis IS
    'How the period''s interval is known: stated, inferred (see period_note), external or unknown.';
COMMENT ON COLUMN reporting.trade_figures.period_note IS 'Why an inferred period was inferred.';
COMMENT ON COLUMN reporting.trade_figures.rank IS
    'preferred, normal or deprecated within its figure group (see reporting.trade_figure_groups).';
COMMENT ON COLUMN reporting.trade_figures.same_as_trade_figure_id IS
    'A figure of another article this one reports the same quantity as.';
COMMENT ON COLUMN reporting.trade_figures.source_error IS
    'True when the value as written is a probable error of the source (kept as written).';
COMMENT ON COLUMN reporting.trade_figures.source_error_note IS
    'Why the value is taken for a source error.';
COMMENT ON COLUMN reporting.trade_figures.corrected_low_usd IS
    'Lower bound in US dollars of the value as it should read, when given.';
COMMENT ON COLUMN reporting.trade_figures.corrected_high_usd IS
    'Upper bound in US dollars of the value as it should read, when given.';
COMMENT ON COLUMN reporting.trade_figures.corrected_text IS
    'The value as it should read, e.g. ''$3 billion'', when given.';
COMMENT ON COLUMN reporting.trade_figures.currency IS
    'ISO 4217 code of the value (the _usd columns are NULL for other currencies).';
COMMENT ON COLUMN reporting.trade_figures.is_trade_history IS
    'True for actual and estimate figures: what sums and trade by year use.';
COMMENT ON COLUMN reporting.trade_figures.change_qualifier_words IS
    'The change''s qualifier words as written, e.g. ''more than''.';
COMMENT ON COLUMN reporting.trade_figures.period_start_precision IS
    'Precision of the period''s start: day, month, quarter, half or year.';
COMMENT ON COLUMN reporting.trade_figures.period_end_precision IS
    'Precision of the period''s end: day, month, quarter, half or year.';
COMMENT ON COLUMN reporting.trade_figures.compared_kind IS
    'Kind of the comparison period: calendar_year, part_year, multi_year or unknown.';
COMMENT ON COLUMN reporting.trade_figures.compared_months IS
    'Whole months of the comparison period, or the number of months stated.';
COMMENT ON COLUMN reporting.trade_figures.compared_basis IS
    'How the comparison period''s interval is known: stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.trade_figures.compared_note IS
    'Why an inferred comparison period was inferred.';
COMMENT ON COLUMN reporting.trade_figures.corrected_best_usd IS
    'Best single value in US dollars of the value as it should read, when given.';
COMMENT ON COLUMN reporting.trade_figures.date_for_axis IS
    'Date to plot the row at: the first day of the figure''s period, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.trade_figures.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.trade_figures.date_source IS
    'Where date_for_axis comes from: own (the figure''s period; a figure takes no date from its article: an undated figure is not the article''s year); none when undated.';
COMMENT ON COLUMN reporting.trade_figures.figure_status_label IS
    'figure_status in words, for display.';
COMMENT ON COLUMN reporting.trade_figures.period_basis_label IS
    'period_basis in words, for display.';
COMMENT ON COLUMN reporting.trade_figures.period_kind_label IS
    'period_kind in words, for display.';
