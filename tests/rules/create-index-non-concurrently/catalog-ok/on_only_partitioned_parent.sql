CREATE INDEX events_occurred_at_idx ON ONLY events (occurred_at);
