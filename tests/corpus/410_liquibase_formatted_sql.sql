-- corpus-expect: drop-column, add-column-not-null-no-default
--liquibase formatted sql
--changeset dana:42
ALTER TABLE customers DROP COLUMN legacy_score;
--changeset dana:43
ALTER TABLE customers ADD COLUMN tier varchar(16) NOT NULL;
--rollback ALTER TABLE customers DROP COLUMN tier;
