-- reporting.sources as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.sources AS
SELECT s.id AS source_id, s.file_name AS source_file, s.title, s.publisher, s.dateline,
       s.date_year::integer AS published_year, s.date_month::integer AS published_month,
       s.date_day::integer AS published_day, s.date AS published_date,
       s.date_basis AS published_basis, s.sha256, s.body AS text,
       s.date_earliest AS published_earliest, s.date_latest AS published_latest,
       s.date_note AS published_note, s.date_citation ->> 'url' AS published_citation_url,
       s.date_citation ->> 'publication' AS published_citation_publication,
       s.date_citation ->> 'says' AS published_citation_says,
       s.date_earliest AS date_for_axis,
       CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
            WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
            WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
            WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                 AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN s.date_earliest IS NOT NULL THEN 'own' ELSE 'none' END AS date_source,
       CASE s.date_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS published_basis_label
FROM core.sources s;

COMMENT ON VIEW reporting.sources IS 'Articles: one row per source, with its full text. published_year is NULL where the article states no year of publication (coopdb never guesses one); such articles have no date_for_axis and fall out of time filters, and so do the facts that take their date from them. Not additive.';

COMMENT ON COLUMN reporting.sources.source_id IS
    'Id of the source; facts in other views point here.';
COMMENT ON COLUMN reporting.sources.source_file IS 'Name of the article file in the curated seeds.';
COMMENT ON COLUMN reporting.sources.title IS 'Headline as printed; NULL when the article has none.';
COMMENT ON COLUMN reporting.sources.publisher IS 'Publisher, only when the text names it.';
COMMENT ON COLUMN reporting.sources.dateline IS
    'Place of the dateline (e.g. MOSCOW), when there is one.';
COMMENT ON COLUMN reporting.sources.published_year IS 'Year of publication, when known.';
COMMENT ON COLUMN reporting.sources.published_month IS 'Month of publication (1-12), when known.';
COMMENT ON COLUMN reporting.sources.published_day IS 'Day of publication, when known.';
COMMENT ON COLUMN reporting.sources.published_date IS
    'Full publication date, only when year, month and day are known.';
COMMENT ON COLUMN reporting.sources.published_basis IS 'stated, inferred or unknown.';
COMMENT ON COLUMN reporting.sources.sha256 IS
    'SHA-256 of the article file, to check it was not altered.';
COMMENT ON COLUMN reporting.sources.text IS 'The full article text, unchanged.';
COMMENT ON COLUMN reporting.sources.published_earliest IS
    'Earliest day the known parts of the publication date allow (NULL without a year).';
COMMENT ON COLUMN reporting.sources.published_latest IS
    'Latest day the known parts of the publication date allow (NULL without a year).';
COMMENT ON COLUMN reporting.sources.published_note IS
    'Why an inferred publication date was inferred; any other remark.';
COMMENT ON COLUMN reporting.sources.published_citation_url IS
    'For an external publication date: address of the outside source.';
COMMENT ON COLUMN reporting.sources.published_citation_publication IS
    'For an external publication date: the outside publication named.';
COMMENT ON COLUMN reporting.sources.published_citation_says IS
    'For an external publication date: what the outside source states.';
COMMENT ON COLUMN reporting.sources.date_for_axis IS
    'Date to plot the row at: its publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.sources.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.sources.date_source IS
    'Where date_for_axis comes from: own (its publication date); none when undated.';
COMMENT ON COLUMN reporting.sources.published_basis_label IS
    'published_basis in words, for display.';
