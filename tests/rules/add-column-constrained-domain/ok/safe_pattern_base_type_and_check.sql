-- The base type plus a CHECK added NOT VALID (validated in a later migration).
ALTER TABLE orders ADD COLUMN discount_pct numeric(5, 2);
ALTER TABLE orders ADD CONSTRAINT orders_discount_pct_check
    CHECK (discount_pct BETWEEN 0 AND 100) NOT VALID;
