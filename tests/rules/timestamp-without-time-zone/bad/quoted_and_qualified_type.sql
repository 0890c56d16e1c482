CREATE TABLE "Deliveries" (
    "Id"           bigint PRIMARY KEY,
    "ScheduledAt"  "timestamp",
    "DeliveredAt"  pg_catalog.timestamp
);
