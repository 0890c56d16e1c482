-- Order lines (down).

DROP TABLE order_items;
