-- corpus-expect: add-check-constraint
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_quantity_positive') THEN
        EXECUTE 'ALTER TABLE shop.orders ADD CONSTRAINT orders_quantity_positive CHECK (quantity > 0)';
    END IF;
END
$$;
