-- reporting.official_names (new in revision 0010): every spelling of every person.
-- New columns go at the END of the select list (CREATE OR REPLACE VIEW only appends), each
-- with its COMMENT ON COLUMN.

CREATE OR REPLACE VIEW reporting.official_names AS
SELECT n.id AS official_name_id, n.official_id, n.name, n.is_preferred
FROM core.official_names n;

COMMENT ON VIEW reporting.official_names IS 'Spellings of persons: one row per name (the rows behind reporting.officials.other_names, plus the preferred name). Not additive.';

COMMENT ON COLUMN reporting.official_names.official_name_id IS
    'Id of the name.';
COMMENT ON COLUMN reporting.official_names.official_id IS
    'Id of the person (reporting.officials).';
COMMENT ON COLUMN reporting.official_names.name IS
    'The name as an article spells it.';
COMMENT ON COLUMN reporting.official_names.is_preferred IS
    'True for the preferred spelling (reporting.officials.name).';
