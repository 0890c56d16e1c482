-- corpus-expect: none
-- The DROP/TRUNCATE live in a function body created by the DO block: nothing runs them now.
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'purge_guest_carts') THEN
        EXECUTE $sql$
            CREATE FUNCTION purge_guest_carts() RETURNS void LANGUAGE plpgsql AS $body$
            BEGIN
                TRUNCATE guest_carts;
                DROP TABLE IF EXISTS guest_carts_old;
            END
            $body$
        $sql$;
    END IF;
END
$do$;
