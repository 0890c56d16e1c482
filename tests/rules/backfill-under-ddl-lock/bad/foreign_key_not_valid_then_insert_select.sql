-- ADD FOREIGN KEY ... NOT VALID still takes SHARE ROW EXCLUSIVE on both tables until commit.
ALTER TABLE order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
INSERT INTO customer_notes (customer_id, body)
SELECT id, 'migrated from legacy CRM' FROM customers;
