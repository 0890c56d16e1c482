-- The usual retention pair: the DETACH takes ACCESS EXCLUSIVE on the whole parent.
ALTER TABLE events DETACH PARTITION events_2025_01;
DROP TABLE events_2025_01;
