-- Next month's partition, created by the monthly migration.
CREATE TABLE events_2027_01 PARTITION OF events
    FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
