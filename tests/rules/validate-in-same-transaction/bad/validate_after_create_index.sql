-- CREATE INDEX holds SHARE on orders (writes blocked) until commit.
CREATE INDEX orders_status_idx ON orders (status);
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
