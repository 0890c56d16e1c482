-- expect: 2
-- Swap in a rebuilt copy: foreign keys, views and grants keep pointing at the renamed old table.
CREATE TABLE customers_new (LIKE customers INCLUDING ALL);
ALTER TABLE customers RENAME TO customers_old;
ALTER TABLE customers_new RENAME TO customers;
ALTER TABLE legacy_exports RENAME TO exports;
