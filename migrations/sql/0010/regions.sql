-- reporting.regions as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.regions AS
SELECT r.id AS region_id, r.name, r.kind, r.country, r.iso_code, p.name AS parent,
       (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.region_names n
        WHERE n.region_id = r.id) AS other_names,
       r.note, r.citation ->> 'url' AS citation_url,
       r.citation ->> 'publication' AS citation_publication,
       r.citation ->> 'says' AS citation_says
FROM core.regions r LEFT JOIN core.regions p ON p.id = r.parent_id;

COMMENT ON VIEW reporting.regions IS 'Countries, oblasts and cities: one row per region. other_names has one row per name in reporting.region_names. Not additive.';

COMMENT ON COLUMN reporting.regions.region_id IS 'Id of the region.';
COMMENT ON COLUMN reporting.regions.name IS 'Preferred English name.';
COMMENT ON COLUMN reporting.regions.kind IS 'country, federal_city, oblast, district or city.';
COMMENT ON COLUMN reporting.regions.country IS 'ISO 3166-1 alpha-2 country.';
COMMENT ON COLUMN reporting.regions.iso_code IS
    'ISO 3166-1 or 3166-2 code, where one exists (e.g. RU-KRS).';
COMMENT ON COLUMN reporting.regions.parent IS 'Name of the enclosing region.';
COMMENT ON COLUMN reporting.regions.other_names IS
    'Other names, Russian ones included, separated by ''; ''.';
COMMENT ON COLUMN reporting.regions.note IS
    'Curator''s note on the region: what no article states, with the citation that supports it.';
COMMENT ON COLUMN reporting.regions.citation_url IS
    'Outside source for what no article states: its address.';
COMMENT ON COLUMN reporting.regions.citation_publication IS
    'Outside source for what no article states: the publication.';
COMMENT ON COLUMN reporting.regions.citation_says IS 'What the outside source says.';
