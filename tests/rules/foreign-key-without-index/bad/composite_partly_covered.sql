-- The index covers tenant_id only: lookups on (tenant_id, customer_id) still scan.
CREATE TABLE subscriptions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint NOT NULL,
    customer_id  bigint NOT NULL,
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
);
CREATE INDEX subscriptions_tenant_id_idx ON subscriptions (tenant_id);
