-- Do not write: ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
/* ALTER TABLE orders ADD COLUMN token text DEFAULT md5(random()::text);
   /* nested */ still a comment */
COMMENT ON TABLE orders IS 'ALTER TABLE orders ADD COLUMN x uuid DEFAULT gen_random_uuid() would rewrite';
CREATE FUNCTION app.add_public_id() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
END
$$;
SELECT $q$ALTER TABLE orders ADD COLUMN y float8 DEFAULT random()$q$;
