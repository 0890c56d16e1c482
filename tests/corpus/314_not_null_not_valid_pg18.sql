-- corpus-expect: none
-- corpus-pg-version: 18
ALTER TABLE users ADD CONSTRAINT users_phone_nn NOT NULL phone NOT VALID;
