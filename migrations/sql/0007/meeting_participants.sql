-- reporting.meeting_participants as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.meeting_participants AS
SELECT mp.id AS participant_id, mp.meeting_id, o.id AS official_id, o.name AS official,
       p.title, mp.side, m.date_year::integer AS year, m.date_month::integer AS month,
       m.date_day::integer AS day, m.date_basis, mp.source_id,
       s.file_name AS source_file, mp.quote, mp.note
FROM core.meeting_participants mp
JOIN core.meetings m ON m.id = mp.meeting_id
JOIN core.officials o ON o.id = mp.official_id
LEFT JOIN core.posts p ON p.id = mp.post_id
JOIN core.sources s ON s.id = mp.source_id;

COMMENT ON VIEW reporting.meeting_participants IS 'Participants of meetings: one row per person per meeting.';

COMMENT ON COLUMN reporting.meeting_participants.participant_id IS 'Id of the participation.';
COMMENT ON COLUMN reporting.meeting_participants.meeting_id IS
    'Id of the meeting (reporting.meetings).';
COMMENT ON COLUMN reporting.meeting_participants.official_id IS
    'Id of the person (reporting.officials).';
COMMENT ON COLUMN reporting.meeting_participants.official IS
    'Name of the person (preferred spelling).';
COMMENT ON COLUMN reporting.meeting_participants.title IS 'Post the person held at the meeting.';
COMMENT ON COLUMN reporting.meeting_participants.side IS 'BY (Belarusian) or RU (Russian) side.';
COMMENT ON COLUMN reporting.meeting_participants.year IS 'Year of the meeting, when known.';
COMMENT ON COLUMN reporting.meeting_participants.month IS 'Month of the meeting, when known.';
COMMENT ON COLUMN reporting.meeting_participants.day IS 'Day of the meeting, when known.';
COMMENT ON COLUMN reporting.meeting_participants.date_basis IS 'stated, inferred or unknown.';
COMMENT ON COLUMN reporting.meeting_participants.note IS
    'Curator''s note on the participation, when there is one.';
