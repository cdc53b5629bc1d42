-- reporting.enterprise_names (new in revision 0010): every spelling of every enterprise.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.enterprise_names AS
SELECT n.id AS enterprise_name_id, n.enterprise_id, n.name, n.is_preferred
FROM core.enterprise_names n;

COMMENT ON VIEW reporting.enterprise_names IS 'Spellings of enterprises: one row per name (the rows behind reporting.enterprises.other_names, plus the preferred name). Not additive.';

COMMENT ON COLUMN reporting.enterprise_names.enterprise_name_id IS
    'Id of the name.';
COMMENT ON COLUMN reporting.enterprise_names.enterprise_id IS
    'Id of the enterprise (reporting.enterprises).';
COMMENT ON COLUMN reporting.enterprise_names.name IS
    'The name as the articles or the curator spell it.';
COMMENT ON COLUMN reporting.enterprise_names.is_preferred IS
    'True for the preferred name (reporting.enterprises.name).';
