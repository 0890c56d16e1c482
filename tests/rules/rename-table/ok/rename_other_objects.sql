-- Indexes, sequences, types and functions are not renamed by this rule's trigger.
ALTER INDEX orders_status_idx RENAME TO idx_orders_status;
ALTER SEQUENCE order_number_seq RENAME TO order_numbers;
ALTER TYPE order_kind RENAME TO order_channel;
ALTER FUNCTION order_total(bigint) RENAME TO order_total_cents;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_id_fkey TO fk_orders_customer_id;
