CREATE TABLE "Shipments" ("OrderId" bigint PRIMARY KEY);
ALTER TABLE "Shipments" RENAME COLUMN "OrderId" TO order_id;
