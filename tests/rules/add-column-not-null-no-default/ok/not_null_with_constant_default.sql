-- PostgreSQL 11+: a constant default makes NOT NULL legal and is metadata only.
ALTER TABLE customers ADD COLUMN country_code text NOT NULL DEFAULT 'ZZ';
ALTER TABLE orders
    ADD COLUMN is_gift boolean NOT NULL DEFAULT false,
    ADD COLUMN placed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
