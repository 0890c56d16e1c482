-- corpus-expect: none
-- pgmig:no-transaction
-- Copy legacy addresses into the existing addresses table, one autocommitted batch at a time.
INSERT INTO addresses (customer_id, line1, city, country_code)
SELECT id, address_line, city, country FROM customers WHERE id BETWEEN 1 AND 100000 AND address_line IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO addresses (customer_id, line1, city, country_code)
SELECT id, address_line, city, country FROM customers WHERE id BETWEEN 100001 AND 200000 AND address_line IS NOT NULL
ON CONFLICT DO NOTHING;
