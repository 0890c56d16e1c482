ALTER TABLE orders ADD COLUMN quantity positive_int;
