-- reporting.twinning_regions (new in revision 0010): the regions each twinning agreement names.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.twinning_regions AS
SELECT x.twinning_id::text || '-' || x.region_id::text AS twinning_region_id,
       x.twinning_id, x.region_id, x.side,
       CASE x.side WHEN 'BY' THEN 'Belarus' WHEN 'RU' THEN 'Russia' END AS side_label,
       r.name AS region, r.iso_code AS region_code, r.kind AS region_kind
FROM core.twinning_regions x JOIN core.regions r ON r.id = x.region_id;

COMMENT ON VIEW reporting.twinning_regions IS 'Regions named by twinning agreements: one row per agreement and region, either side (the rows behind reporting.twinning.russian_region and belarusian_regions). Not additive: count rows or distinct twinning_id. Date: join reporting.twinning on twinning_id for date_for_axis.';

COMMENT ON COLUMN reporting.twinning_regions.twinning_region_id IS
    'Key of the row: twinning_id and region_id joined by ''-'' (both stable across loads).';
COMMENT ON COLUMN reporting.twinning_regions.twinning_id IS
    'Id of the agreement (reporting.twinning).';
COMMENT ON COLUMN reporting.twinning_regions.region_id IS
    'Id of the region (reporting.regions); the country Belarus when the article names no oblast.';
COMMENT ON COLUMN reporting.twinning_regions.side IS
    'BY (Belarusian side) or RU (Russian side).';
COMMENT ON COLUMN reporting.twinning_regions.side_label IS
    'side in words: Belarus or Russia.';
COMMENT ON COLUMN reporting.twinning_regions.region IS
    'Preferred English name of the region.';
COMMENT ON COLUMN reporting.twinning_regions.region_code IS
    'ISO 3166 code of the region.';
COMMENT ON COLUMN reporting.twinning_regions.region_kind IS
    'country, federal_city, oblast, district or city.';
