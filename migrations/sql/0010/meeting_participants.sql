-- reporting.meeting_participants as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.meeting_participants AS
SELECT mp.id AS participant_id, mp.meeting_id, o.id AS official_id, o.name AS official,
       p.title, mp.side, m.date_year::integer AS year, m.date_month::integer AS month,
       m.date_day::integer AS day, m.date_basis, mp.source_id,
       s.file_name AS source_file, mp.quote, mp.note,
       m.date_earliest AS date_for_axis,
       CASE WHEN m.date_earliest IS NULL THEN 'none' WHEN m.date_earliest = coalesce(m.date_latest, m.date_earliest) THEN 'day'
            WHEN date_trunc('month', m.date_earliest) = date_trunc('month', m.date_latest) THEN 'month'
            WHEN date_trunc('quarter', m.date_earliest) = date_trunc('quarter', m.date_latest) THEN 'quarter'
            WHEN date_trunc('year', m.date_earliest) = date_trunc('year', m.date_latest)
                 AND (extract(month FROM m.date_earliest) <= 6) = (extract(month FROM m.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN m.date_earliest IS NOT NULL THEN 'meeting' ELSE 'none' END AS date_source,
       m.date AS meeting_date,
       rr.russian_region AS russian_region,
       rr.russian_region_code AS russian_region_code,
       rr.russian_region_id AS russian_region_id,
       CASE m.date_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS date_basis_label,
       CASE mp.side WHEN 'BY' THEN 'Belarus'
            WHEN 'RU' THEN 'Russia'
            WHEN 'both' THEN 'Both sides' END AS side_label
FROM core.meeting_participants mp
JOIN core.meetings m ON m.id = mp.meeting_id
JOIN core.officials o ON o.id = mp.official_id
LEFT JOIN core.posts p ON p.id = mp.post_id
JOIN core.sources s ON s.id = mp.source_id
LEFT JOIN (SELECT mr.meeting_id,
                  string_agg(r.name, '; ' ORDER BY r.name) AS russian_region,
                  string_agg(r.iso_code, '; ' ORDER BY r.name) AS russian_region_code,
                  CASE WHEN count(*) = 1 THEN min(r.id) END AS russian_region_id
           FROM core.meeting_regions mr JOIN core.regions r ON r.id = mr.region_id
           WHERE r.country = 'RU' GROUP BY mr.meeting_id) rr ON rr.meeting_id = m.id;

COMMENT ON VIEW reporting.meeting_participants IS 'Participants of meetings: one row per person per meeting, with the meeting''s date and region. Time axis: date_for_axis, the meeting''s (participants of undated meetings fall out of time filters). Not additive: count rows (a person at two meetings counts twice).';

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
COMMENT ON COLUMN reporting.meeting_participants.date_for_axis IS
    'Date to plot the row at: the date of its meeting, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.meeting_participants.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.meeting_participants.date_source IS
    'Where date_for_axis comes from: meeting (the meeting''s date, as reporting.meetings.date_for_axis); none when undated.';
COMMENT ON COLUMN reporting.meeting_participants.meeting_date IS
    'Full date of the meeting, only when year, month and day are known.';
COMMENT ON COLUMN reporting.meeting_participants.russian_region IS
    'Russian region(s) the meeting concerned, separated by ''; '' (one row each in reporting.meeting_regions).';
COMMENT ON COLUMN reporting.meeting_participants.russian_region_code IS
    'ISO 3166-2 code(s) of those regions.';
COMMENT ON COLUMN reporting.meeting_participants.russian_region_id IS
    'Id of the meeting''s Russian region (reporting.regions.region_id) when it concerns exactly one; NULL for none or several.';
COMMENT ON COLUMN reporting.meeting_participants.date_basis_label IS
    'date_basis in words, for display.';
COMMENT ON COLUMN reporting.meeting_participants.side_label IS
    'side in words: Belarus or Russia.';
