-- corpus-expect: none
DO $$
BEGIN
    BEGIN
        CREATE TYPE payment_method AS ENUM ('card', 'sepa', 'invoice');
    EXCEPTION WHEN duplicate_object THEN
        NULL;
    END;
END
$$;
CREATE TABLE payment_methods_enabled (method payment_method PRIMARY KEY);
