CREATE TABLE "Shipments" ("Id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "OrderId" bigint NOT NULL);
