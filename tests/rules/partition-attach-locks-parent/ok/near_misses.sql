-- Plain tables, LIKE copies and classic inheritance do not lock a partitioned parent
-- (INHERITS takes SHARE UPDATE EXCLUSIVE on the parent, verified on PG15).
CREATE TABLE events_archive (LIKE events INCLUDING ALL);
CREATE TABLE measurements_2027 () INHERITS (measurements);
CREATE TABLE partition_of_notes (id bigint, note text);
ALTER INDEX events_occurred_at_idx RENAME TO events_occurred_idx;
