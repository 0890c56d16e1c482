-- corpus-expect: add-unique-constraint
ALTER TABLE vendors ADD COLUMN vat_id text;
ALTER TABLE vendors ADD CONSTRAINT vendors_vat_id_key UNIQUE (vat_id);
