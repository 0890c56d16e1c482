ALTER TABLE orders ADD COLUMN line_quantities positive_int[];
