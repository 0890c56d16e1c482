-- corpus-expect: add-foreign-key
-- Every existing row gets org 1, so PostgreSQL must validate the FK against organizations.
ALTER TABLE projects ADD COLUMN org_id bigint NOT NULL DEFAULT 1 REFERENCES organizations (id);
