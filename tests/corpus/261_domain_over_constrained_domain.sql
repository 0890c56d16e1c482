-- corpus-expect: add-column-constrained-domain
-- A domain over a constrained domain inherits its CHECK: still a rewrite (verified PG15).
CREATE DOMAIN non_blank_text AS text CHECK (VALUE ~ '\S');
CREATE DOMAIN person_name AS non_blank_text;
ALTER TABLE customers ADD COLUMN legal_name person_name;
