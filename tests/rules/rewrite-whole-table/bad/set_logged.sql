-- The cache turned out to matter: make it crash-safe.
ALTER TABLE session_cache SET LOGGED;
