-- corpus-expect: rename-table
ALTER SCHEMA reporting RENAME TO analytics;
