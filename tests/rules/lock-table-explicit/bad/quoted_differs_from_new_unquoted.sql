-- orderevents (new) is not "OrderEvents" (existing): identifiers fold to lower case unless quoted.
CREATE TABLE orderevents (id bigint PRIMARY KEY);
LOCK TABLE "OrderEvents";
