-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_total_cap CHECK (total_cents < 100000000) NOT VALID;
COMMIT;
BEGIN;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_cap;
COMMIT;
