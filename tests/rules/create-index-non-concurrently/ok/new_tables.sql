-- Tables created earlier in the same migration are new: nobody else uses them yet.
CREATE TABLE invoices (id bigserial PRIMARY KEY, order_id bigint NOT NULL, issued_at timestamptz);
CREATE INDEX invoices_order_id_idx ON invoices (order_id);
CREATE UNIQUE INDEX ON invoices (order_id, issued_at);
CREATE TABLE order_archive AS SELECT * FROM orders WHERE deleted_at IS NOT NULL;
CREATE INDEX ON order_archive (customer_id);
SELECT id, status INTO order_status_snapshot FROM orders;
CREATE INDEX ON order_status_snapshot (status);
CREATE MATERIALIZED VIEW customer_order_counts AS
    SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX ON customer_order_counts (customer_id);
CREATE TABLE IF NOT EXISTS shipments (id bigint, order_id bigint);
CREATE INDEX IF NOT EXISTS shipments_order_id_idx ON shipments (order_id);
CREATE TABLE events_2027_01 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
CREATE INDEX ON events_2027_01 (occurred_at);
