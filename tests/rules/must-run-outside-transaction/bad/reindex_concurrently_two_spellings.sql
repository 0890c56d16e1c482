-- expect: 2
REINDEX INDEX CONCURRENTLY orders_status_idx;
reindex (concurrently) table public.orders;
