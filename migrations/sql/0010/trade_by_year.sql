-- reporting.trade_by_year (new in revision 0010): calendar-year trade history, one row per
-- Russian region, flow and year, from actual and estimated figures in US dollars whose period
-- is exactly one calendar year (part years, multi-year and undated figures never enter it).
-- A figure marked as a source error counts with its corrected value when one is given, and
-- not at all otherwise; deprecated figures (rank) do not count.

CREATE OR REPLACE VIEW reporting.trade_by_year AS
WITH figure AS (
    SELECT t.id, t.region_id, t.flow, t.status, t.rank, t.source_id,
           extract(year FROM t.period_start)::integer AS year,
           CASE WHEN t.source_error THEN t.corrected_low ELSE t.value_low END AS low,
           CASE WHEN t.source_error THEN t.corrected_high ELSE t.value_high END AS high,
           CASE WHEN t.source_error THEN t.corrected_best ELSE t.value_best END AS best
    FROM core.trade_figures t
    WHERE t.status IN ('actual', 'estimate') AND t.currency = 'USD'
      AND t.rank <> 'deprecated'
      AND t.period_start = date_trunc('year', t.period_start)::date
      AND t.period_end = (date_trunc('year', t.period_start) + interval '1 year - 1 day')::date
      AND (NOT t.source_error OR t.corrected_best IS NOT NULL)
), reporter AS (
    SELECT f.id, f.source_id FROM figure f
    UNION SELECT f.id, a.source_id FROM figure f
    JOIN core.attestations a ON a.trade_figure_id = f.id
)
SELECT f.region_id::text || '-' || f.flow || '-' || f.year::text AS trade_year_id,
       f.region_id AS russian_region_id, r.name AS russian_region,
       r.iso_code AS russian_region_code, f.flow, f.year,
       CASE WHEN bool_and(f.low IS NOT NULL) THEN min(f.low) END AS value_low_usd,
       CASE WHEN bool_and(f.high IS NOT NULL) THEN max(f.high) END AS value_high_usd,
       coalesce(max(CASE WHEN f.rank = 'preferred' THEN f.best END),
                round(avg(f.best), 2)) AS value_best_usd,
       count(*)::integer AS figures_count,
       (SELECT count(DISTINCT x.source_id) FROM reporter x
        WHERE x.id = ANY (array_agg(f.id)))::integer AS sources_count,
       count(DISTINCT (f.low, f.high)) > 1 AS sources_disagree,
       CASE WHEN bool_and(f.status = 'actual') THEN 'actual' ELSE 'estimate' END
           AS figure_status,
       max(CASE WHEN f.rank = 'preferred' THEN f.id END) AS preferred_trade_figure_id,
       make_date(f.year, 1, 1) AS date_for_axis, 'year'::text AS date_precision,
       'own'::text AS date_source
FROM figure f JOIN core.regions r ON r.id = f.region_id
GROUP BY f.region_id, r.name, r.iso_code, f.flow, f.year;

COMMENT ON VIEW reporting.trade_by_year IS 'Calendar-year trade between Belarus and each Russian region: one row per region, flow and year, from actual and estimated figures in US dollars for exactly one calendar year (reporting.trade_figures with period_kind calendar_year; part years, multi-year and undated figures are left out). Additive: value_best_usd may be summed over regions and years within one flow (never add turnover to exports or imports); sums of value_low_usd and value_high_usd bound the sum.';

COMMENT ON COLUMN reporting.trade_by_year.trade_year_id IS
    'Key of the row: russian_region_id, flow and year joined by ''-'' (e.g. ''3-turnover-2021'').';
COMMENT ON COLUMN reporting.trade_by_year.russian_region_id IS
    'Id of the Russian region (reporting.regions.region_id).';
COMMENT ON COLUMN reporting.trade_by_year.russian_region IS 'Russian region traded with.';
COMMENT ON COLUMN reporting.trade_by_year.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.trade_by_year.flow IS
    'turnover, exports (from Belarus) or imports (into Belarus).';
COMMENT ON COLUMN reporting.trade_by_year.year IS 'Calendar year.';
COMMENT ON COLUMN reporting.trade_by_year.value_low_usd IS
    'Lowest lower bound the figures give, in US dollars; NULL when one of them is open below.';
COMMENT ON COLUMN reporting.trade_by_year.value_high_usd IS
    'Highest upper bound the figures give, in US dollars; NULL when one of them is open above.';
COMMENT ON COLUMN reporting.trade_by_year.value_best_usd IS
    'Best single value in US dollars: the preferred figure''s, else the mean of the figures'' best values (rounded to the cent). Safe to sum within one flow.';
COMMENT ON COLUMN reporting.trade_by_year.figures_count IS 'Trade figures counted.';
COMMENT ON COLUMN reporting.trade_by_year.sources_count IS
    'Articles reporting those figures: defining and attesting ones (reporting.attestations), each counted once.';
COMMENT ON COLUMN reporting.trade_by_year.sources_disagree IS
    'True when the figures give different values for the same region, flow and year.';
COMMENT ON COLUMN reporting.trade_by_year.figure_status IS
    'actual when every figure counted is actual; estimate when one is an estimate.';
COMMENT ON COLUMN reporting.trade_by_year.preferred_trade_figure_id IS
    'The figure ranked preferred among them (reporting.trade_figures), when one is.';
COMMENT ON COLUMN reporting.trade_by_year.date_for_axis IS '1 January of the year.';
COMMENT ON COLUMN reporting.trade_by_year.date_precision IS 'Always year.';
COMMENT ON COLUMN reporting.trade_by_year.date_source IS 'Always own (the figures'' period).';
