ALTER TABLE customers
    ALTER COLUMN preferences SET DATA TYPE jsonb USING preferences::jsonb;
