-- corpus-expect: none
-- Create the next month's partition detached, prove its bound, then ATTACH (PG12+: SUE on the parent).
CREATE TABLE events_2027_01 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

ALTER TABLE events_2027_01
    ALTER COLUMN occurred_at SET NOT NULL,
    ADD CONSTRAINT events_2027_01_bound
        CHECK (occurred_at >= '2027-01-01' AND occurred_at < '2027-02-01');

ALTER TABLE events ATTACH PARTITION events_2027_01
    FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');

ALTER TABLE events_2027_01 DROP CONSTRAINT events_2027_01_bound;
