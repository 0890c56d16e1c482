-- corpus-expect: none
CREATE TABLE user_events (
    user_id bigint NOT NULL,
    happened_at timestamptz NOT NULL,
    kind text NOT NULL,
    data jsonb
) PARTITION BY HASH (user_id);
CREATE TABLE user_events_p0 PARTITION OF user_events FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE user_events_p1 PARTITION OF user_events FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE user_events_p2 PARTITION OF user_events FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE user_events_p3 PARTITION OF user_events FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE INDEX user_events_user_happened_idx ON user_events (user_id, happened_at);
