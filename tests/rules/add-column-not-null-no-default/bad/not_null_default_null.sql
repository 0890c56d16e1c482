-- DEFAULT NULL is no default at all.
ALTER TABLE orders ADD COLUMN currency char(3) NOT NULL DEFAULT NULL;
