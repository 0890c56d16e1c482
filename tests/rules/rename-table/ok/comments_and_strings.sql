-- ALTER TABLE orders RENAME TO sales_orders;
COMMENT ON TABLE orders IS 'to be renamed: ALTER TABLE orders RENAME TO sales_orders';
INSERT INTO maintenance_tasks (command) VALUES ($c$ALTER SCHEMA billing RENAME TO finance$c$);
