-- handle is varchar(30) COLLATE "C"; as text without COLLATE it gets the default collation,
-- so its unique index is rebuilt.
ALTER TABLE customers ALTER COLUMN handle TYPE text;
