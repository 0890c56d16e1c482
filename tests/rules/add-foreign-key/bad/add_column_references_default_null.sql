-- Even an explicit DEFAULT NULL makes PostgreSQL run the validation scan (verified on PG 15).
ALTER TABLE orders ADD COLUMN billing_region_id integer DEFAULT NULL REFERENCES regions (id);
