-- reporting.trade_goods as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.trade_goods AS
SELECT g.id AS trade_good_id, r.name AS russian_region,
       r.iso_code AS russian_region_code, g.direction, g.goods, g.source_id,
       s.file_name AS source_file, g.quote, g.note
FROM core.trade_goods g
JOIN core.regions r ON r.id = g.region_id
JOIN core.sources s ON s.id = g.source_id;

COMMENT ON VIEW reporting.trade_goods IS 'Goods named as traded between Belarus and a Russian region: one row per good.';

COMMENT ON COLUMN reporting.trade_goods.trade_good_id IS 'Id of the row.';
COMMENT ON COLUMN reporting.trade_goods.russian_region IS 'Russian region traded with.';
COMMENT ON COLUMN reporting.trade_goods.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.trade_goods.direction IS
    'exports (from Belarus) or imports (into Belarus).';
COMMENT ON COLUMN reporting.trade_goods.goods IS 'The goods, as named.';
COMMENT ON COLUMN reporting.trade_goods.note IS 'Curator''s note.';
