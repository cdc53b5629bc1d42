-- reporting.attestations as revision 0010 makes it. New columns go at the END of the select list
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
       d.file_name AS defined_in_file, t.note, t.source_id, d.file_name AS source_file, t.quote,
       d.date_earliest AS date_for_axis,
       CASE WHEN d.date_earliest IS NULL THEN 'none' WHEN d.date_earliest = coalesce(d.date_latest, d.date_earliest) THEN 'day'
            WHEN date_trunc('month', d.date_earliest) = date_trunc('month', d.date_latest) THEN 'month'
            WHEN date_trunc('quarter', d.date_earliest) = date_trunc('quarter', d.date_latest) THEN 'quarter'
            WHEN date_trunc('year', d.date_earliest) = date_trunc('year', d.date_latest)
                 AND (extract(month FROM d.date_earliest) <= 6) = (extract(month FROM d.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN d.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       CASE WHEN t.kind = 'meeting' THEN t.id END AS meeting_id,
       CASE WHEN t.kind = 'proposal' THEN t.id END AS proposal_id,
       CASE WHEN t.kind = 'trade_figure' THEN t.id END AS trade_figure_id,
       CASE WHEN t.kind = 'twinning' THEN t.id END AS twinning_id,
       CASE WHEN t.kind = 'statement' THEN t.id END AS statement_id,
       'defining-' || t.kind || '-' || t.id::text AS attestation_key
FROM target t JOIN core.sources d ON d.id = t.source_id
UNION ALL
SELECT a.id, t.kind, t.id, t.key, false, t.source_id, d.file_name, a.note, a.source_id,
       s.file_name AS source_file, a.quote,
       s.date_earliest AS date_for_axis,
       CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
            WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
            WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
            WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                 AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       CASE WHEN t.kind = 'meeting' THEN t.id END AS meeting_id,
       CASE WHEN t.kind = 'proposal' THEN t.id END AS proposal_id,
       CASE WHEN t.kind = 'trade_figure' THEN t.id END AS trade_figure_id,
       CASE WHEN t.kind = 'twinning' THEN t.id END AS twinning_id,
       CASE WHEN t.kind = 'statement' THEN t.id END AS statement_id,
       'attestation-' || a.id::text AS attestation_key
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

COMMENT ON VIEW reporting.attestations IS 'Which articles report each fact: one row for the article defining it (is_defining) and one per article attesting it; the rows behind the sources_count and reported_by columns. Key: attestation_key (attestation_id is NULL on defining rows). Not additive: count rows per fact for the number of sources. Time axis: date_for_axis, the date of the article whose words the row holds (rows of undated articles fall out of time filters).';

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
COMMENT ON COLUMN reporting.attestations.date_for_axis IS
    'Date to plot the row at: the publication date of the article whose words these are, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.attestations.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.attestations.date_source IS
    'Where date_for_axis comes from: source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.attestations.meeting_id IS
    'Id of the meeting attested (reporting.meetings) when kind is meeting; NULL otherwise (the same as target_id, named for joins).';
COMMENT ON COLUMN reporting.attestations.proposal_id IS
    'Id of the proposal attested (reporting.proposals) when kind is proposal; NULL otherwise (the same as target_id, named for joins).';
COMMENT ON COLUMN reporting.attestations.trade_figure_id IS
    'Id of the trade figure attested (reporting.trade_figures) when kind is trade_figure; NULL otherwise (the same as target_id, named for joins).';
COMMENT ON COLUMN reporting.attestations.twinning_id IS
    'Id of the twinning attested (reporting.twinning) when kind is twinning; NULL otherwise (the same as target_id, named for joins).';
COMMENT ON COLUMN reporting.attestations.statement_id IS
    'Id of the statement attested (reporting.statements) when kind is statement; NULL otherwise (the same as target_id, named for joins).';
COMMENT ON COLUMN reporting.attestations.attestation_key IS
    'Unique key of the row, stable across loads: ''defining-<kind>-<target_id>'' for the defining article''s row, ''attestation-<attestation_id>'' for an attesting one.';
