-- corpus-expect: none
ALTER TABLE customers ADD CONSTRAINT customers_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;
