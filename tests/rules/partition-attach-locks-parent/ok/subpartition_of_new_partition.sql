-- pgmig:no-transaction
CREATE TABLE events_2027_02 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (kind);
-- events_2027_02 was created above, so creating its sub-partition locks nothing busy.
CREATE TABLE events_2027_02_click PARTITION OF events_2027_02 FOR VALUES IN ('click');
ALTER TABLE events ATTACH PARTITION events_2027_02 FOR VALUES FROM ('2027-02-01') TO ('2027-03-01');
