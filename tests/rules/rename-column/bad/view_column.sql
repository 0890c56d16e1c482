-- Readers of the view select "total" by name.
ALTER VIEW order_totals RENAME COLUMN total TO total_cents;
