CREATE DOMAIN app.percentage AS numeric(5, 2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE app.coupons (
    code text PRIMARY KEY,
    discount_pct app.percentage NOT NULL
);
ALTER TABLE app.coupons ADD COLUMN max_discount_pct app.percentage;
