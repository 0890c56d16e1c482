-- app.percentage is constrained, but the column uses public.percentage (a different type).
CREATE DOMAIN app.percentage AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN public.percentage AS numeric;
ALTER TABLE orders ADD COLUMN tax_pct percentage;
