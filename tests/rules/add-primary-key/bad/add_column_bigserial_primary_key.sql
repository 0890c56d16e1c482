ALTER TABLE audit_entries ADD COLUMN id bigserial PRIMARY KEY;
