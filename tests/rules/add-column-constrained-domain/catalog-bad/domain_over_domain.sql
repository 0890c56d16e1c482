ALTER TABLE orders ADD COLUMN item_count app.quantity;
