ALTER TABLE orders ALTER COLUMN paid_at TYPE timestamp USING paid_at AT TIME ZONE 'UTC';
