-- pg-version: 17
-- PostgreSQL 17 accepts a named NOT NULL constraint on a domain; it scans like SET NOT NULL.
ALTER DOMAIN email_address ADD CONSTRAINT email_address_not_null NOT NULL;
