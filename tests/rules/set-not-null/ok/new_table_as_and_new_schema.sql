CREATE TABLE users_backup AS SELECT * FROM users;
ALTER TABLE users_backup ALTER COLUMN email SET NOT NULL;

CREATE SCHEMA reporting;
CREATE TABLE reporting.daily_signups (day date, signups bigint);
ALTER TABLE reporting.daily_signups ALTER COLUMN day SET NOT NULL;
