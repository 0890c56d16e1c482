DO $$
BEGIN
    EXECUTE 'ALTER TABLE customers ADD COLUMN locale text NOT NULL';
END
$$;
