ALTER TABLE orders
    ADD COLUMN serial text,
    ADD COLUMN serial_number text,
    ADD COLUMN identity_provider text,
    ADD COLUMN external_seq bigint,
    ADD COLUMN generated_by text DEFAULT 'checkout';
