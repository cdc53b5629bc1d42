-- The reporting schema as revision 0002 made it. Frozen: a later change is a new revision.

CREATE SCHEMA reporting;

COMMENT ON SCHEMA reporting IS 'Flat, documented views of coopdb for SQL and BI tools: one row per fact; these names are a stable interface.';
