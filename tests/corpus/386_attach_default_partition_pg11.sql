-- corpus-expect: partition-attach-locks-parent
-- corpus-pg-version: 11
ALTER TABLE orders_history ATTACH PARTITION orders_history_rest DEFAULT;
