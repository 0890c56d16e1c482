-- Convert the table to the columnar access method: every row is copied.
ALTER TABLE orders
    SET (fillfactor = 90),
    SET ACCESS METHOD columnar;
