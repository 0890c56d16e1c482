-- Even when the tables were moved out first, dropping the schema breaks code that names it.
ALTER TABLE reporting_old.daily SET SCHEMA billing;
DROP SCHEMA reporting_old;
