CREATE SCHEMA scratch;
DROP SCHEMA scratch, reporting_old CASCADE;
