-- corpus-expect: alter-domain-add-constraint
ALTER DOMAIN email_address ADD CONSTRAINT email_address_lowercase CHECK (VALUE = lower(VALUE));
