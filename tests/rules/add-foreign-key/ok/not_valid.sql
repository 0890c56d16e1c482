-- Step 1 of the safe pattern: brief SHARE ROW EXCLUSIVE on both tables, no scan.
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
