ALTER TABLE IF EXISTS orders RENAME COLUMN customer_id TO buyer_id;
