-- A batch loop over "total_cents = total_cents * 100" would never know which rows are done:
-- pgmig offers no loop here, only the advice.
ALTER TABLE orders ALTER COLUMN total_cents SET DEFAULT 0;
UPDATE orders SET total_cents = total_cents * 100 WHERE created_at < '2026-01-01';
