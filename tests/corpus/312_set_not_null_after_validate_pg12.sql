-- corpus-expect: none
-- corpus-pg-version: 12
-- PG12 is the first version where a validated CHECK spares the SET NOT NULL scan.
ALTER TABLE orders VALIDATE CONSTRAINT orders_currency_not_null;
ALTER TABLE orders ALTER COLUMN currency SET NOT NULL;
