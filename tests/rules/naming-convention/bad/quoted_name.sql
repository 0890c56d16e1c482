CREATE INDEX "IdxOrdersTotal" ON orders (total_cents);
