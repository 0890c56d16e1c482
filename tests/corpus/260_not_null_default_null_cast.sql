-- corpus-expect: add-column-not-null-no-default
ALTER TABLE shipments ADD COLUMN carrier_code text NOT NULL DEFAULT NULL::text;
