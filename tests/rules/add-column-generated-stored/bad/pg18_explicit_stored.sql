-- pg-version: 18
-- PostgreSQL 18 has virtual generated columns, but STORED still computes every row now.
ALTER TABLE products ADD COLUMN price_eur_cents bigint GENERATED ALWAYS AS ((price * 100)::bigint) STORED;
