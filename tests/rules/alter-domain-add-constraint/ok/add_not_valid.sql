-- NOT VALID checks new and updated values only and takes no lock on the tables.
ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%') NOT VALID;
