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
       t.date_latest, t.date_basis, t.source_id, s.file_name AS source_file, t.quote,
       t.key, t.note, t.level, t.units_count_by, t.units_count_ru, t.renews_id,
       o.key AS renews_key, t.original_year::integer AS original_year,
       t.original_month::integer AS original_month, t.original_day::integer AS original_day,
       t.original_earliest, t.original_latest, t.original_basis, t.original_note,
       t.original_citation ->> 'url' AS original_citation_url,
       t.original_citation ->> 'publication' AS original_citation_publication,
       t.original_citation ->> 'says' AS original_citation_says,
       t.date_note, t.date_citation ->> 'url' AS date_citation_url,
       t.date_citation ->> 'publication' AS date_citation_publication,
       t.date_citation ->> 'says' AS date_citation_says
FROM core.twinning_agreements t JOIN core.sources s ON s.id = t.source_id
LEFT JOIN core.twinning_agreements o ON o.id = t.renews_id;

COMMENT ON VIEW reporting.twinning IS 'Twinning agreements between districts or cities: one row per agreement.';

COMMENT ON COLUMN reporting.twinning.twinning_id IS 'Id of the agreement.';
COMMENT ON COLUMN reporting.twinning.russian_region IS
    'Russian region(s) whose districts are twinned.';
COMMENT ON COLUMN reporting.twinning.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';
COMMENT ON COLUMN reporting.twinning.belarusian_regions IS
    'Belarusian region(s) named; ''Belarus'' when only the country is.';
COMMENT ON COLUMN reporting.twinning.districts_count IS
    'Number of districts or municipalities paired, when stated.';
COMMENT ON COLUMN reporting.twinning.status IS 'planned, signed or renewed.';
COMMENT ON COLUMN reporting.twinning.year IS 'Year, when known.';
COMMENT ON COLUMN reporting.twinning.month IS 'Month, when known.';
COMMENT ON COLUMN reporting.twinning.day IS 'Day, when known.';
COMMENT ON COLUMN reporting.twinning.date_earliest IS 'Earliest day the known parts allow.';
COMMENT ON COLUMN reporting.twinning.date_latest IS 'Latest day the known parts allow.';
COMMENT ON COLUMN reporting.twinning.date_basis IS 'stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.twinning.key IS 'Curated key, unique across the folder.';
COMMENT ON COLUMN reporting.twinning.note IS 'Curator''s note on the agreement, when there is one.';
COMMENT ON COLUMN reporting.twinning.level IS
    'What is twinned: district, city or oblast; NULL when the text does not say.';
COMMENT ON COLUMN reporting.twinning.units_count_by IS
    'Number of Belarusian districts or cities twinned, when stated.';
COMMENT ON COLUMN reporting.twinning.units_count_ru IS
    'Number of Russian districts or cities twinned, when stated.';
COMMENT ON COLUMN reporting.twinning.renews_id IS
    'The agreement this one renews (its twinning_id), when it is recorded.';
COMMENT ON COLUMN reporting.twinning.renews_key IS 'Key of the agreement this one renews.';
COMMENT ON COLUMN reporting.twinning.original_year IS
    'Year the renewed agreement was first signed, when known.';
COMMENT ON COLUMN reporting.twinning.original_month IS 'Month of the first signing, when known.';
COMMENT ON COLUMN reporting.twinning.original_day IS 'Day of the first signing, when known.';
COMMENT ON COLUMN reporting.twinning.original_earliest IS
    'Earliest day the known parts of the first signing allow.';
COMMENT ON COLUMN reporting.twinning.original_latest IS
    'Latest day the known parts of the first signing allow.';
COMMENT ON COLUMN reporting.twinning.original_basis IS
    'How the first signing''s date is known: stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.twinning.original_note IS
    'Why an inferred first-signing date was inferred.';
COMMENT ON COLUMN reporting.twinning.original_citation_url IS
    'For an external first-signing date: the outside source''s address.';
COMMENT ON COLUMN reporting.twinning.original_citation_publication IS
    'For an external first-signing date: the outside publication.';
COMMENT ON COLUMN reporting.twinning.original_citation_says IS
    'For an external first-signing date: what the outside source says.';
COMMENT ON COLUMN reporting.twinning.date_note IS 'Why an inferred date was inferred.';
COMMENT ON COLUMN reporting.twinning.date_citation_url IS
    'For an external date: the outside source''s address.';
COMMENT ON COLUMN reporting.twinning.date_citation_publication IS
    'For an external date: the outside publication.';
COMMENT ON COLUMN reporting.twinning.date_citation_says IS
    'For an external date: what the outside source says.';
