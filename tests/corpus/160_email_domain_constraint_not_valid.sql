-- corpus-expect: none
-- NOT VALID on a domain takes no lock on the tables using it; the VALIDATE is a later problem.
ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%') NOT VALID;
