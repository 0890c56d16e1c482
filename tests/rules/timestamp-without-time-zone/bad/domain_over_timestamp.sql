CREATE DOMAIN local_time_stamp AS timestamp NOT NULL;
