-- corpus-expect: none
-- Step 1 for a partitioned table: an invalid parent index, no build, brief lock.
CREATE INDEX IF NOT EXISTS measurements_taken_at_idx ON ONLY measurements (taken_at);
