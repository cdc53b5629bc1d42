-- reporting.enterprise_mentions as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.enterprise_mentions AS
SELECT m.id AS mention_id, e.id AS enterprise_id, e.name AS enterprise,
       e.country AS enterprise_country, sc.name AS enterprise_sector,
       r.name AS russian_region, r.iso_code AS russian_region_code, m.name_as_written,
       m.source_id, s.file_name AS source_file, m.quote, m.note
FROM core.enterprise_mentions m
JOIN core.enterprises e ON e.id = m.enterprise_id
LEFT JOIN core.sectors sc ON sc.id = e.sector_id
LEFT JOIN core.regions r ON r.id = m.region_id
JOIN core.sources s ON s.id = m.source_id;

COMMENT ON VIEW reporting.enterprise_mentions IS 'Enterprises named in the articles: one row per mention.';

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
