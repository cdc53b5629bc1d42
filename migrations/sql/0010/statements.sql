-- reporting.statements (new in revision 0007). New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.statements AS
SELECT st.id AS statement_id, st.key, st.kind, o.name AS speaker,
       st.speaker_official_id, st.side, st.summary, r.name AS russian_region,
       r.iso_code AS russian_region_code, sc.name AS sector, st.meeting_id, st.note,
       st.source_id, s.file_name AS source_file, st.quote,
       CASE WHEN mt.date_earliest IS NOT NULL THEN mt.date_earliest
            WHEN s.date_earliest IS NOT NULL THEN s.date_earliest END AS date_for_axis,
       CASE WHEN mt.date_earliest IS NOT NULL THEN
            CASE WHEN mt.date_earliest IS NULL THEN 'none' WHEN mt.date_earliest = coalesce(mt.date_latest, mt.date_earliest) THEN 'day'
                WHEN date_trunc('month', mt.date_earliest) = date_trunc('month', mt.date_latest) THEN 'month'
                WHEN date_trunc('quarter', mt.date_earliest) = date_trunc('quarter', mt.date_latest) THEN 'quarter'
                WHEN date_trunc('year', mt.date_earliest) = date_trunc('year', mt.date_latest)
                     AND (extract(month FROM mt.date_earliest) <= 6) = (extract(month FROM mt.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            WHEN s.date_earliest IS NOT NULL THEN
            CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
                WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
                WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
                WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                     AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            ELSE 'none' END AS date_precision,
       CASE WHEN mt.date_earliest IS NOT NULL THEN 'meeting'
            WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       st.region_id AS russian_region_id,
       st.speaker_official_id AS official_id,
       CASE st.side WHEN 'BY' THEN 'Belarus'
            WHEN 'RU' THEN 'Russia'
            WHEN 'both' THEN 'Both sides' END AS side_label
FROM core.statements st
LEFT JOIN core.officials o ON o.id = st.speaker_official_id
LEFT JOIN core.regions r ON r.id = st.region_id
LEFT JOIN core.sectors sc ON sc.id = st.sector_id
JOIN core.sources s ON s.id = st.source_id
LEFT JOIN core.meetings mt ON mt.id = st.meeting_id;

COMMENT ON VIEW reporting.statements IS 'Statements: intentions, assessments, commitments and claims, one row each. Not additive: count rows. Time axis: date_for_axis (its meeting''s date, else its article''s; undated statements fall out of time filters).';

COMMENT ON COLUMN reporting.statements.statement_id IS 'Id of the statement.';
COMMENT ON COLUMN reporting.statements.key IS
    'Curated key of the statement, unique across the seeds folder.';
COMMENT ON COLUMN reporting.statements.kind IS 'intention, assessment, commitment or claim.';
COMMENT ON COLUMN reporting.statements.speaker IS
    'Who made it (preferred spelling), when the text names one person.';
COMMENT ON COLUMN reporting.statements.speaker_official_id IS
    'Id of the speaker (reporting.officials), when named.';
COMMENT ON COLUMN reporting.statements.side IS
    'BY or RU: whose statement it is (the speaker''s country unless stated); NULL when not known.';
COMMENT ON COLUMN reporting.statements.summary IS 'Curator''s one-line summary.';
COMMENT ON COLUMN reporting.statements.russian_region IS
    'Russian region concerned; NULL for none.';
COMMENT ON COLUMN reporting.statements.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.statements.sector IS 'Sector concerned, when one is.';
COMMENT ON COLUMN reporting.statements.meeting_id IS
    'Meeting it was made at (reporting.meetings), if any; possibly another article''s.';
COMMENT ON COLUMN reporting.statements.note IS 'Curator''s note on the statement, when there is one.';
COMMENT ON COLUMN reporting.statements.date_for_axis IS
    'Date to plot the row at: the date of its meeting, else of its article, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.statements.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.statements.date_source IS
    'Where date_for_axis comes from: meeting (its meeting''s date), source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.statements.russian_region_id IS
    'Id of the Russian region concerned (reporting.regions.region_id); NULL for none.';
COMMENT ON COLUMN reporting.statements.official_id IS
    'Id of the speaker (reporting.officials), when named: the same as speaker_official_id, named for joins.';
COMMENT ON COLUMN reporting.statements.side_label IS
    'side in words: Belarus or Russia.';
