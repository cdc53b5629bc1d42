-- reporting.enterprises (new in revision 0010): one row per enterprise, company or state body.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.enterprises AS
SELECT e.id AS enterprise_id, e.key, e.name, e.kind,
       CASE e.kind WHEN 'company' THEN 'Company' WHEN 'state_body' THEN 'State body'
            WHEN 'other' THEN 'Other' END AS kind_label,
       e.country, e.region_id, r.name AS region, r.iso_code AS region_code, sc.name AS sector,
       (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM core.enterprise_names n
        WHERE n.enterprise_id = e.id AND NOT n.is_preferred) AS other_names,
       (SELECT count(*) FROM core.enterprise_mentions m WHERE m.enterprise_id = e.id)::integer
           AS mentions_count,
       (SELECT count(*) FROM core.proposal_enterprises pe WHERE pe.enterprise_id = e.id)::integer
           AS proposals_count,
       e.note, e.citation ->> 'url' AS citation_url,
       e.citation ->> 'publication' AS citation_publication,
       e.citation ->> 'says' AS citation_says
FROM core.enterprises e
LEFT JOIN core.regions r ON r.id = e.region_id
LEFT JOIN core.sectors sc ON sc.id = e.sector_id;

COMMENT ON VIEW reporting.enterprises IS 'Enterprises, companies and state bodies named in the articles: one row each. Mentions are in reporting.enterprise_mentions, proposals involving them in reporting.proposal_enterprises, other spellings one row each in reporting.enterprise_names. Not additive.';

COMMENT ON COLUMN reporting.enterprises.enterprise_id IS
    'Id of the enterprise; reporting.enterprise_mentions and reporting.proposal_enterprises point here.';
COMMENT ON COLUMN reporting.enterprises.key IS
    'Curated key, unique across the seeds folder.';
COMMENT ON COLUMN reporting.enterprises.name IS
    'Preferred name.';
COMMENT ON COLUMN reporting.enterprises.kind IS
    'company, state_body or other.';
COMMENT ON COLUMN reporting.enterprises.kind_label IS
    'kind in words, for display.';
COMMENT ON COLUMN reporting.enterprises.country IS
    'ISO 3166-1 alpha-2 country of the enterprise.';
COMMENT ON COLUMN reporting.enterprises.region_id IS
    'Id of the region it is based in (reporting.regions.region_id), when recorded.';
COMMENT ON COLUMN reporting.enterprises.region IS
    'Name of the region it is based in, when recorded.';
COMMENT ON COLUMN reporting.enterprises.region_code IS
    'ISO 3166 code of that region.';
COMMENT ON COLUMN reporting.enterprises.sector IS
    'Main sector, when known.';
COMMENT ON COLUMN reporting.enterprises.other_names IS
    'Other spellings seen in the articles, separated by ''; '' (one row each in reporting.enterprise_names).';
COMMENT ON COLUMN reporting.enterprises.mentions_count IS
    'Mentions in the articles (rows of reporting.enterprise_mentions).';
COMMENT ON COLUMN reporting.enterprises.proposals_count IS
    'Proposals involving it (rows of reporting.proposal_enterprises).';
COMMENT ON COLUMN reporting.enterprises.note IS
    'Curator''s note on the enterprise: what no article states, with the citation that supports it.';
COMMENT ON COLUMN reporting.enterprises.citation_url IS
    'Outside source for what no article states: its address.';
COMMENT ON COLUMN reporting.enterprises.citation_publication IS
    'Outside source for what no article states: the publication.';
COMMENT ON COLUMN reporting.enterprises.citation_says IS
    'What the outside source says.';
