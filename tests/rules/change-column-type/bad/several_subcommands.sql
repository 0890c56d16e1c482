-- expect: 2
ALTER TABLE orders
    ALTER COLUMN quantity TYPE integer,
    ALTER COLUMN notes SET DEFAULT '',
    ALTER amount TYPE numeric(14, 2);
