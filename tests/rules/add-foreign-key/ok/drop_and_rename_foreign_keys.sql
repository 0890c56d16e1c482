ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_id_fkey;
ALTER TABLE customers ADD COLUMN foreign_key_note text;
