ALTER INDEX orders_status_idx RENAME TO idx_orders_status;
ALTER TABLE orders RENAME CONSTRAINT orders_status_check TO chk_orders_status;
ALTER SEQUENCE order_number_seq RENAME TO order_numbers;
