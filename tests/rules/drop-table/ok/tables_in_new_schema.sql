CREATE SCHEMA scratch;
CREATE TABLE scratch.legacy_exports (LIKE public.legacy_exports);
CREATE TABLE scratch.old_invoices (id bigint PRIMARY KEY);
DROP TABLE scratch.legacy_exports, scratch.old_invoices;
