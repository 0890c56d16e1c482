-- corpus-expect: rewrite-whole-table
-- Speed up the audit log (we accept losing it on crash).
ALTER TABLE audit_log SET UNLOGGED;
