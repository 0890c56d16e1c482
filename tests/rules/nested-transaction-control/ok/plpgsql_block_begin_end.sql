-- BEGIN ... END of a PL/pgSQL block is not transaction control.
DO $$
BEGIN
    BEGIN
        UPDATE orders SET status = 'new' WHERE status IS NULL;
    EXCEPTION WHEN others THEN
        RAISE NOTICE 'skipped';
    END;
END
$$;
CREATE TABLE "commit" (begin_at timestamptz, "end" text);
