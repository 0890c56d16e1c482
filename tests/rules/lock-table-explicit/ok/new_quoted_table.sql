CREATE TABLE "ImportRows" (id bigint PRIMARY KEY, payload jsonb NOT NULL);
LOCK "ImportRows" IN SHARE ROW EXCLUSIVE MODE;
