-- CASCADE silently drops the foreign key on order_items and the order_totals view.
DROP TABLE orders CASCADE;
