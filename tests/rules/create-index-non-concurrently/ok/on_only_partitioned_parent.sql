-- ON ONLY on a partitioned parent builds nothing: an empty, invalid parent index.
CREATE INDEX events_occurred_at_idx ON ONLY events (occurred_at);
