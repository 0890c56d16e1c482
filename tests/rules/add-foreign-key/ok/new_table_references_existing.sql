CREATE TABLE refunds (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount_cents integer NOT NULL
);
CREATE TABLE app.invoice_lines (
    invoice_id bigint NOT NULL,
    line_no integer NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);
ALTER TABLE app.invoice_lines
    ADD CONSTRAINT invoice_lines_invoice_fk FOREIGN KEY (invoice_id) REFERENCES app."Invoices" ("Id");
