ALTER TABLE orders ADD COLUMN locked_at timestamptz;
CREATE TABLE lock_requests (id bigint PRIMARY KEY, table_name text NOT NULL);
