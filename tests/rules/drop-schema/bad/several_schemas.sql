DROP SCHEMA legacy, reporting_old CASCADE;
