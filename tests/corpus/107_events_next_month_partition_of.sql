-- corpus-expect: partition-attach-locks-parent
-- CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the busy parent.
CREATE TABLE events_2027_02 PARTITION OF events
    FOR VALUES FROM ('2027-02-01') TO ('2027-03-01');
CREATE INDEX events_2027_02_user_id_idx ON events_2027_02 (user_id);
