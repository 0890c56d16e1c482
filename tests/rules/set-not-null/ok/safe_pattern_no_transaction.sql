-- pgmig:no-transaction
-- Each statement commits on its own: the ADD is instant, the VALIDATE scans under
-- SHARE UPDATE EXCLUSIVE (writes continue), and SET NOT NULL is proven by the check.
ALTER TABLE users ADD CONSTRAINT users_locale_nn CHECK (locale IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_locale_nn;
ALTER TABLE users ALTER COLUMN locale SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_locale_nn;
