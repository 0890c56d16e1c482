-- Pre-existing schema for the foreign-key-without-index cases.
CREATE SCHEMA billing;

CREATE TABLE tenants (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  bigint NOT NULL REFERENCES tenants (id),
    email      text NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX customers_tenant_id_idx ON customers (tenant_id);

CREATE TABLE coupons (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code  text NOT NULL UNIQUE
);

CREATE TABLE addresses (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    line  text NOT NULL
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    coupon_id    bigint,
    created_at   timestamptz NOT NULL DEFAULT now()
);
-- An index exists for customer_id, none for coupon_id.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE TABLE order_items (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL,
    sku       text NOT NULL
);
CREATE INDEX order_items_order_id_sku_idx ON order_items (order_id, sku);

CREATE TABLE billing.invoices (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    order_id     bigint
);
CREATE INDEX invoices_order_id_partial_idx ON billing.invoices (order_id) WHERE order_id IS NOT NULL;
