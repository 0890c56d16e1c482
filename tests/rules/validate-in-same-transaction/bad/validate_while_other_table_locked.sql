-- accounts stays locked (ACCESS EXCLUSIVE) while orders is scanned.
ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT 0.00;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
