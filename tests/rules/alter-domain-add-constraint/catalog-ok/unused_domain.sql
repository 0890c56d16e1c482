-- No column has type legacy_code: with the live schema this locks and scans nothing.
ALTER DOMAIN legacy_code ADD CONSTRAINT legacy_code_not_blank CHECK (VALUE <> '');
