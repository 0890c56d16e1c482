ALTER TABLE orders ADD COLUMN note text;
-- UPDATE orders SET note = '' ;  (backfilled by the nightly job instead)
COMMENT ON COLUMN orders.note IS 'UPDATE orders SET note = ... runs in the background job';
