ALTER TABLE orders
    ADD CONSTRAINT orders_status_known CHECK (status IN ('new', 'paid', 'shipped')) NOT VALID,
    VALIDATE CONSTRAINT orders_status_known;
