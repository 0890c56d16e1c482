-- corpus-expect: drop-table
DROP TABLE IF EXISTS old_reports, "TempImports" CASCADE;
DROP VIEW IF EXISTS old_reports_summary;
