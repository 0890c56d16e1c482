-- corpus-expect: none
-- Orders_Archive folds to orders_archive, which is exactly "orders_archive": the same new table.
CREATE TABLE Orders_Archive (LIKE orders INCLUDING ALL);
CREATE INDEX "orders_archive_placed_at_idx" ON "orders_archive" (placed_at);
CREATE INDEX ON public.ORDERS_ARCHIVE (customer_id);
