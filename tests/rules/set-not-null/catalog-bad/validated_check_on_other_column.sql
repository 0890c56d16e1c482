-- orders_total_positive is validated but says nothing about NULLs (total > 0 is
-- NULL, not false, for a NULL total).
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
