-- Existing schema for nested-transaction-control.
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    note text
);
