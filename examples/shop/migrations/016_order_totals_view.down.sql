-- Order totals (down).

DROP VIEW order_totals;
