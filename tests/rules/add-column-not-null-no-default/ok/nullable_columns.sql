ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE customers ADD COLUMN nickname text NULL;
ALTER TABLE orders ADD COLUMN notes text DEFAULT NULL;
