-- Users (down): the table's indexes and triggers are dropped with it.

DROP TABLE users;
