-- expect: 2
ALTER TABLE orders RENAME COLUMN status TO state;
ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
