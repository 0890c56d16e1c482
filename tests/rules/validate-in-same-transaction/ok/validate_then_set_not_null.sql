-- The set-not-null pattern: VALIDATE comes first (SHARE UPDATE EXCLUSIVE only), then
-- SET NOT NULL uses the validated CHECK as proof and does not scan.
ALTER TABLE people VALIDATE CONSTRAINT people_email_not_null;
ALTER TABLE people ALTER COLUMN email SET NOT NULL;
ALTER TABLE people DROP CONSTRAINT people_email_not_null;
