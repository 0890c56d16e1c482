-- corpus-expect: set-not-null
ALTER TABLE orders
    ALTER COLUMN total_cents SET NOT NULL,
    ALTER COLUMN currency SET NOT NULL,
    ALTER COLUMN currency SET DEFAULT 'EUR';
