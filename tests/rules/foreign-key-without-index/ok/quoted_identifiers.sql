CREATE TABLE "OrderLines" (
    "Id"       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "OrderId"  bigint NOT NULL REFERENCES orders (id)
);
CREATE INDEX "OrderLines_OrderId_idx" ON "OrderLines" ("OrderId");
