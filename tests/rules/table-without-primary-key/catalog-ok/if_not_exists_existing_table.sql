-- The table exists already (with its primary key): IF NOT EXISTS creates nothing.
CREATE TABLE IF NOT EXISTS customers (email text NOT NULL);
