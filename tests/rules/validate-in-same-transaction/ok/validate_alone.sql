-- The NOT VALID constraint was added by an earlier migration.
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
