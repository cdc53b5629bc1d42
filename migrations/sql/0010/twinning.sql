-- reporting.twinning as revision 0010 makes it. New columns go at the END of the select list
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
       t.date_citation ->> 'says' AS date_citation_says,
       t.date_earliest AS date_for_axis,
       CASE WHEN t.date_earliest IS NULL THEN 'none' WHEN t.date_earliest = coalesce(t.date_latest, t.date_earliest) THEN 'day'
            WHEN date_trunc('month', t.date_earliest) = date_trunc('month', t.date_latest) THEN 'month'
            WHEN date_trunc('quarter', t.date_earliest) = date_trunc('quarter', t.date_latest) THEN 'quarter'
            WHEN date_trunc('year', t.date_earliest) = date_trunc('year', t.date_latest)
                 AND (extract(month FROM t.date_earliest) <= 6) = (extract(month FROM t.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN t.date_earliest IS NOT NULL THEN 'own' ELSE 'none' END AS date_source,
       (SELECT min(x.region_id) FROM core.twinning_regions x JOIN core.regions r ON r.id = x.region_id
        WHERE x.twinning_id = t.id AND x.side = 'RU' HAVING count(*) = 1) AS russian_region_id,
       (SELECT min(x.region_id) FROM core.twinning_regions x JOIN core.regions r ON r.id = x.region_id
        WHERE x.twinning_id = t.id AND x.side = 'BY' HAVING count(*) = 1) AS belarusian_region_id,
       CASE t.status WHEN 'planned' THEN 'Planned'
            WHEN 'signed' THEN 'Signed'
            WHEN 'renewed' THEN 'Renewed' END AS status_label,
       CASE t.date_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS date_basis_label
FROM core.twinning_agreements t JOIN core.sources s ON s.id = t.source_id
LEFT JOIN core.twinning_agreements o ON o.id = t.renews_id;

COMMENT ON VIEW reporting.twinning IS 'Twinning agreements between districts or cities: one row per agreement. Time axis: date_for_axis with date_precision (''planned in 2022'' is 2022-01-01 with precision year; undated agreements fall out of time filters). districts_count is additive only over agreements of one status that do not renew one another; the region lists have one row per element in reporting.twinning_regions.';

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
COMMENT ON COLUMN reporting.twinning.date_for_axis IS
    'Date to plot the row at: the agreement''s date (planned: when it is to be signed), the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.twinning.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.twinning.date_source IS
    'Where date_for_axis comes from: own (the agreement''s date); none when undated.';
COMMENT ON COLUMN reporting.twinning.russian_region_id IS
    'Id of the Russian region (reporting.regions.region_id) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';
COMMENT ON COLUMN reporting.twinning.belarusian_region_id IS
    'Id of the Belarusian region (reporting.regions.region_id, possibly the country Belarus) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';
COMMENT ON COLUMN reporting.twinning.status_label IS
    'status in words, for display.';
COMMENT ON COLUMN reporting.twinning.date_basis_label IS
    'date_basis in words, for display.';
