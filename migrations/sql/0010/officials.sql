-- reporting.officials as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.officials AS
SELECT o.id AS official_id, o.name,
       (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.official_names n
        WHERE n.official_id = o.id AND NOT n.is_preferred) AS other_names,
       o.country,
       (SELECT string_agg(p.title, '; ' ORDER BY h.start_earliest NULLS FIRST, p.title)
        FROM core.holdings h JOIN core.posts p ON p.id = h.post_id
        WHERE h.official_id = o.id) AS positions,
       o.note, o.citation ->> 'url' AS citation_url,
       o.citation ->> 'publication' AS citation_publication,
       o.citation ->> 'says' AS citation_says,
       (SELECT string_agg(p.title, '; ' ORDER BY h.start_earliest NULLS FIRST, p.title)
        FROM core.holdings h JOIN core.posts p ON p.id = h.post_id
        WHERE h.official_id = o.id AND h.acting) AS acting_positions
FROM core.officials o;

COMMENT ON VIEW reporting.officials IS 'Persons: one row per official, with every spelling and every post. The lists other_names and positions (acting_positions) have one row per element in reporting.official_names and reporting.post_holders; mentions in articles are in reporting.official_mentions. Not additive.';

COMMENT ON COLUMN reporting.officials.official_id IS 'Id of the person.';
COMMENT ON COLUMN reporting.officials.name IS 'Preferred spelling of the name.';
COMMENT ON COLUMN reporting.officials.other_names IS
    'Other spellings seen in the articles, separated by ''; ''.';
COMMENT ON COLUMN reporting.officials.country IS 'ISO 3166-1 alpha-2 country the person serves.';
COMMENT ON COLUMN reporting.officials.positions IS 'Posts held, separated by ''; ''.';
COMMENT ON COLUMN reporting.officials.note IS
    'Curator''s note on the person: what no article states, with the citation that supports it.';
COMMENT ON COLUMN reporting.officials.citation_url IS
    'Outside source for what no article states: its address.';
COMMENT ON COLUMN reporting.officials.citation_publication IS
    'Outside source for what no article states: the publication.';
COMMENT ON COLUMN reporting.officials.citation_says IS 'What the outside source says.';
COMMENT ON COLUMN reporting.officials.acting_positions IS
    'Posts held as acting (interim) holder, separated by ''; ''.';
