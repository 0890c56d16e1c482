CREATE SCHEMA archive;
CREATE TABLE archive.orders (LIKE public.orders);
ALTER TABLE archive.orders DROP COLUMN legacy_status;
