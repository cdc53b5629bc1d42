-- reporting.sources as revision 0007 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.sources AS
SELECT s.id AS source_id, s.file_name AS source_file, s.title, s.publisher, s.dateline,
       s.date_year::integer AS published_year, s.date_month::integer AS published_month,
       s.date_day::integer AS published_day, s.date AS published_date,
       s.date_basis AS published_basis, s.sha256, s.body AS text,
       s.date_earliest AS published_earliest, s.date_latest AS published_latest,
       s.date_note AS published_note, s.date_citation ->> 'url' AS published_citation_url,
       s.date_citation ->> 'publication' AS published_citation_publication,
       s.date_citation ->> 'says' AS published_citation_says
FROM core.sources s;

COMMENT ON VIEW reporting.sources IS 'Articles: one row per source, with its full text.';

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
