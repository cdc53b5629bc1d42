-- reporting.attestations (new in revision 0007). New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.attestations AS
WITH target AS (
    SELECT 'meeting'::text AS kind, id, key, source_id, note, quote FROM core.meetings
    UNION ALL
    SELECT 'proposal', id, key, source_id, note, quote FROM core.proposals
    UNION ALL
    SELECT 'trade_figure', id, key, source_id, note, quote FROM core.trade_figures
    UNION ALL
    SELECT 'twinning', id, key, source_id, note, quote FROM core.twinning_agreements
    UNION ALL
    SELECT 'statement', id, key, source_id, note, quote FROM core.statements
)
SELECT NULL::bigint AS attestation_id, t.kind, t.id AS target_id, t.key AS target_key,
       true AS is_defining, t.source_id AS defined_in_source_id,
       d.file_name AS defined_in_file, t.note, t.source_id, d.file_name AS source_file, t.quote
FROM target t JOIN core.sources d ON d.id = t.source_id
UNION ALL
SELECT a.id, t.kind, t.id, t.key, false, t.source_id, d.file_name, a.note, a.source_id,
       s.file_name AS source_file, a.quote
FROM core.attestations a
JOIN target t
  ON t.id = coalesce(a.meeting_id, a.proposal_id, a.trade_figure_id, a.twinning_id,
                     a.statement_id)
 AND t.kind = CASE WHEN a.meeting_id IS NOT NULL THEN 'meeting'
                   WHEN a.proposal_id IS NOT NULL THEN 'proposal'
                   WHEN a.trade_figure_id IS NOT NULL THEN 'trade_figure'
                   WHEN a.twinning_id IS NOT NULL THEN 'twinning'
                   ELSE 'statement' END
JOIN core.sources d ON d.id = t.source_id
JOIN core.sources s ON s.id = a.source_id;

COMMENT ON VIEW reporting.attestations IS 'Which articles report each fact: one row for the article defining it (is_defining) and one per article attesting it.';

COMMENT ON COLUMN reporting.attestations.attestation_id IS
    'Id of the attestation; NULL on the defining article''s row.';
COMMENT ON COLUMN reporting.attestations.kind IS
    'What is attested: meeting, proposal, trade_figure, twinning or statement.';
COMMENT ON COLUMN reporting.attestations.target_id IS
    'Id of the fact in its view (reporting.meetings, .proposals, .trade_figures, .twinning, .statements).';
COMMENT ON COLUMN reporting.attestations.target_key IS
    'Curated key of the fact, unique across the seeds folder.';
COMMENT ON COLUMN reporting.attestations.is_defining IS
    'True on the row of the article that defines the fact (its own quote is the first attestation).';
COMMENT ON COLUMN reporting.attestations.defined_in_source_id IS
    'Id of the source defining the fact (reporting.sources).';
COMMENT ON COLUMN reporting.attestations.defined_in_file IS 'Article file defining the fact.';
COMMENT ON COLUMN reporting.attestations.note IS
    'Curator''s note on the attestation (on the defining row: on the fact).';
COMMENT ON COLUMN reporting.attestations.source_id IS
    'Id of the source whose words these are (reporting.sources).';
