-- reporting.official_mentions (new in revision 0010): every naming of a person in an article.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.official_mentions AS
SELECT om.id AS official_mention_id, om.official_id, o.name AS official, o.country AS official_country,
       om.post_id, p.title AS post, om.name_as_written,
       s.date_earliest AS date_for_axis,
       CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
            WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
            WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
            WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                 AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       om.source_id, s.file_name AS source_file, om.quote, om.note
FROM core.official_mentions om
JOIN core.officials o ON o.id = om.official_id
LEFT JOIN core.posts p ON p.id = om.post_id
JOIN core.sources s ON s.id = om.source_id;

COMMENT ON VIEW reporting.official_mentions IS 'Persons named in the articles, whether or not they took part in a meeting: one row per mention (Vladimir Putin named in passing is here, not in reporting.meeting_participants). Not additive: count rows or distinct official_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';

COMMENT ON COLUMN reporting.official_mentions.official_mention_id IS
    'Id of the mention.';
COMMENT ON COLUMN reporting.official_mentions.official_id IS
    'Id of the person (reporting.officials).';
COMMENT ON COLUMN reporting.official_mentions.official IS
    'Preferred spelling of the person''s name.';
COMMENT ON COLUMN reporting.official_mentions.official_country IS
    'ISO 3166-1 alpha-2 country the person serves.';
COMMENT ON COLUMN reporting.official_mentions.post_id IS
    'Id of the post the article gives the person (reporting.posts), when it gives one.';
COMMENT ON COLUMN reporting.official_mentions.post IS
    'Title of that post.';
COMMENT ON COLUMN reporting.official_mentions.name_as_written IS
    'The name as the article writes it.';
COMMENT ON COLUMN reporting.official_mentions.date_for_axis IS
    'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.official_mentions.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.official_mentions.date_source IS
    'Where date_for_axis comes from: source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.official_mentions.note IS
    'Curator''s note on the mention, when there is one.';
