-- Dropping the child also takes ACCESS EXCLUSIVE on orders (its foreign-key trigger goes away).
DROP TABLE order_items;
