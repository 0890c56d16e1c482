-- corpus-expect: alter-domain-add-constraint
-- Unlike tables, VALIDATE on a domain takes SHARE on every table that uses it.
ALTER DOMAIN app.positive_amount VALIDATE CONSTRAINT positive_amount_check;
