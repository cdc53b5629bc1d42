-- reporting.statements (new in revision 0007). New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.statements AS
SELECT st.id AS statement_id, st.key, st.kind, o.name AS speaker,
       st.speaker_official_id, st.side, st.summary, r.name AS russian_region,
       r.iso_code AS russian_region_code, sc.name AS sector, st.meeting_id, st.note,
       st.source_id, s.file_name AS source_file, st.quote
FROM core.statements st
LEFT JOIN core.officials o ON o.id = st.speaker_official_id
LEFT JOIN core.regions r ON r.id = st.region_id
LEFT JOIN core.sectors sc ON sc.id = st.sector_id
JOIN core.sources s ON s.id = st.source_id;

COMMENT ON VIEW reporting.statements IS 'Statements: intentions, assessments, commitments and claims, one row each.';

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
