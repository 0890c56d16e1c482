-- positive_amount has CHECK (VALUE > 0): every row is rewritten to check it.
ALTER TABLE customers ALTER COLUMN balance TYPE positive_amount;
