-- reporting.source_dates (new in revision 0007). New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.source_dates AS
SELECT d.id AS source_date_id, d.role, d.year::integer AS year, d.month::integer AS month,
       d.day::integer AS day, d.earliest, d.latest, d.basis, d.note,
       d.citation ->> 'url' AS citation_url, d.citation ->> 'publication' AS citation_publication,
       d.citation ->> 'says' AS citation_says, d.source_id, s.file_name AS source_file, d.quote
FROM core.source_dates d JOIN core.sources s ON s.id = d.source_id;

COMMENT ON VIEW reporting.source_dates IS 'Dates an article carries besides its publication date (reporting.sources): its dateline''s own date, its page''s own date.';

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
