-- pgmig:no-transaction
ALTER TABLE IF EXISTS products
    ADD COLUMN IF NOT EXISTS is_heavy boolean GENERATED ALWAYS AS (weight_grams > 20000) STORED;
