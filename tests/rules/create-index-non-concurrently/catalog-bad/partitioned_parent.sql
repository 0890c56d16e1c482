-- With the live schema, pgmig knows events is partitioned and renders the per-partition pattern.
CREATE INDEX events_occurred_at_idx ON events (occurred_at);
