-- expect: 2
ALTER TABLE orders ADD COLUMN shipped boolean, ADD COLUMN paid boolean;
UPDATE orders SET shipped = false;
UPDATE orders SET paid = (status = 'paid');
