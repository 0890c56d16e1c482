-- On a partitioned table the scan runs over every partition.
ALTER TABLE events ALTER COLUMN kind SET NOT NULL;
