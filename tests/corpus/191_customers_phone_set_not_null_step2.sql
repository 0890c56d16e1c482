-- corpus-expect: none
ALTER TABLE customers VALIDATE CONSTRAINT customers_phone_not_null;
ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;
