-- reporting.trade_goods as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.trade_goods AS
SELECT g.id AS trade_good_id, r.name AS russian_region,
       r.iso_code AS russian_region_code, g.direction, g.goods, g.source_id,
       s.file_name AS source_file, g.quote, g.note,
       s.date_earliest AS date_for_axis,
       CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
            WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
            WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
            WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                 AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       g.region_id AS russian_region_id
FROM core.trade_goods g
JOIN core.regions r ON r.id = g.region_id
JOIN core.sources s ON s.id = g.source_id;

COMMENT ON VIEW reporting.trade_goods IS 'Goods named as traded between Belarus and a Russian region: one row per good. Not additive (no amounts): count rows. Time axis: date_for_axis, the article''s date (rows of undated articles fall out of time filters).';

COMMENT ON COLUMN reporting.trade_goods.trade_good_id IS 'Id of the row.';
COMMENT ON COLUMN reporting.trade_goods.russian_region IS 'Russian region traded with.';
COMMENT ON COLUMN reporting.trade_goods.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.trade_goods.direction IS
    'exports (from Belarus) or imports (into Belarus).';
COMMENT ON COLUMN reporting.trade_goods.goods IS 'The goods, as named.';
COMMENT ON COLUMN reporting.trade_goods.note IS 'Curator''s note.';
COMMENT ON COLUMN reporting.trade_goods.date_for_axis IS
    'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.trade_goods.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.trade_goods.date_source IS
    'Where date_for_axis comes from: source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.trade_goods.russian_region_id IS
    'Id of the Russian region (reporting.regions.region_id).';
