-- reporting.proposal_enterprises (new in revision 0010): the enterprises each proposal involves.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.proposal_enterprises AS
SELECT pe.proposal_id::text || '-' || pe.enterprise_id::text AS proposal_enterprise_id,
       pe.proposal_id, pe.enterprise_id, e.name AS enterprise, e.country AS enterprise_country,
       p.region_id AS russian_region_id
FROM core.proposal_enterprises pe
JOIN core.enterprises e ON e.id = pe.enterprise_id
JOIN core.proposals p ON p.id = pe.proposal_id;

COMMENT ON VIEW reporting.proposal_enterprises IS 'Enterprises involved in proposals: one row per proposal and enterprise (the rows behind reporting.proposals.enterprises). Not additive: count rows; a proposal naming three enterprises counts under each. Date: join reporting.proposals on proposal_id for date_for_axis.';

COMMENT ON COLUMN reporting.proposal_enterprises.proposal_enterprise_id IS
    'Key of the row: proposal_id and enterprise_id joined by ''-'' (both stable across loads).';
COMMENT ON COLUMN reporting.proposal_enterprises.proposal_id IS
    'Id of the proposal (reporting.proposals).';
COMMENT ON COLUMN reporting.proposal_enterprises.enterprise_id IS
    'Id of the enterprise (reporting.enterprises).';
COMMENT ON COLUMN reporting.proposal_enterprises.enterprise IS
    'Preferred name of the enterprise.';
COMMENT ON COLUMN reporting.proposal_enterprises.enterprise_country IS
    'ISO 3166-1 alpha-2 country of the enterprise.';
COMMENT ON COLUMN reporting.proposal_enterprises.russian_region_id IS
    'Id of the proposal''s Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';
