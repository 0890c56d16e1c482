CREATE SCHEMA reporting_tmp;
CREATE TABLE reporting_tmp.daily (day date PRIMARY KEY, total bigint);
ALTER SCHEMA reporting_tmp RENAME TO reporting;
