CREATE TABLE webhooks (id bigint PRIMARY KEY, url text NOT NULL);
ALTER TABLE webhooks DROP CONSTRAINT webhooks_pkey;
