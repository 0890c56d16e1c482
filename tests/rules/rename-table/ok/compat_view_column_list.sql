ALTER TABLE customers RENAME TO accounts;
CREATE OR REPLACE VIEW customers AS SELECT id, email FROM accounts;
