-- corpus-expect: add-column-constrained-domain
CREATE DOMAIN us_postal_code AS text
    CHECK (VALUE ~ '^\d{5}(-\d{4})?$');

ALTER TABLE addresses ADD COLUMN zip us_postal_code;
