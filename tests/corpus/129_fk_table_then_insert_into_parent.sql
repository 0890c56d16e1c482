-- corpus-expect: backfill-under-ddl-lock
-- CREATE TABLE ... REFERENCES roles takes SHARE ROW EXCLUSIVE on roles until commit.
CREATE TABLE role_permissions (
    role_id bigint NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission text NOT NULL,
    PRIMARY KEY (role_id, permission)
);
INSERT INTO roles (name) VALUES ('auditor') ON CONFLICT DO NOTHING;
