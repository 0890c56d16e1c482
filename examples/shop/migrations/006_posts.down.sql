-- Posts (down).

DROP TABLE posts;
