CREATE DOMAIN app.percentage AS numeric(5, 2) CHECK (VALUE BETWEEN 0 AND 100);
ALTER TABLE orders ADD COLUMN discount_pct app.percentage;
