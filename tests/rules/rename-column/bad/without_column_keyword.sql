ALTER TABLE orders RENAME total_cents TO amount_cents;
