CREATE TABLE orders_archive (LIKE orders INCLUDING ALL);
CREATE TABLE customers_copy (LIKE customers INCLUDING INDEXES);
