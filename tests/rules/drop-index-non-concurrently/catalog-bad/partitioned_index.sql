-- events_occurred_at_idx is an index of a partitioned table: there is no concurrent form.
DROP INDEX events_occurred_at_idx;
