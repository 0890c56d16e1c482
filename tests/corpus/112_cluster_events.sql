-- corpus-expect: rewrite-whole-table
CLUSTER events USING events_occurred_at_idx;
ANALYZE events;
