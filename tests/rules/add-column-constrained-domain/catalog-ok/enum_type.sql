ALTER TABLE orders ADD COLUMN status app.order_status;
