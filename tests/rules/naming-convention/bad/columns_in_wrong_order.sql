CREATE INDEX idx_orders_created_at_customer_id ON orders (customer_id, created_at);
