-- reporting.meeting_regions (new in revision 0010): the regions a meeting concerned, one row
-- per meeting and region, keyed by meeting_region_id.

CREATE OR REPLACE VIEW reporting.meeting_regions AS
SELECT (mr.meeting_id::text || '-' || mr.region_id::text) AS meeting_region_id,
       mr.meeting_id, mr.region_id, r.name AS region, r.iso_code AS region_code,
       r.country AS region_country
FROM core.meeting_regions mr JOIN core.regions r ON r.id = mr.region_id;

COMMENT ON VIEW reporting.meeting_regions IS 'Regions each meeting concerned: one row per meeting and region (the rows behind reporting.meetings.russian_region). Not additive: count rows, a meeting concerning two regions counts under each.';

COMMENT ON COLUMN reporting.meeting_regions.meeting_region_id IS
    'Key of the row: meeting_id and region_id joined by ''-'' (both stable across loads).';
COMMENT ON COLUMN reporting.meeting_regions.meeting_id IS 'Id of the meeting (reporting.meetings).';
COMMENT ON COLUMN reporting.meeting_regions.region_id IS 'Id of the region (reporting.regions).';
COMMENT ON COLUMN reporting.meeting_regions.region IS 'Preferred English name of the region.';
COMMENT ON COLUMN reporting.meeting_regions.region_code IS 'ISO 3166 code of the region.';
COMMENT ON COLUMN reporting.meeting_regions.region_country IS
    'ISO 3166-1 alpha-2 country of the region: RU or BY.';
