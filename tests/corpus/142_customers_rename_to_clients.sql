-- corpus-expect: rename-table
ALTER TABLE customers RENAME TO clients;
ALTER INDEX customers_pkey RENAME TO clients_pkey;
ALTER SEQUENCE customers_id_seq RENAME TO clients_id_seq;
