SET search_path TO billing, public;
ALTER DOMAIN currency_code ADD CONSTRAINT currency_code_length CHECK (length(VALUE) = 3);
