-- corpus-expect: none
ALTER INDEX orders_cust_idx RENAME TO orders_customer_id_idx;
ALTER INDEX IF EXISTS "index_users_on_email" RENAME TO index_users_on_lower_email_old;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_fk TO orders_customer_id_fkey;
