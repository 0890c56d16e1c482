CREATE UNIQUE INDEX ON customers (lower(email));
