ALTER TABLE customers ADD CONSTRAINT unq_customers_email UNIQUE (email);
ALTER TABLE orders ADD CONSTRAINT chk_orders_total_nonnegative CHECK (total_cents >= 0) NOT VALID;
ALTER TABLE orders
    ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
