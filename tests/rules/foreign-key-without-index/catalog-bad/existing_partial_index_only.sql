-- The only index on billing.invoices (order_id) is partial.
ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
