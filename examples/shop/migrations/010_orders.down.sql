-- Orders placed by users (down).

DROP TABLE orders;
