CREATE DOMAIN app.iso_country AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');
DO $$
BEGIN
    ALTER TABLE customers ADD COLUMN country app.iso_country;
EXCEPTION WHEN duplicate_column THEN NULL;
END
$$;
