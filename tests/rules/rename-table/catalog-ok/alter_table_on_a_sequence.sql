-- ALTER TABLE works on sequences too; the live schema says this one is a sequence.
ALTER TABLE order_number_seq RENAME TO order_numbers;
