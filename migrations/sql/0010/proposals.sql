-- reporting.proposals as revision 0010 makes it. New columns go at the END of the select list
-- (CREATE OR REPLACE VIEW only appends), each with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.proposals AS
SELECT p.id AS proposal_id, r.name AS russian_region, r.iso_code AS russian_region_code,
       p.title, sc.name AS sector, p.status, o.name AS proposed_by, p.proposed_by_side,
       (SELECT string_agg(e.name, '; ' ORDER BY e.name) FROM core.proposal_enterprises pe
        JOIN core.enterprises e ON e.id = pe.enterprise_id
        WHERE pe.proposal_id = p.id) AS enterprises,
       CASE WHEN p.currency = 'USD' AND p.amount_low = p.amount_high
            THEN p.amount_low END AS amount_usd,
       CASE WHEN p.currency = 'USD' THEN p.amount_low END AS amount_low_usd,
       CASE WHEN p.currency = 'USD' THEN p.amount_high END AS amount_high_usd,
       p.amount_qualifier, p.amount_text, p.meeting_id, p.source_id,
       s.file_name AS source_file, p.quote,
       p.key, p.note,
       CASE WHEN p.proposed_basis IS NOT NULL THEN 'proposal'
            WHEN m.id IS NOT NULL THEN 'meeting' END AS proposed_date_from,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_year::integer
            ELSE m.date_year::integer END AS proposed_year,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_month::integer
            ELSE m.date_month::integer END AS proposed_month,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_day::integer
            ELSE m.date_day::integer END AS proposed_day,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_earliest
            ELSE m.date_earliest END AS proposed_earliest,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_latest
            ELSE m.date_latest END AS proposed_latest,
       coalesce(p.proposed_basis, m.date_basis) AS proposed_basis,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_note
            ELSE m.date_note END AS proposed_note,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_citation
            ELSE m.date_citation END ->> 'url' AS proposed_citation_url,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_citation
            ELSE m.date_citation END ->> 'publication' AS proposed_citation_publication,
       CASE WHEN p.proposed_basis IS NOT NULL THEN p.proposed_citation
            ELSE m.date_citation END ->> 'says' AS proposed_citation_says,
       p.timeframe_label, p.timeframe_start, p.timeframe_end, p.timeframe_kind,
       p.timeframe_months::integer AS timeframe_months, p.timeframe_basis, p.timeframe_note,
       p.timeframe_citation ->> 'url' AS timeframe_citation_url,
       p.timeframe_citation ->> 'publication' AS timeframe_citation_publication,
       p.timeframe_citation ->> 'says' AS timeframe_citation_says,
       p.timeframe_start_precision, p.timeframe_end_precision,
       CASE WHEN p.proposed_earliest IS NOT NULL THEN p.proposed_earliest
            WHEN m.date_earliest IS NOT NULL THEN m.date_earliest
            WHEN s.date_earliest IS NOT NULL THEN s.date_earliest END AS date_for_axis,
       CASE WHEN p.proposed_earliest IS NOT NULL THEN
            CASE WHEN p.proposed_earliest IS NULL THEN 'none' WHEN p.proposed_earliest = coalesce(p.proposed_latest, p.proposed_earliest) THEN 'day'
                WHEN date_trunc('month', p.proposed_earliest) = date_trunc('month', p.proposed_latest) THEN 'month'
                WHEN date_trunc('quarter', p.proposed_earliest) = date_trunc('quarter', p.proposed_latest) THEN 'quarter'
                WHEN date_trunc('year', p.proposed_earliest) = date_trunc('year', p.proposed_latest)
                     AND (extract(month FROM p.proposed_earliest) <= 6) = (extract(month FROM p.proposed_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            WHEN m.date_earliest IS NOT NULL THEN
            CASE WHEN m.date_earliest IS NULL THEN 'none' WHEN m.date_earliest = coalesce(m.date_latest, m.date_earliest) THEN 'day'
                WHEN date_trunc('month', m.date_earliest) = date_trunc('month', m.date_latest) THEN 'month'
                WHEN date_trunc('quarter', m.date_earliest) = date_trunc('quarter', m.date_latest) THEN 'quarter'
                WHEN date_trunc('year', m.date_earliest) = date_trunc('year', m.date_latest)
                     AND (extract(month FROM m.date_earliest) <= 6) = (extract(month FROM m.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            WHEN s.date_earliest IS NOT NULL THEN
            CASE WHEN s.date_earliest IS NULL THEN 'none' WHEN s.date_earliest = coalesce(s.date_latest, s.date_earliest) THEN 'day'
                WHEN date_trunc('month', s.date_earliest) = date_trunc('month', s.date_latest) THEN 'month'
                WHEN date_trunc('quarter', s.date_earliest) = date_trunc('quarter', s.date_latest) THEN 'quarter'
                WHEN date_trunc('year', s.date_earliest) = date_trunc('year', s.date_latest)
                     AND (extract(month FROM s.date_earliest) <= 6) = (extract(month FROM s.date_latest) <= 6)
                     THEN 'half'
                ELSE 'year' END
            ELSE 'none' END AS date_precision,
       CASE WHEN p.proposed_earliest IS NOT NULL THEN 'own'
            WHEN m.date_earliest IS NOT NULL THEN 'meeting'
            WHEN s.date_earliest IS NOT NULL THEN 'source' ELSE 'none' END AS date_source,
       p.region_id AS russian_region_id,
       p.proposed_by_official_id AS official_id,
       CASE p.status WHEN 'proposed' THEN 'Proposed'
            WHEN 'under_discussion' THEN 'Under discussion'
            WHEN 'planned' THEN 'Planned'
            WHEN 'agreed' THEN 'Agreed'
            WHEN 'ongoing' THEN 'Ongoing'
            WHEN 'completed' THEN 'Completed' END AS status_label,
       CASE p.proposed_by_side WHEN 'BY' THEN 'Belarus'
            WHEN 'RU' THEN 'Russia'
            WHEN 'both' THEN 'Both sides' END AS proposed_by_side_label,
       CASE coalesce(p.proposed_basis, m.date_basis) WHEN 'stated' THEN 'Stated in the article'
            WHEN 'inferred' THEN 'Inferred by the curator (see the note)'
            WHEN 'external' THEN 'From an outside source (see the citation)'
            WHEN 'unknown' THEN 'Not known' END AS proposed_basis_label
FROM core.proposals p
JOIN core.sectors sc ON sc.id = p.sector_id
LEFT JOIN core.regions r ON r.id = p.region_id
LEFT JOIN core.officials o ON o.id = p.proposed_by_official_id
LEFT JOIN core.meetings m ON m.id = p.meeting_id
JOIN core.sources s ON s.id = p.source_id;

COMMENT ON VIEW reporting.proposals IS 'Proposals, plans, agreements and running projects: one row per proposal. Time axis: date_for_axis (its own date, else its meeting''s, else its article''s; undated proposals fall out of time filters). The amount columns are not additive across statuses (a proposal is not money spent); enterprises has one row per element in reporting.proposal_enterprises.';

COMMENT ON COLUMN reporting.proposals.proposal_id IS 'Id of the proposal.';
COMMENT ON COLUMN reporting.proposals.russian_region IS
    'Russian region concerned; NULL for Belarus-Russia as a whole.';
COMMENT ON COLUMN reporting.proposals.russian_region_code IS 'ISO 3166-2 code of the region.';
COMMENT ON COLUMN reporting.proposals.title IS 'Curator''s one-line summary.';
COMMENT ON COLUMN reporting.proposals.sector IS 'Sector.';
COMMENT ON COLUMN reporting.proposals.status IS
    'proposed, under_discussion, planned, agreed, ongoing or completed.';
COMMENT ON COLUMN reporting.proposals.proposed_by IS 'Person who made it, when one person did.';
COMMENT ON COLUMN reporting.proposals.proposed_by_side IS 'BY, RU or both; NULL when not stated.';
COMMENT ON COLUMN reporting.proposals.enterprises IS 'Enterprises involved, separated by ''; ''.';
COMMENT ON COLUMN reporting.proposals.amount_usd IS
    'Amount in US dollars when the text gives a single value.';
COMMENT ON COLUMN reporting.proposals.amount_low_usd IS 'Lower bound of the amount in US dollars.';
COMMENT ON COLUMN reporting.proposals.amount_high_usd IS 'Upper bound of the amount in US dollars.';
COMMENT ON COLUMN reporting.proposals.amount_qualifier IS
    'exact, approximately, over, up_to or range.';
COMMENT ON COLUMN reporting.proposals.amount_text IS 'The amount exactly as written.';
COMMENT ON COLUMN reporting.proposals.meeting_id IS
    'Meeting it was made at (reporting.meetings), if any.';
COMMENT ON COLUMN reporting.proposals.key IS 'Curated key, unique across the folder.';
COMMENT ON COLUMN reporting.proposals.note IS 'Curator''s note on the proposal, when there is one.';
COMMENT ON COLUMN reporting.proposals.proposed_date_from IS
    '''proposal'' when the proposal gives its own date; ''meeting'' when the proposed_* columns are its meeting''s date (the default, not copied into the proposal); NULL when neither.';
COMMENT ON COLUMN reporting.proposals.proposed_year IS
    'Year it was proposed: its own, else its meeting''s (see proposed_date_from).';
COMMENT ON COLUMN reporting.proposals.proposed_month IS 'Month it was proposed, when known.';
COMMENT ON COLUMN reporting.proposals.proposed_day IS 'Day it was proposed, when known.';
COMMENT ON COLUMN reporting.proposals.proposed_earliest IS
    'Earliest day the known parts of the proposal date allow.';
COMMENT ON COLUMN reporting.proposals.proposed_latest IS
    'Latest day the known parts of the proposal date allow.';
COMMENT ON COLUMN reporting.proposals.proposed_basis IS
    'How the proposal date is known: stated, inferred, external or unknown.';
COMMENT ON COLUMN reporting.proposals.proposed_note IS 'Why an inferred proposal date was inferred.';
COMMENT ON COLUMN reporting.proposals.proposed_citation_url IS
    'For an external proposal date: the outside source''s address.';
COMMENT ON COLUMN reporting.proposals.proposed_citation_publication IS
    'For an external proposal date: the outside publication.';
COMMENT ON COLUMN reporting.proposals.proposed_citation_says IS
    'For an external proposal date: what the outside source says.';
COMMENT ON COLUMN reporting.proposals.timeframe_label IS
    'When it is to happen, as written (e.g. ''next year or the year after'').';
COMMENT ON COLUMN reporting.proposals.timeframe_start IS 'First day of the timeframe, when known.';
COMMENT ON COLUMN reporting.proposals.timeframe_end IS 'Last day of the timeframe, when known.';
COMMENT ON COLUMN reporting.proposals.timeframe_kind IS
    'calendar_year, part_year, multi_year or unknown (a label with no interval, such as ''in the coming years'').';
COMMENT ON COLUMN reporting.proposals.timeframe_months IS
    'Whole months of the timeframe, or the months stated.';
COMMENT ON COLUMN reporting.proposals.timeframe_basis IS
    'How the timeframe''s interval is known: stated, inferred (a relative label resolved against the meeting''s or the article''s date), external or unknown.';
COMMENT ON COLUMN reporting.proposals.timeframe_note IS 'Why an inferred timeframe was inferred.';
COMMENT ON COLUMN reporting.proposals.timeframe_citation_url IS
    'For an external timeframe: the outside source''s address.';
COMMENT ON COLUMN reporting.proposals.timeframe_citation_publication IS
    'For an external timeframe: the outside publication.';
COMMENT ON COLUMN reporting.proposals.timeframe_citation_says IS
    'For an external timeframe: what the outside source says.';
COMMENT ON COLUMN reporting.proposals.timeframe_start_precision IS
    'Precision of the timeframe''s start: day, month, quarter, half or year.';
COMMENT ON COLUMN reporting.proposals.timeframe_end_precision IS
    'Precision of the timeframe''s end: day, month, quarter, half or year.';
COMMENT ON COLUMN reporting.proposals.date_for_axis IS
    'Date to plot the row at: the date it was proposed, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';
COMMENT ON COLUMN reporting.proposals.date_precision IS
    'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';
COMMENT ON COLUMN reporting.proposals.date_source IS
    'Where date_for_axis comes from: own (the proposal''s own date), meeting (its meeting''s), source (the article''s publication date); none when undated.';
COMMENT ON COLUMN reporting.proposals.russian_region_id IS
    'Id of the Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';
COMMENT ON COLUMN reporting.proposals.official_id IS
    'Id of the person who made it (reporting.officials), when one person did.';
COMMENT ON COLUMN reporting.proposals.status_label IS
    'status in words, for display.';
COMMENT ON COLUMN reporting.proposals.proposed_by_side_label IS
    'proposed_by_side in words: Belarus, Russia or Both sides.';
COMMENT ON COLUMN reporting.proposals.proposed_basis_label IS
    'proposed_basis in words, for display.';
