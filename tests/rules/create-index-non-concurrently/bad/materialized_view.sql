CREATE UNIQUE INDEX order_totals_customer_id_idx ON order_totals (customer_id);
