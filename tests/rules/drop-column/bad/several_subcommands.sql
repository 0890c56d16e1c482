-- expect: 2
ALTER TABLE orders
    DROP COLUMN legacy_status,
    ADD COLUMN archived_at timestamptz,
    DROP COLUMN notes CASCADE;
