-- reporting.meetings as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.meetings AS
SELECT m.id AS meeting_id, m.date_year::integer AS year, m.date_month::integer AS month,
       m.date_day::integer AS day, m.date AS meeting_date,
       m.date_earliest, m.date_latest, m.date_basis, m.date_note, m.place,
       (SELECT string_agg(r.name, '; ' ORDER BY r.name) FROM core.meeting_regions mr
        JOIN core.regions r ON r.id = mr.region_id
        WHERE mr.meeting_id = m.id AND r.country = 'RU') AS russian_region,
       (SELECT string_agg(r.iso_code, '; ' ORDER BY r.name) FROM core.meeting_regions mr
        JOIN core.regions r ON r.id = mr.region_id
        WHERE mr.meeting_id = m.id AND r.country = 'RU') AS russian_region_code,
       (SELECT string_agg(o.name || ' (' || coalesce(p.title, 'no title stated') || ')',
                          '; ' ORDER BY mp.side, o.name)
        FROM core.meeting_participants mp
        JOIN core.officials o ON o.id = mp.official_id
        LEFT JOIN core.posts p ON p.id = mp.post_id
        WHERE mp.meeting_id = m.id) AS participants,
       m.source_id, s.file_name AS source_file, m.quote,
       m.key, m.note, m.date_citation ->> 'url' AS date_citation_url,
       m.date_citation ->> 'publication' AS date_citation_publication,
       m.date_citation ->> 'says' AS date_citation_says,
       1 + (SELECT count(*) FROM core.attestations a WHERE a.meeting_id = m.id)::integer
           AS sources_count,
       (SELECT string_agg(x.file_name, '; ' ORDER BY x.file_name)
        FROM (SELECT s.file_name
              UNION SELECT o.file_name FROM core.attestations a
              JOIN core.sources o ON o.id = a.source_id WHERE a.meeting_id = m.id) x)
           AS reported_by,
       m.date_earliest AS date_for_axis,
       CASE WHEN m.date_year IS NULL THEN 'none' WHEN m.date_month IS NULL THEN 'year'
            WHEN m.date_day IS NULL THEN 'month' ELSE 'day' END AS date_precision,
       CASE WHEN m.date_year IS NULL THEN 'none' ELSE 'own' END AS date_source,
       (SELECT min(mr.region_id) FROM core.meeting_regions mr
        JOIN core.regions r ON r.id = mr.region_id
        WHERE mr.meeting_id = m.id AND r.country = 'RU'
        HAVING count(*) = 1) AS russian_region_id,
       CASE m.date_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred (see date_note)'
            WHEN 'external' THEN 'From an outside source (see date_citation_*)'
            WHEN 'unknown' THEN 'Not known' END AS date_basis_label
FROM core.meetings m JOIN core.sources s ON s.id = m.source_id;

COMMENT ON VIEW reporting.meetings IS 'Meetings between Belarusian and Russian officials: one row per meeting. Time axis: date_for_axis (undated meetings have none and fall out of any time filter). Not additive: count meetings, do not sum columns.';

COMMENT ON COLUMN reporting.meetings.meeting_id IS 'Id of the meeting.';
COMMENT ON COLUMN reporting.meetings.year IS 'Year, when known (see date_basis).';
COMMENT ON COLUMN reporting.meetings.month IS 'Month (1-12), when known.';
COMMENT ON COLUMN reporting.meetings.day IS 'Day of month, when known.';
COMMENT ON COLUMN reporting.meetings.meeting_date IS
    'Full date, only when year, month and day are all known.';
COMMENT ON COLUMN reporting.meetings.date_earliest IS
    'Earliest day the known parts allow (NULL without a year).';
COMMENT ON COLUMN reporting.meetings.date_latest IS
    'Latest day the known parts allow (NULL without a year).';
COMMENT ON COLUMN reporting.meetings.date_basis IS
    'stated (in the text), inferred (see date_note) or unknown.';
COMMENT ON COLUMN reporting.meetings.date_note IS 'Why an inferred date was inferred.';
COMMENT ON COLUMN reporting.meetings.place IS 'Where, as the text says; NULL when not stated.';
COMMENT ON COLUMN reporting.meetings.russian_region IS 'Russian region(s) the meeting concerned.';
COMMENT ON COLUMN reporting.meetings.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';
COMMENT ON COLUMN reporting.meetings.participants IS
    'Participants as ''Name (title held then)'', separated by ''; ''.';
COMMENT ON COLUMN reporting.meetings.source_id IS 'Id of the source (reporting.sources).';
COMMENT ON COLUMN reporting.meetings.key IS
    'Curated key of the meeting, unique across the seeds folder (other articles attest it by it).';
COMMENT ON COLUMN reporting.meetings.note IS 'Curator''s note on the meeting, when there is one.';
COMMENT ON COLUMN reporting.meetings.date_citation_url IS
    'For an external date: address of the outside source.';
COMMENT ON COLUMN reporting.meetings.date_citation_publication IS
    'For an external date: the outside publication named.';
COMMENT ON COLUMN reporting.meetings.date_citation_says IS
    'For an external date: what the outside source states.';
COMMENT ON COLUMN reporting.meetings.sources_count IS
    'Articles reporting the meeting: the defining one and each attesting one (reporting.attestations).';
COMMENT ON COLUMN reporting.meetings.reported_by IS
    'Files of those articles, separated by ''; ''.';
COMMENT ON COLUMN reporting.meetings.date_for_axis IS
    'Date to plot the meeting at: its date, else the first day its known parts allow (1 January of a year alone). NULL when the year is not known: such meetings fall out of time filters (see date_precision).';
COMMENT ON COLUMN reporting.meetings.date_precision IS
    'How much of date_for_axis is known: day, month, year or none (no year; date_for_axis is NULL).';
COMMENT ON COLUMN reporting.meetings.date_source IS
    'Where date_for_axis comes from: own (the meeting''s date) or none. A meeting takes no date from its article (an article''s date is not the meeting''s).';
COMMENT ON COLUMN reporting.meetings.russian_region_id IS
    'Id of the Russian region (reporting.regions.region_id) when the meeting concerns exactly one; NULL for none or several (all are in reporting.meeting_regions).';
COMMENT ON COLUMN reporting.meetings.date_basis_label IS 'date_basis in words, for display.';
