CREATE TABLE order_archive (
    id          bigint PRIMARY KEY,
    archived_at timestamptz NOT NULL DEFAULT now()
);
LOCK TABLE order_archive, orders IN EXCLUSIVE MODE;
