-- pgmig:no-transaction
ALTER TABLE customers ADD CONSTRAINT customers_region_id_fkey
    FOREIGN KEY (region_id) REFERENCES regions (id) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_region_id_fkey;
