-- pg-version: 11
ALTER TABLE orders ADD COLUMN priority integer NOT NULL DEFAULT 0;
