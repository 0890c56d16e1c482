-- A new column without a default is NULL everywhere: PostgreSQL skips the validation.
ALTER TABLE orders ADD COLUMN shipping_region_id integer REFERENCES regions (id);
ALTER TABLE customers ADD COLUMN referred_by bigint REFERENCES customers (id) ON DELETE SET NULL;
