-- A domain CHECK is not a table constraint (alter-domain-add-constraint covers ALTER DOMAIN).
CREATE DOMAIN app.positive_amount AS numeric CHECK (VALUE > 0);
ALTER TABLE people ADD COLUMN check_status text DEFAULT 'unchecked';
