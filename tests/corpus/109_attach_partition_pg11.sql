-- corpus-expect: partition-attach-locks-parent
-- corpus-pg-version: 11
CREATE TABLE events_2019 (LIKE events INCLUDING DEFAULTS);
ALTER TABLE events ATTACH PARTITION events_2019 FOR VALUES FROM ('2019-01-01') TO ('2020-01-01');
