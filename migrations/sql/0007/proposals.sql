-- reporting.proposals as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.proposals AS
SELECT p.id AS proposal_id, r.name AS russian_region, r.iso_code AS russian_region_code,
       p.title, sc.name AS sector, p.status, o.name AS proposed_by, p.proposed_by_side,
       (SELECT string_agg(e.name, '; ' ORDER BY e.name) FROM core.proposal_enterprises pe
        JOIN core.enterprises e ON e.id = pe.enterprise_id
        WHERE pe.proposal_id = p.id) AS enterprises,
       CASE WHEN p.currency = 'USD' AND p.amount_low = p.amount_high
            THEN p.amount_low END AS amount_usd,
       CASE WHEN p.currency = 'USD' THEN p.amount_low END AS amount_low_usd,
       CASE WHEN p.currency = 'USD' THEN p.amount_high END AS amount_high_usd,
       p.amount_qualifier, p.amount_text, p.meeting_id, p.source_id,
       s.file_name AS source_file, p.quote
FROM core.proposals p
JOIN core.sectors sc ON sc.id = p.sector_id
LEFT JOIN core.regions r ON r.id = p.region_id
LEFT JOIN core.officials o ON o.id = p.proposed_by_official_id
JOIN core.sources s ON s.id = p.source_id;

COMMENT ON VIEW reporting.proposals IS 'Proposals, plans, agreements and running projects: one row per proposal.';

COMMENT ON COLUMN reporting.proposals.proposal_id IS 'Id of the proposal.';
COMMENT ON COLUMN reporting.proposals.russian_region IS
    'Russian region concerned; NULL for Belarus-Russia as a whole.';
COMMENT ON COLUMN reporting.proposals.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.proposals.title IS 'Curator''s one-line summary.';
COMMENT ON COLUMN reporting.proposals.sector IS 'Sector.';
COMMENT ON COLUMN reporting.proposals.status IS
    'proposed, under_discussion, planned, agreed, ongoing or completed.';
COMMENT ON COLUMN reporting.proposals.proposed_by IS 'Person who made it, when one person did.';
COMMENT ON COLUMN reporting.proposals.proposed_by_side IS 'BY, RU or both; NULL when not stated.';
COMMENT ON COLUMN reporting.proposals.enterprises IS 'Enterprises involved, separated by ''; ''.';
COMMENT ON COLUMN reporting.proposals.amount_usd IS
    'Amount in US dollars when the text gives a single value.';
COMMENT ON COLUMN reporting.proposals.amount_low_usd IS 'Lower bound of the amount in US dollars.';
COMMENT ON COLUMN reporting.proposals.amount_high_usd IS 'Upper bound of the amount in US dollars.';
COMMENT ON COLUMN reporting.proposals.amount_qualifier IS
    'exact, approximately, over, up_to or range.';
COMMENT ON COLUMN reporting.proposals.amount_text IS 'The amount exactly as written.';
COMMENT ON COLUMN reporting.proposals.meeting_id IS
    'Meeting it was made at (reporting.meetings), if any.';
