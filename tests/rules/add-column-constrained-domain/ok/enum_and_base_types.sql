CREATE TYPE app.shipping_speed AS ENUM ('standard', 'express');
ALTER TABLE orders
    ADD COLUMN speed app.shipping_speed,
    ADD COLUMN weight numeric(10, 3),
    ADD COLUMN shipped_at timestamptz;
