-- Without a database connection positive_int is just a type name we cannot resolve:
-- most such names are base types or enums, so nothing is reported (with a connection it is).
ALTER TABLE orders ADD COLUMN quantity positive_int;
