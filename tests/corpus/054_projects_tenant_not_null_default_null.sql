-- corpus-expect: add-column-not-null-no-default
-- DEFAULT NULL is no default at all; the FK alone would be fine (new column is all NULL).
ALTER TABLE projects ADD COLUMN tenant_id bigint NOT NULL DEFAULT NULL REFERENCES tenants (id);
