-- corpus-expect: none
CREATE TABLE invoice_lines (
    id bigserial PRIMARY KEY,
    invoice_id bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price_cents bigint NOT NULL,
    line_total_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED
);
CREATE INDEX invoice_lines_invoice_id_idx ON invoice_lines (invoice_id);
