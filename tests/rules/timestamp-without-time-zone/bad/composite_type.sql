CREATE TYPE delivery_slot AS (starts_at timestamp, ends_at timestamptz);
