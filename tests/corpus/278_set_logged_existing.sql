-- corpus-expect: rewrite-whole-table
ALTER TABLE IF EXISTS import_staging SET LOGGED;
