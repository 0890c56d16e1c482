ALTER TABLE orders ADD COLUMN total numeric(12, 2);
CREATE FUNCTION backfill_order_totals(batch integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
    UPDATE orders SET total = total_cents / 100.0
     WHERE id IN (SELECT id FROM orders WHERE total IS NULL LIMIT batch);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
