ALTER TABLE customers ADD COLUMN lifetime_cents bigint;
MERGE INTO customers c
USING (SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id) o
   ON o.customer_id = c.id
 WHEN MATCHED THEN UPDATE SET lifetime_cents = o.cents;
