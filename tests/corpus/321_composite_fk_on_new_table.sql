-- corpus-expect: none
CREATE TABLE tenant_invoices (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
ALTER TABLE tenant_invoices
    ADD CONSTRAINT tenant_invoices_customer_fk FOREIGN KEY (tenant_id, customer_id)
        REFERENCES tenant_customers (tenant_id, id),
    ADD CONSTRAINT tenant_invoices_id_positive CHECK (id > 0);
