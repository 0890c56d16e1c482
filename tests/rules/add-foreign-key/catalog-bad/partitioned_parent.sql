-- With the live catalog pgmig knows "events" is partitioned and renders the per-partition path.
ALTER TABLE events ADD CONSTRAINT events_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id);
