-- Products for sale (down).

DROP TABLE products;
