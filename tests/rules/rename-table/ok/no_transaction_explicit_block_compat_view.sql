-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders RENAME TO sales_orders;
CREATE VIEW orders AS SELECT * FROM sales_orders;
COMMIT;
