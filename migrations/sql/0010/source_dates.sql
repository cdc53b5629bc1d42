-- reporting.source_dates (new in revision 0007). New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.source_dates AS
SELECT d.id AS source_date_id, d.role, d.year::integer AS year, d.month::integer AS month,
       d.day::integer AS day, d.earliest, d.latest, d.basis, d.note,
       d.citation ->> 'url' AS citation_url, d.citation ->> 'publication' AS citation_publication,
       d.citation ->> 'says' AS citation_says, d.source_id, s.file_name AS source_file, d.quote,
       d.earliest AS date_for_axis,
       CASE WHEN d.earliest IS NULL THEN 'none' WHEN d.earliest = coalesce(d.latest, d.earliest) THEN 'day'
            WHEN date_trunc('month', d.earliest) = date_trunc('month', d.latest) THEN 'month'
            WHEN date_trunc('quarter', d.earliest) = date_trunc('quarter', d.latest) THEN 'quarter'
            WHEN date_trunc('year', d.earliest) = date_trunc('year', d.latest)
                 AND (extract(month FROM d.earliest) <= 6) = (extract(month FROM d.latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN d.earliest IS NOT NULL THEN 'own' ELSE 'none' END AS date_source,
       CASE d.basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS basis_label
FROM core.source_dates d JOIN core.sources s ON s.id = d.source_id;

COMMENT ON VIEW reporting.source_dates IS 'Dates an article carries besides its publication date (reporting.sources): its dateline''s own date, its page''s own date. Not additive. Time axis: date_for_axis (a date without a year has none and falls out of time filters).';

COMMENT ON COLUMN reporting.source_dates.source_date_id IS 'Id of the date.';
COMMENT ON COLUMN reporting.source_dates.role IS
    'dateline (the dateline''s own date) or page (the page''s own date, e.g. when it was captured).';
COMMENT ON COLUMN reporting.source_dates.year IS 'Year, when known (see basis).';
COMMENT ON COLUMN reporting.source_dates.month IS 'Month (1-12), when known.';
COMMENT ON COLUMN reporting.source_dates.day IS 'Day of month, when known.';
COMMENT ON COLUMN reporting.source_dates.earliest IS
    'Earliest day the known parts allow (NULL without a year).';
COMMENT ON COLUMN reporting.source_dates.latest IS
    'Latest day the known parts allow (NULL without a year).';
COMMENT ON COLUMN reporting.source_dates.basis IS
    'stated (in the quote), inferred (see note), external (see citation_*) or unknown.';
COMMENT ON COLUMN reporting.source_dates.note IS 'Why an inferred date was inferred; any other remark.';
COMMENT ON COLUMN reporting.source_dates.citation_url IS
    'For an external date: address of the outside source.';
COMMENT ON COLUMN reporting.source_dates.citation_publication IS
    'For an external date: the outside publication named.';
COMMENT ON COLUMN reporting.source_dates.citation_says IS
    'For an external date: what the outside source states.';
COMMENT ON COLUMN reporting.source_dates.date_for_axis IS
    'Date to plot the row at: this date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.source_dates.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.source_dates.date_source IS
    'Where date_for_axis comes from: own (this date); none when undated.';
COMMENT ON COLUMN reporting.source_dates.basis_label IS
    'basis in words, for display.';
