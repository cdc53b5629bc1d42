-- reporting.changes as revision 0010 makes it: as revision 0008 made it, with its comment
-- saying whether it is additive.

CREATE OR REPLACE VIEW reporting.changes AS
SELECT c.load_id, l.finished_at AS loaded_at, c.relation, c.row_id, c.row_key::text AS row_key,
       c.operation
FROM core.changes c JOIN core.loads l ON l.id = c.load_id;

COMMENT ON VIEW reporting.changes IS 'Every row each load inserted, updated or deleted, one row per row and load: SELECT * FROM reporting.changes WHERE load_id > N is what changed since load N. relation names the core table and row_id is the row''s id there, which the reporting relation showing that table carries as its id (reporting.twinning for twinning_agreements, reporting.post_holders.holding_id for holdings). Ids stay stable across loads: an updated row keeps its id, a deleted id is never reused. Not additive: count rows (one per row and load).';
COMMENT ON COLUMN reporting.changes.load_id IS 'The load (reporting.loads.load_id).';
COMMENT ON COLUMN reporting.changes.loaded_at IS 'When that load finished.';
COMMENT ON COLUMN reporting.changes.relation IS 'The core table the row is in, e.g. meetings, trade_figures, twinning_agreements.';
COMMENT ON COLUMN reporting.changes.row_id IS 'The row''s id in core.<relation>, the id of the reporting relation showing it (reporting.twinning.id for twinning_agreements); NULL for link tables without an id (meeting_regions, proposal_enterprises, twinning_regions), whose row_key names both ends.';
COMMENT ON COLUMN reporting.changes.row_key IS 'The row''s natural key as JSON text, an object of column to value (cast to jsonb to read a field: row_key::jsonb ->> ''key''); it still identifies a deleted row.';
COMMENT ON COLUMN reporting.changes.operation IS 'insert (a new row), update (values changed, same id) or delete (the row is gone).';
