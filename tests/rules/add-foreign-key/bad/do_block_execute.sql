DO $$
BEGIN
    EXECUTE 'ALTER TABLE customers ADD CONSTRAINT customers_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions (id)';
END
$$;
