-- PostgreSQL 11+ stores a non-volatile default in the catalog: no rewrite.
ALTER TABLE orders
    ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR',
    ADD COLUMN is_gift boolean NOT NULL DEFAULT false,
    ADD COLUMN tags text[] NOT NULL DEFAULT ARRAY[]::text[],
    ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN discount numeric(5, 2) DEFAULT 0.00,
    ADD COLUMN weight_grams integer DEFAULT -1,
    ADD COLUMN notes text DEFAULT NULL;
