CREATE TEMP TABLE tmp_expired ON COMMIT DROP AS
    SELECT id FROM sessions WHERE expires_at < now();
DELETE FROM sessions WHERE id IN (SELECT id FROM tmp_expired);
TRUNCATE tmp_expired;
