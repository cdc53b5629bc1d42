-- reporting.trade_figures as revision 0007 makes it. New columns go at the END of the select list
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
       CASE WHEN t.currency = 'USD' AND t.change_pct IS NOT NULL
            THEN round(t.value_low / (1 + t.change_pct / 100), 2) END
           AS prior_value_low_usd,
       CASE WHEN t.currency = 'USD' AND t.change_pct IS NOT NULL
            THEN round(t.value_high / (1 + t.change_pct / 100), 2) END
           AS prior_value_high_usd,
       t.note, t.source_id, s.file_name AS source_file, t.quote
FROM core.trade_figures t
JOIN core.regions r ON r.id = t.region_id
JOIN core.sources s ON s.id = t.source_id;

COMMENT ON VIEW reporting.trade_figures IS 'Trade between Belarus and Russian regions: one row per figure quoted.';

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
    'exact, approximately, over, up_to or range.';
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
    'Value implied for the comparison period: value_low_usd / (1 + change_pct / 100).';
COMMENT ON COLUMN reporting.trade_figures.prior_value_high_usd IS
    'Value implied for the comparison period: value_high_usd / (1 + change_pct / 100).';
COMMENT ON COLUMN reporting.trade_figures.note IS 'Curator''s note.';
