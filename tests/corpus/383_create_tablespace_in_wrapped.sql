-- corpus-expect: must-run-outside-transaction
CREATE TABLESPACE archive_hdd LOCATION '/mnt/archive/pg';
