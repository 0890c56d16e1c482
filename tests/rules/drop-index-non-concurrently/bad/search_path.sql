SET search_path = app, public;
DROP INDEX "OrdersArchive_CreatedAt_idx";
