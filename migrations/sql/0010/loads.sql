-- reporting.loads as revision 0010 makes it: as revision 0008 made it, with its comment
-- saying whether it is additive.

CREATE OR REPLACE VIEW reporting.loads AS
SELECT l.id AS load_id, l.started_at, l.finished_at, l.input_sha256, l.full_load,
       l.added, l.changed, l.removed, l.coopdb_version
FROM core.loads l;

COMMENT ON VIEW reporting.loads IS 'One row per coopdb load that changed the database (a load that changed nothing records no row), in order: what changed in each is in reporting.changes. A consumer remembers the last load_id it read and asks for the changes after it. added, changed and removed are additive over loads (their sum is the rows written since the first load).';
COMMENT ON COLUMN reporting.loads.load_id IS 'Load number, increasing; reporting.changes.load_id refers to it.';
COMMENT ON COLUMN reporting.loads.started_at IS 'When the load began.';
COMMENT ON COLUMN reporting.loads.finished_at IS 'When the load had written its last row; it became visible then.';
COMMENT ON COLUMN reporting.loads.input_sha256 IS 'SHA-256 over every loaded article''s key and input fingerprint (its files, the shared files, the validator): two loads with the same value loaded the same input.';
COMMENT ON COLUMN reporting.loads.full_load IS 'True for coopdb load --full, which compares every article and repairs rows changed by hand.';
COMMENT ON COLUMN reporting.loads.added IS 'Rows inserted, over all core tables (reporting.changes has one row each).';
COMMENT ON COLUMN reporting.loads.changed IS 'Rows updated, over all core tables.';
COMMENT ON COLUMN reporting.loads.removed IS 'Rows deleted, over all core tables.';
COMMENT ON COLUMN reporting.loads.coopdb_version IS 'Version of coopdb that ran the load.';
