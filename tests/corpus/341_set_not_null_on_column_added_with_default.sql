-- corpus-expect: set-not-null
-- SET NOT NULL verifies every row of the existing table, even for a column just added (verified PG15).
-- (ADD COLUMN ... NOT NULL DEFAULT 0 in one step would have been free.)
ALTER TABLE shipments ADD COLUMN parcels integer DEFAULT 1;
ALTER TABLE shipments ALTER COLUMN parcels SET NOT NULL;
