ALTER TABLE orders ADD COLUMN priority int;
COMMIT;
UPDATE orders SET priority = 0;
