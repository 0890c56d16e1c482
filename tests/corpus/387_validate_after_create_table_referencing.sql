-- corpus-expect: validate-in-same-transaction
-- CREATE TABLE ... REFERENCES customers holds SHARE ROW EXCLUSIVE on customers until commit;
-- the VALIDATE scan of orders then runs while writes to customers wait.
CREATE TABLE customer_flags (
    customer_id bigint NOT NULL REFERENCES customers (id),
    flag text NOT NULL
);
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
