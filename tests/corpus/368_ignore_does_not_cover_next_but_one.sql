-- corpus-expect: drop-column
-- pgmig:ignore drop-column first column is unused since release 58
ALTER TABLE customers DROP COLUMN fax;
ALTER TABLE customers DROP COLUMN telex;
