ALTER TABLE orders
    ADD COLUMN cancelled_at timestamp,
    ADD COLUMN refunded_at timestamp without time zone,
    ADD COLUMN archived_at timestamptz;
