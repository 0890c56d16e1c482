-- corpus-expect: drop-index-non-concurrently
DO $$
BEGIN
    EXECUTE 'DROP INDEX IF EXISTS sessions_token_idx';
END
$$;
