ALTER DOMAIN billing.currency_code ADD CONSTRAINT currency_code_upper CHECK (VALUE = upper(VALUE));
