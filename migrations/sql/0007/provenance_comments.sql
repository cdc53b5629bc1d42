-- Provenance columns every fact view ends with, documented once. Revision 0007 applies this
-- template to each fact view (its select list has `... AS source_file, <alias>.quote`) right
-- after creating or replacing it ({view} is the view's name) and before the view's own
-- comments, so a view's file may say more.

COMMENT ON COLUMN reporting.{view}.source_id IS 'Id of the source.';
COMMENT ON COLUMN reporting.{view}.source_file IS 'Article file the fact comes from.';
COMMENT ON COLUMN reporting.{view}.quote IS 'Verbatim words of the source supporting the fact.';
