-- Categories of posts (down).

DROP TABLE categories;
