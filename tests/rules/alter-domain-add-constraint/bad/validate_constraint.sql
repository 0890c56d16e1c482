-- VALIDATE on a domain still takes SHARE on every table that uses it.
ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_nonnegative;
