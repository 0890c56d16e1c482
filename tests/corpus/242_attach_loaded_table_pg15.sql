-- corpus-expect: none
-- PG12+: ATTACH takes only SHARE UPDATE EXCLUSIVE on the parent.
ALTER TABLE orders_history ATTACH PARTITION orders_history_2019
    FOR VALUES FROM ('2019-01-01') TO ('2020-01-01');
