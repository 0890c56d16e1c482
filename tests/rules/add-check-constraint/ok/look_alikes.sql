-- ALTER TABLE accounts ADD CONSTRAINT c CHECK (balance >= 0);
COMMENT ON COLUMN accounts.balance IS 'CHECK (balance >= 0) is added NOT VALID in 0042';
CREATE FUNCTION app.add_balance_check() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE accounts ADD CONSTRAINT accounts_balance_check CHECK (balance >= 0);
END
$$;
SELECT 'ALTER TABLE people ADD CHECK (id > 0)' AS example;
