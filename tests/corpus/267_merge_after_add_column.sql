-- corpus-expect: backfill-under-ddl-lock
ALTER TABLE product_stock ADD COLUMN reserved integer;
MERGE INTO product_stock s
USING (SELECT product_id, sum(quantity) AS qty FROM cart_items GROUP BY product_id) c
   ON s.product_id = c.product_id
 WHEN MATCHED THEN UPDATE SET reserved = c.qty;
