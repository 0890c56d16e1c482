-- corpus-expect: none
-- Rename and keep a compatibility view with the old name until every reader is deployed.
ALTER TABLE customer_notes RENAME TO account_notes;
CREATE VIEW customer_notes AS SELECT * FROM account_notes;
