-- expect: 2
ALTER TABLE orders
    ADD COLUMN gift_note text,
    ADD COLUMN tracking_token text DEFAULT encode(gen_random_bytes(16), 'hex'),
    ADD COLUMN shard smallint NOT NULL DEFAULT (floor(random() * 16))::smallint,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
