-- VALIDATE takes only SHARE UPDATE EXCLUSIVE: two in a row block no reads or writes.
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_non_negative;
