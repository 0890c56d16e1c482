-- Identity, serial and stored generated columns fill every row (other rules cover their cost).
ALTER TABLE orders ADD COLUMN seq_no bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
ALTER TABLE orders ADD COLUMN legacy_no bigserial NOT NULL;
ALTER TABLE orders ADD COLUMN total_eur numeric GENERATED ALWAYS AS (total_cents / 100.0) STORED NOT NULL;
