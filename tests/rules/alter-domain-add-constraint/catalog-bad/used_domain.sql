-- customers.email has this type: SHARE lock on customers while it is scanned.
ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%');
