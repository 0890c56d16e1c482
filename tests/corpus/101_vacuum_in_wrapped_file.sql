-- corpus-expect: must-run-outside-transaction
DELETE FROM sessions WHERE expires_at < now() - interval '30 days';
VACUUM ANALYZE sessions;
