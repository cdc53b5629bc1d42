-- reporting.region_names (new in revision 0010): every other name of every region.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.region_names AS
SELECT n.id AS region_name_id, n.region_id, n.name, n.lang
FROM core.region_names n;

COMMENT ON VIEW reporting.region_names IS 'Other names of regions, Russian ones included: one row per name (the rows behind reporting.regions.other_names). Not additive.';

COMMENT ON COLUMN reporting.region_names.region_name_id IS
    'Id of the name.';
COMMENT ON COLUMN reporting.region_names.region_id IS
    'Id of the region (reporting.regions).';
COMMENT ON COLUMN reporting.region_names.name IS
    'The name.';
COMMENT ON COLUMN reporting.region_names.lang IS
    'ISO 639-1 language of the name.';
