-- Rebuild the bloated index after the big cleanup.
REINDEX INDEX orders_status_idx;
