-- corpus-expect: none
ALTER TABLE orders SET (fillfactor = 90);
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;
ALTER INDEX orders_customer_id_idx SET (fillfactor = 80);
