-- corpus-expect: backfill-under-ddl-lock
-- Dual-write trigger and backfill in one transaction: CREATE TRIGGER holds SHARE ROW EXCLUSIVE
-- on orders until commit, so writes to orders wait for the whole UPDATE.
CREATE OR REPLACE FUNCTION orders_sync_total_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.total_v2 := NEW.total_cents;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_sync_total_v2 BEFORE INSERT OR UPDATE OF total_cents ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_sync_total_v2();
UPDATE orders SET total_v2 = total_cents WHERE total_v2 IS NULL;
