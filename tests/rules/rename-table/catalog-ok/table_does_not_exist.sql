-- The live schema has no such table: ALTER TABLE IF EXISTS does nothing.
ALTER TABLE IF EXISTS orders_v1 RENAME TO orders_2019;
