-- corpus-expect: drop-table
DROP TABLE legacy_sessions;
