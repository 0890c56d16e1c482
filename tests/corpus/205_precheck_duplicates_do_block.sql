-- corpus-expect: none
-- Fail fast, before the CONCURRENTLY build in the next migration, if duplicates exist.
DO $$
DECLARE
    dupes bigint;
BEGIN
    SELECT count(*) INTO dupes FROM (
        SELECT lower(email) FROM users GROUP BY 1 HAVING count(*) > 1) d;
    IF dupes > 0 THEN
        RAISE EXCEPTION '% duplicate e-mail addresses; run scripts/dedupe_users.sql first', dupes;
    END IF;
END
$$;
