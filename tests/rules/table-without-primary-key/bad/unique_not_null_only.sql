-- A UNIQUE NOT NULL column is not a primary key: logical replication and many tools need one.
CREATE TABLE api_keys (
    key          text NOT NULL UNIQUE,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
