-- corpus-expect: change-column-type
-- The column is new, but a non-coercible type change still rewrites the whole table (verified PG15).
ALTER TABLE shipments ADD COLUMN weight text;
ALTER TABLE shipments ALTER COLUMN weight TYPE integer USING weight::integer;
