-- reporting.posts (new in revision 0010): one row per post (office).
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.posts AS
SELECT p.id AS post_id, p.key, p.title, p.body, p.region_id, r.name AS region,
       r.iso_code AS region_code, r.country,
       (SELECT count(*) FROM core.holdings h WHERE h.post_id = p.id)::integer AS holders_count
FROM core.posts p JOIN core.regions r ON r.id = p.region_id;

COMMENT ON VIEW reporting.posts IS 'Posts (offices) persons hold: one row per post; its tenures are in reporting.post_holders. Not additive.';

COMMENT ON COLUMN reporting.posts.post_id IS
    'Id of the post; reporting.post_holders, reporting.official_mentions point here.';
COMMENT ON COLUMN reporting.posts.key IS
    'Curated key of the post.';
COMMENT ON COLUMN reporting.posts.title IS
    'Title of the post.';
COMMENT ON COLUMN reporting.posts.body IS
    'The body the office belongs to, when recorded.';
COMMENT ON COLUMN reporting.posts.region_id IS
    'Id of its jurisdiction (reporting.regions.region_id): a country or a region.';
COMMENT ON COLUMN reporting.posts.region IS
    'Name of the jurisdiction.';
COMMENT ON COLUMN reporting.posts.region_code IS
    'ISO 3166 code of the jurisdiction.';
COMMENT ON COLUMN reporting.posts.country IS
    'ISO 3166-1 alpha-2 country of the jurisdiction.';
COMMENT ON COLUMN reporting.posts.holders_count IS
    'Tenures of the post recorded (rows of reporting.post_holders).';
