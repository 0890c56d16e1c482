-- corpus-expect: add-column-not-null-no-default, add-foreign-key
-- DEFAULT NULL is no default at all for NOT NULL; and any explicit DEFAULT clause (even NULL)
-- makes PostgreSQL validate the new FK with a scan (verified PG15).
ALTER TABLE projects ADD COLUMN tenant_id bigint NOT NULL DEFAULT NULL REFERENCES tenants (id);
