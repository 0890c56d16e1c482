-- corpus-expect: none
CREATE TEMP TABLE dup_emails ON COMMIT DROP AS
SELECT lower(email) AS email, min(id) AS keep_id FROM users GROUP BY 1 HAVING count(*) > 1;
CREATE INDEX ON dup_emails (email);
ANALYZE dup_emails;
