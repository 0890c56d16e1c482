-- Row-level security on orders (down): every role with SELECT sees all orders again.

DROP POLICY orders_owner ON orders;
ALTER TABLE orders DISABLE ROW LEVEL SECURITY;
