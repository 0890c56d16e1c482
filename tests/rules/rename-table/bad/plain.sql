ALTER TABLE orders RENAME TO sales_orders;
