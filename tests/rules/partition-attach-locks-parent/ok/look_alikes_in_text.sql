-- CREATE TABLE events_2027_01 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
/* CREATE TABLE events_default PARTITION OF events DEFAULT; */
COMMENT ON TABLE events IS 'partitions are created by CREATE TABLE ... PARTITION OF in the scheduler';
SELECT 'CREATE TABLE events_2027_03 PARTITION OF events' AS hint;
