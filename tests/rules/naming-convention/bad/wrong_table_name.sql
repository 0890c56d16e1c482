CREATE INDEX idx_order_customer_id ON orders (customer_id);
