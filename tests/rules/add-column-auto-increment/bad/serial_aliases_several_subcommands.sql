-- expect: 2
ALTER TABLE orders
    ADD COLUMN note text,
    ADD COLUMN line_counter serial4,
    ADD COLUMN legacy_number serial8,
    ADD COLUMN external_ref bigint;
