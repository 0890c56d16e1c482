CREATE TYPE time_range_tz AS (starts_at timestamptz, ends_at timestamptz);
CREATE DOMAIN event_time AS timestamptz NOT NULL;
