ALTER TABLE orders ADD COLUMN total numeric(12, 2);
DO $$
BEGIN
    UPDATE orders SET total = total_cents / 100.0;
END
$$;
