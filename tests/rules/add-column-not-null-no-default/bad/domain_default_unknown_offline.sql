-- Offline the type app.order_status is unknown: conservative.
ALTER TABLE orders ADD COLUMN status app.order_status NOT NULL;
