-- reporting.twinning as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.twinning AS
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
FROM core.twinning_agreements t JOIN core.sources s ON s.id = t.source_id;

COMMENT ON VIEW reporting.twinning IS 'Twinning agreements between districts or cities: one row per agreement.';

COMMENT ON COLUMN reporting.twinning.twinning_id IS 'Id of the agreement.';
COMMENT ON COLUMN reporting.twinning.russian_region IS
    'Russian region(s) whose districts are twinned.';
COMMENT ON COLUMN reporting.twinning.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';
COMMENT ON COLUMN reporting.twinning.belarusian_regions IS
    'Belarusian region(s) named; ''Belarus'' when only the country is.';
COMMENT ON COLUMN reporting.twinning.districts_count IS
    'Number of districts or municipalities paired, when stated.';
COMMENT ON COLUMN reporting.twinning.status IS 'planned or signed.';
COMMENT ON COLUMN reporting.twinning.year IS 'Year, when known.';
COMMENT ON COLUMN reporting.twinning.month IS 'Month, when known.';
COMMENT ON COLUMN reporting.twinning.day IS 'Day, when known.';
COMMENT ON COLUMN reporting.twinning.date_earliest IS 'Earliest day the known parts allow.';
COMMENT ON COLUMN reporting.twinning.date_latest IS 'Latest day the known parts allow.';
COMMENT ON COLUMN reporting.twinning.date_basis IS 'stated, inferred or unknown.';
