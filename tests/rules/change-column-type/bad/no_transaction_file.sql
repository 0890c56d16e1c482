-- pgmig:no-transaction
ALTER TABLE orders ALTER COLUMN customer_code TYPE varchar(32);
