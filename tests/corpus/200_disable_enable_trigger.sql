-- corpus-expect: none
ALTER TABLE orders DISABLE TRIGGER orders_audit;
ALTER TABLE orders ENABLE TRIGGER orders_audit;
ALTER TABLE orders ENABLE ALWAYS TRIGGER orders_replicate;
