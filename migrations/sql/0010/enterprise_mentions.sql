-- reporting.enterprise_mentions as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.enterprise_mentions AS
SELECT m.id AS mention_id, e.id AS enterprise_id, e.name AS enterprise,
       e.country AS enterprise_country, sc.name AS enterprise_sector,
       r.name AS russian_region, r.iso_code AS russian_region_code, m.name_as_written,
       m.source_id, s.file_name AS source_file, m.quote, m.note,
       s.date_earliest AS date_for_axis,
       CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
            WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
            WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
            WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                 AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       m.region_id AS russian_region_id
FROM core.enterprise_mentions m
JOIN core.enterprises e ON e.id = m.enterprise_id
LEFT JOIN core.sectors sc ON sc.id = e.sector_id
LEFT JOIN core.regions r ON r.id = m.region_id
JOIN core.sources s ON s.id = m.source_id;

COMMENT ON VIEW reporting.enterprise_mentions IS 'Enterprises named in the articles: one row per mention. Not additive: count rows or distinct enterprise_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';

COMMENT ON COLUMN reporting.enterprise_mentions.mention_id IS 'Id of the mention.';
COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_id IS 'Id of the enterprise.';
COMMENT ON COLUMN reporting.enterprise_mentions.enterprise IS 'Preferred name of the enterprise.';
COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_country IS
    'ISO 3166-1 alpha-2 country of the enterprise.';
COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_sector IS
    'Main sector of the enterprise, where known.';
COMMENT ON COLUMN reporting.enterprise_mentions.russian_region IS
    'Russian region the mention concerns.';
COMMENT ON COLUMN reporting.enterprise_mentions.russian_region_code IS
    'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.enterprise_mentions.name_as_written IS
    'The name or alias as the text writes it.';
COMMENT ON COLUMN reporting.enterprise_mentions.note IS
    'Curator''s note on the mention, when there is one.';
COMMENT ON COLUMN reporting.enterprise_mentions.date_for_axis IS
    'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.enterprise_mentions.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.enterprise_mentions.date_source IS
    'Where date_for_axis comes from: source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.enterprise_mentions.russian_region_id IS
    'Id of the Russian region the mention concerns (reporting.regions.region_id).';
