-- corpus-expect: none
ALTER TABLE events ALTER COLUMN payload SET STATISTICS 1000;
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.005);
ALTER TABLE events ALTER COLUMN payload SET STORAGE EXTERNAL;
