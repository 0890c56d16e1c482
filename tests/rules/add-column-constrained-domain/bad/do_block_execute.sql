CREATE DOMAIN app.iso_currency AS char(3) CHECK (VALUE ~ '^[A-Z]{3}$');
DO $$
BEGIN
    EXECUTE 'ALTER TABLE orders ADD COLUMN currency app.iso_currency';
END
$$;
