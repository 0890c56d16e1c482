ALTER TABLE customers
    ADD COLUMN region_id integer NOT NULL REFERENCES regions (id) CHECK (region_id > 0);
