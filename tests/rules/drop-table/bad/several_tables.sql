DROP TABLE legacy_exports, billing.old_invoices;
