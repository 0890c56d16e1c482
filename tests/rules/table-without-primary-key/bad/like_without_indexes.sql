-- LIKE copies columns only, unless INCLUDING INDEXES (or ALL) is given.
CREATE TABLE orders_archive (LIKE orders);
