-- corpus-expect: add-column-default-rewrite, add-column-not-null-no-default, create-index-non-concurrently, rename-column, backfill-under-ddl-lock
-- One "release" migration that collects everything: several problems at once.
CREATE TABLE order_notes (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    body text NOT NULL
);
CREATE INDEX order_notes_order_id_idx ON order_notes (order_id);

ALTER TABLE orders
    ADD COLUMN tracking_token uuid DEFAULT gen_random_uuid(),
    ADD COLUMN fulfilment_center text NOT NULL,
    ADD COLUMN gift_message text;

ALTER TABLE customers RENAME COLUMN phone_number TO phone;
CREATE INDEX customers_phone_idx ON customers (phone);

UPDATE orders SET gift_message = '' WHERE gift_message IS NULL AND status = 'paid';
