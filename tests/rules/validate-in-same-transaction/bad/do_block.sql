DO $$
BEGIN
    ALTER TABLE accounts ADD CONSTRAINT accounts_id_positive CHECK (id > 0) NOT VALID;
    ALTER TABLE accounts VALIDATE CONSTRAINT accounts_id_positive;
END
$$;
