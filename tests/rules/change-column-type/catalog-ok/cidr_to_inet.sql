ALTER TABLE customers ALTER COLUMN signup_ip TYPE inet;
