CREATE SCHEMA billing;
CREATE TABLE billing.customers (id bigint PRIMARY KEY, vat_number text);
ALTER TABLE billing.customers ADD CONSTRAINT customers_vat_number_key UNIQUE (vat_number);
