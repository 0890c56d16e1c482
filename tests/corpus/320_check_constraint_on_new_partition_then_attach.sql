-- corpus-expect: none
CREATE TABLE orders_history_2026 (LIKE orders_history INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE orders_history_2026 ADD CONSTRAINT orders_history_2026_bound
    CHECK (placed_at IS NOT NULL AND placed_at >= '2026-01-01' AND placed_at < '2027-01-01');
INSERT INTO orders_history_2026 SELECT * FROM orders WHERE placed_at >= '2026-01-01' AND placed_at < '2026-02-01';
ALTER TABLE orders_history ATTACH PARTITION orders_history_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
