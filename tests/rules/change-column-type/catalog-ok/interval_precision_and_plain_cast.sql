ALTER TABLE customers ALTER COLUMN session_timeout TYPE interval(3);
ALTER TABLE customers ALTER COLUMN name TYPE varchar(120) USING name::varchar(120);
