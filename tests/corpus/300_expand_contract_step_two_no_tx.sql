-- corpus-expect: none
-- pgmig:no-transaction
-- Expand/contract for orders.amount int -> bigint, step 2: dual-write trigger, then batched backfill.
CREATE OR REPLACE FUNCTION orders_amount_dual_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.amount_big := NEW.amount;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_amount_dual_write BEFORE INSERT OR UPDATE OF amount ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_amount_dual_write();
UPDATE orders SET amount_big = amount WHERE id BETWEEN 1 AND 50000 AND amount_big IS NULL;
UPDATE orders SET amount_big = amount WHERE id BETWEEN 50001 AND 100000 AND amount_big IS NULL;
