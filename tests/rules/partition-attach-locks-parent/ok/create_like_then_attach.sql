-- The PostgreSQL 12+ pattern: build the table on its own, then ATTACH (SHARE UPDATE
-- EXCLUSIVE on the parent; reads and writes continue).
CREATE TABLE events_2027_01 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE events_2027_01 ADD CONSTRAINT events_2027_01_bound
    CHECK (occurred_at >= '2027-01-01' AND occurred_at < '2027-02-01');
ALTER TABLE events ATTACH PARTITION events_2027_01
    FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
ALTER TABLE events_2027_01 DROP CONSTRAINT events_2027_01_bound;
