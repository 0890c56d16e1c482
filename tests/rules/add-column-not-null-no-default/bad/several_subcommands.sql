ALTER TABLE orders
    ADD COLUMN shipping_method text NOT NULL,
    ADD COLUMN is_gift boolean NOT NULL DEFAULT false,
    ADD COLUMN gift_note text;
