-- pg-version: 10
-- The rewrite on PostgreSQL 10 is add-column-default-rewrite's finding, not this rule's.
ALTER TABLE customers ADD COLUMN country_code text NOT NULL DEFAULT 'ZZ';
