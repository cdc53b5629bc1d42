-- reporting.post_holders, new in revision 0007: who held which post, one row per tenure.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each with
-- its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.post_holders AS
SELECT h.id AS holding_id, p.id AS post_id, p.key AS post_key, p.title AS post, p.body,
       r.name AS post_region, r.iso_code AS post_region_code, r.country AS post_country,
       o.id AS official_id, o.name AS official, h.term::integer AS term, h.acting,
       h.start_year::integer AS start_year, h.start_month::integer AS start_month,
       h.start_day::integer AS start_day, h.start_earliest, h.start_latest, h.start_basis,
       h.start_note, h.start_citation ->> 'url' AS start_citation_url,
       h.start_citation ->> 'publication' AS start_citation_publication,
       h.start_citation ->> 'says' AS start_citation_says,
       h.end_year::integer AS end_year, h.end_month::integer AS end_month,
       h.end_day::integer AS end_day, h.end_earliest, h.end_latest, h.end_basis, h.end_note,
       h.end_citation ->> 'url' AS end_citation_url,
       h.end_citation ->> 'publication' AS end_citation_publication,
       h.end_citation ->> 'says' AS end_citation_says,
       h.note,
       (row_number() OVER (PARTITION BY h.post_id
                           ORDER BY h.start_earliest NULLS LAST, h.start_latest NULLS LAST,
                                    h.acting, o.name, h.term))::integer AS holder_number,
       (count(*) OVER (PARTITION BY h.post_id))::integer AS holders_count,
       h.start_earliest AS date_for_axis,
       CASE WHEN h.start_earliest IS NULL THEN 'none' WHEN h.start_earliest = coalesce(h.start_latest, h.start_earliest) THEN 'day'
            WHEN date_trunc('month', h.start_earliest) = date_trunc('month', h.start_latest) THEN 'month'
            WHEN date_trunc('quarter', h.start_earliest) = date_trunc('quarter', h.start_latest) THEN 'quarter'
            WHEN date_trunc('year', h.start_earliest) = date_trunc('year', h.start_latest)
                 AND (extract(month FROM h.start_earliest) <= 6) = (extract(month FROM h.start_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS date_precision,
       CASE WHEN h.start_earliest IS NOT NULL THEN 'own' ELSE 'none' END AS date_source,
       CASE WHEN h.start_earliest IS NULL THEN 'none' WHEN h.start_earliest = coalesce(h.start_latest, h.start_earliest) THEN 'day'
            WHEN date_trunc('month', h.start_earliest) = date_trunc('month', h.start_latest) THEN 'month'
            WHEN date_trunc('quarter', h.start_earliest) = date_trunc('quarter', h.start_latest) THEN 'quarter'
            WHEN date_trunc('year', h.start_earliest) = date_trunc('year', h.start_latest)
                 AND (extract(month FROM h.start_earliest) <= 6) = (extract(month FROM h.start_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS start_precision,
       CASE WHEN h.end_earliest IS NULL THEN 'none' WHEN h.end_earliest = coalesce(h.end_latest, h.end_earliest) THEN 'day'
            WHEN date_trunc('month', h.end_earliest) = date_trunc('month', h.end_latest) THEN 'month'
            WHEN date_trunc('quarter', h.end_earliest) = date_trunc('quarter', h.end_latest) THEN 'quarter'
            WHEN date_trunc('year', h.end_earliest) = date_trunc('year', h.end_latest)
                 AND (extract(month FROM h.end_earliest) <= 6) = (extract(month FROM h.end_latest) <= 6)
                 THEN 'half'
            ELSE 'year' END AS end_precision,
       p.region_id AS region_id,
       CASE h.start_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS start_basis_label,
       CASE h.end_basis WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS end_basis_label
FROM core.holdings h
JOIN core.posts p ON p.id = h.post_id
JOIN core.regions r ON r.id = p.region_id
JOIN core.officials o ON o.id = h.official_id
ORDER BY p.title, p.id, holder_number;

COMMENT ON VIEW reporting.post_holders IS 'Who held which post, and when: one row per tenure (the holdings of persons: person, post, the post''s region, start and end with their precision, acting), in order of succession within each post. It is also the relation behind reporting.officials.positions and acting_positions, one row per element. Who held post P on day D: WHERE post_id = P AND D BETWEEN start_latest AND coalesce(end_earliest, ''infinity'') (surely) or D BETWEEN start_earliest AND coalesce(end_latest, ''infinity'') (possibly); who came first: ORDER BY holder_number. Not additive. Time axis: date_for_axis, the start (tenures with an unknown start fall out of time filters).';

COMMENT ON COLUMN reporting.post_holders.holding_id IS 'Id of the tenure.';
COMMENT ON COLUMN reporting.post_holders.post_id IS 'Id of the post.';
COMMENT ON COLUMN reporting.post_holders.post_key IS 'Curated key of the post.';
COMMENT ON COLUMN reporting.post_holders.post IS 'Title of the post.';
COMMENT ON COLUMN reporting.post_holders.body IS 'The body the office belongs to, when recorded.';
COMMENT ON COLUMN reporting.post_holders.post_region IS 'Jurisdiction of the post: a country or a region.';
COMMENT ON COLUMN reporting.post_holders.post_region_code IS 'ISO 3166 code of the jurisdiction.';
COMMENT ON COLUMN reporting.post_holders.post_country IS 'ISO 3166-1 alpha-2 country of the jurisdiction.';
COMMENT ON COLUMN reporting.post_holders.official_id IS 'Id of the holder.';
COMMENT ON COLUMN reporting.post_holders.official IS 'Preferred spelling of the holder''s name.';
COMMENT ON COLUMN reporting.post_holders.term IS '1 for the holder''s first tenure of this post, 2 for the second, ...';
COMMENT ON COLUMN reporting.post_holders.acting IS 'True for an acting (interim) holder.';
COMMENT ON COLUMN reporting.post_holders.start_year IS 'Year the tenure began, when known.';
COMMENT ON COLUMN reporting.post_holders.start_month IS 'Month it began, when known.';
COMMENT ON COLUMN reporting.post_holders.start_day IS 'Day it began, when known.';
COMMENT ON COLUMN reporting.post_holders.start_earliest IS
    'Earliest day the tenure can have begun; NULL when unknown.';
COMMENT ON COLUMN reporting.post_holders.start_latest IS
    'Latest day the tenure can have begun; NULL when unknown.';
COMMENT ON COLUMN reporting.post_holders.start_basis IS 'stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.post_holders.start_note IS 'Why an inferred start was inferred.';
COMMENT ON COLUMN reporting.post_holders.start_citation_url IS
    'For an external start: the outside source''s address.';
COMMENT ON COLUMN reporting.post_holders.start_citation_publication IS
    'For an external start: the outside publication.';
COMMENT ON COLUMN reporting.post_holders.start_citation_says IS
    'For an external start: what the outside source says.';
COMMENT ON COLUMN reporting.post_holders.end_year IS 'Year the tenure ended, when known.';
COMMENT ON COLUMN reporting.post_holders.end_month IS 'Month it ended, when known.';
COMMENT ON COLUMN reporting.post_holders.end_day IS 'Day it ended, when known.';
COMMENT ON COLUMN reporting.post_holders.end_earliest IS
    'Earliest day the tenure can have ended; NULL when unknown or ongoing.';
COMMENT ON COLUMN reporting.post_holders.end_latest IS
    'Latest day the tenure can have ended; NULL when unknown or ongoing.';
COMMENT ON COLUMN reporting.post_holders.end_basis IS 'stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.post_holders.end_note IS 'Why an inferred end was inferred.';
COMMENT ON COLUMN reporting.post_holders.end_citation_url IS
    'For an external end: the outside source''s address.';
COMMENT ON COLUMN reporting.post_holders.end_citation_publication IS
    'For an external end: the outside publication.';
COMMENT ON COLUMN reporting.post_holders.end_citation_says IS
    'For an external end: what the outside source says.';
COMMENT ON COLUMN reporting.post_holders.note IS 'Curator''s note on the tenure, when there is one.';
COMMENT ON COLUMN reporting.post_holders.holder_number IS
    'Place of the tenure in the post''s succession: 1 came first (by earliest start; unknown starts last).';
COMMENT ON COLUMN reporting.post_holders.holders_count IS 'Number of tenures of this post recorded.';
COMMENT ON COLUMN reporting.post_holders.date_for_axis IS
    'Date to plot the row at: the day the tenure began, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.post_holders.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.post_holders.date_source IS
    'Where date_for_axis comes from: own (the tenure''s start); none when undated.';
COMMENT ON COLUMN reporting.post_holders.start_precision IS
    'How much of the start is known: day, month, quarter, half or year; none when unknown.';
COMMENT ON COLUMN reporting.post_holders.end_precision IS
    'How much of the end is known: day, month, quarter, half or year; none when unknown or ongoing.';
COMMENT ON COLUMN reporting.post_holders.region_id IS
    'Id of the post''s jurisdiction (reporting.regions.region_id): a country or a region.';
COMMENT ON COLUMN reporting.post_holders.start_basis_label IS
    'start_basis in words, for display.';
COMMENT ON COLUMN reporting.post_holders.end_basis_label IS
    'end_basis in words, for display.';
