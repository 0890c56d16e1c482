-- ALTER TABLE accounts ADD CONSTRAINT c CHECK (balance >= 0) NOT VALID;
-- ALTER TABLE accounts VALIDATE CONSTRAINT c;
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_cap CHECK (balance < 1000000) NOT VALID;
CREATE FUNCTION app.validate_later() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_cap;
END
$$;
COMMENT ON CONSTRAINT accounts_balance_cap ON accounts IS 'VALIDATE CONSTRAINT in migration 0044';
