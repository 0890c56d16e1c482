-- DROP TABLE legacy_exports;  -- after 2026.05
/* DROP TABLE billing.old_invoices CASCADE; */
COMMENT ON TABLE legacy_exports IS 'deprecated, DROP TABLE planned for 2026.05';
INSERT INTO maintenance_tasks (command) VALUES ('DROP TABLE legacy_exports'), ($x$DROP TABLE "AuditTrail"$x$);
