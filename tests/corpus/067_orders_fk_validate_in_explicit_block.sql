-- corpus-expect: validate-in-same-transaction
-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_warehouse_id_fkey
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_warehouse_id_fkey;
COMMIT;
