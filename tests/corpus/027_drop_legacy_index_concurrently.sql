-- corpus-expect: none
-- pgmig:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS index_users_on_legacy_token;
DROP INDEX CONCURRENTLY IF EXISTS public.index_orders_on_old_status;
