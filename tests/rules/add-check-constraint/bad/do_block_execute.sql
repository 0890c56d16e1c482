DO $$
BEGIN
    EXECUTE 'ALTER TABLE accounts ADD CONSTRAINT accounts_closed_at_check CHECK (closed_at > ''2000-01-01'')';
END
$$;
