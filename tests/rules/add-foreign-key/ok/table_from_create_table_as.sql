CREATE TABLE orders_2025 AS SELECT * FROM orders WHERE created_at >= '2025-01-01';
ALTER TABLE orders_2025 ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
