ALTER TABLE audit_entries ADD COLUMN id uuid PRIMARY KEY DEFAULT gen_random_uuid();
