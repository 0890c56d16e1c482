-- corpus-expect: detach-partition-non-concurrently, rename-table
ALTER TABLE events DETACH PARTITION events_2024_01;
ALTER TABLE events_2024_01 RENAME TO events_2024_01_archived;
