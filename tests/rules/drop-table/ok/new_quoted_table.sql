CREATE TABLE "ImportErrors" (id bigint PRIMARY KEY, "Message" text);
DROP TABLE "ImportErrors";
