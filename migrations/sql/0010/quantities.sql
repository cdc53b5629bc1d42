-- reporting.quantities (new in revision 0007): numbers that are not money, as written, with
-- their unit, status and the fact they belong to.

CREATE OR REPLACE VIEW reporting.quantities AS
SELECT q.id AS quantity_id, q.key, r.name AS russian_region, r.iso_code AS russian_region_code,
       q.region_id AS russian_region_id, q.what, q.unit, q.value_low, q.value_high, q.value_best,
       q.value_qualifier, q.value_qualifier_words, q.value_text, q.status,
       q.proposal_id, q.meeting_id, q.twinning_id, q.statement_id, q.trade_figure_id,
       q.period_label, q.period_start, q.period_end, q.period_kind,
       q.period_months::integer AS period_months,
       q.period_basis, q.period_note, q.source_error, q.source_error_note, q.corrected_low,
       q.corrected_high, q.corrected_best, q.corrected_text, q.note,
       q.source_id, s.file_name AS source_file, q.quote,
       CASE WHEN q.period_start IS NOT NULL THEN q.period_start
            WHEN mt.date_earliest IS NOT NULL THEN mt.date_earliest
            WHEN s.date_earliest IS NOT NULL THEN s.date_earliest END AS date_for_axis,
       CASE WHEN q.period_start IS NOT NULL THEN
            CASE WHEN q.period_start IS NULL THEN 'none' WHEN q.period_start = coalesce(q.period_end, q.period_start) THEN 'day'
                WHEN date_trunc('month', q.period_start) = date_trunc('month', q.period_end) THEN 'month'
                WHEN date_trunc('quarter', q.period_start) = date_trunc('quarter', q.period_end) THEN 'quarter'
                WHEN date_trunc('year', q.period_start) = date_trunc('year', q.period_end)
                     AND (extract(month FROM q.period_start) <= 6) = (extract(month FROM q.period_end) <= 6)
                     THEN 'half'
                ELSE 'year' END
            WHEN mt.date_earliest IS NOT NULL THEN
            CASE WHEN mt.date_earliest IS NULL THEN 'none' WHEN mt.date_earliest = coalesce(mt.date_latest, mt.date_earliest) THEN 'day'
                WHEN date_trunc('month', mt.date_earliest) = date_trunc('month', mt.date_latest) THEN 'month'
                WHEN date_trunc('quarter', mt.date_earliest) = date_trunc('quarter', mt.date_latest) THEN 'quarter'
                WHEN date_trunc('year', mt.date_earliest) = date_trunc('year', mt.date_latest)
                     AND (extract(month FROM mt.date_earliest) <= 6) = (extract(month FROM mt.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            WHEN s.date_earliest IS NOT NULL THEN
            CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
                WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
                WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
                WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                     AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            ELSE 'none' END AS date_precision,
       CASE WHEN q.period_start IS NOT NULL THEN 'own'
            WHEN mt.date_earliest IS NOT NULL THEN 'meeting'
            WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       CASE q.status WHEN 'actual' THEN 'Actual'
            WHEN 'estimate' THEN 'Estimate'
            WHEN 'forecast' THEN 'Forecast'
            WHEN 'target' THEN 'Target'
            WHEN 'allocation' THEN 'Allocation (money set aside)'
            WHEN 'amount' THEN 'Amount (no status stated)' END AS status_label,
       CASE q.period_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS period_basis_label
FROM core.quantities q
LEFT JOIN core.regions r ON r.id = q.region_id
JOIN core.sources s ON s.id = q.source_id
LEFT JOIN core.meetings mt ON mt.id = q.meeting_id;

COMMENT ON VIEW reporting.quantities IS 'Quantities that are not money (tractors, buses, hectares): one row per quantity quoted. Additive only within one unit, status and period kind, and not across figures reporting the same thing twice. Time axis: date_for_axis (its period''s start, else its meeting''s date, else its article''s; undated rows fall out of time filters).';

COMMENT ON COLUMN reporting.quantities.quantity_id IS 'Id of the quantity.';
COMMENT ON COLUMN reporting.quantities.key IS 'Curated key, unique across the seeds folder.';
COMMENT ON COLUMN reporting.quantities.russian_region IS 'Region concerned; NULL for none.';
COMMENT ON COLUMN reporting.quantities.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.quantities.russian_region_id IS 'Id of the region concerned.';
COMMENT ON COLUMN reporting.quantities.what IS 'What is counted, in the curator''s words.';
COMMENT ON COLUMN reporting.quantities.unit IS 'Unit counted: a singular lower-case noun.';
COMMENT ON COLUMN reporting.quantities.value_low IS
    'Lower bound (NULL for ''nearly'', ''under'', ''up to''); = high for a point value.';
COMMENT ON COLUMN reporting.quantities.value_high IS 'Upper bound (NULL for ''over X'').';
COMMENT ON COLUMN reporting.quantities.value_best IS
    'Best single value: the stated number, or a range''s midpoint.';
COMMENT ON COLUMN reporting.quantities.value_qualifier IS
    'exact, approximately, nearly, over, under, up_to or range.';
COMMENT ON COLUMN reporting.quantities.value_qualifier_words IS
    'The qualifier''s words as written, e.g. ''over''; NULL when none.';
COMMENT ON COLUMN reporting.quantities.value_text IS
    'The quantity exactly as written, e.g. ''150 tractors''.';
COMMENT ON COLUMN reporting.quantities.status IS
    'actual, estimate, forecast, target, allocation or amount.';
COMMENT ON COLUMN reporting.quantities.proposal_id IS 'Proposal it belongs to, if any.';
COMMENT ON COLUMN reporting.quantities.meeting_id IS 'Meeting it belongs to, if any.';
COMMENT ON COLUMN reporting.quantities.twinning_id IS 'Twinning agreement it belongs to, if any.';
COMMENT ON COLUMN reporting.quantities.statement_id IS 'Statement it belongs to, if any.';
COMMENT ON COLUMN reporting.quantities.trade_figure_id IS 'Trade figure it belongs to, if any.';
COMMENT ON COLUMN reporting.quantities.period_label IS 'The period as stated, e.g. ''by 2025''.';
COMMENT ON COLUMN reporting.quantities.period_start IS 'First day of the period, when known.';
COMMENT ON COLUMN reporting.quantities.period_end IS 'Last day of the period, when known.';
COMMENT ON COLUMN reporting.quantities.period_kind IS
    'calendar_year, part_year, multi_year or unknown.';
COMMENT ON COLUMN reporting.quantities.period_months IS
    'Whole months of the period, or the number of months stated.';
COMMENT ON COLUMN reporting.quantities.period_basis IS
    'How the period''s interval is known: stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.quantities.period_note IS 'Why an inferred period was inferred.';
COMMENT ON COLUMN reporting.quantities.source_error IS
    'True when the quantity as written is a probable error of the source (kept as written).';
COMMENT ON COLUMN reporting.quantities.source_error_note IS
    'Why the quantity is taken for a source error.';
COMMENT ON COLUMN reporting.quantities.corrected_low IS
    'Lower bound of the quantity as it should read, when given.';
COMMENT ON COLUMN reporting.quantities.corrected_high IS
    'Upper bound of the quantity as it should read, when given.';
COMMENT ON COLUMN reporting.quantities.corrected_best IS
    'Best single value of the quantity as it should read, when given.';
COMMENT ON COLUMN reporting.quantities.corrected_text IS
    'The quantity as it should read, when given.';
COMMENT ON COLUMN reporting.quantities.note IS 'Curator''s note.';
COMMENT ON COLUMN reporting.quantities.date_for_axis IS
    'Date to plot the row at: the first day of its period, else its meeting''s date, else its article''s, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.quantities.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.quantities.date_source IS
    'Where date_for_axis comes from: own (its period), meeting (its meeting''s date), source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.quantities.status_label IS
    'status in words, for display.';
COMMENT ON COLUMN reporting.quantities.period_basis_label IS
    'period_basis in words, for display.';
