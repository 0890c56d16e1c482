CREATE DOMAIN app.external_ref AS text;
CREATE DOMAIN app.note AS text DEFAULT '';
ALTER TABLE orders ADD COLUMN external_ref app.external_ref, ADD COLUMN note app.note;
