-- ALTER TABLE orders RENAME COLUMN status TO state;  (needs the expand/contract plan)
COMMENT ON COLUMN orders.status IS 'will be renamed: RENAME COLUMN status TO state';
INSERT INTO maintenance_tasks (command) VALUES ($c$ALTER TABLE orders RENAME COLUMN status TO state$c$);
