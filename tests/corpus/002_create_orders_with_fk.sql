-- corpus-expect: none
-- Orders reference the existing customers table; the FK and the indexes are on a NEW table.
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    total_cents bigint NOT NULL DEFAULT 0,
    currency char(3) NOT NULL DEFAULT 'EUR',
    placed_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_placed_at_idx ON orders USING brin (placed_at);
CREATE UNIQUE INDEX orders_one_pending_per_customer ON orders (customer_id) WHERE status = 'pending';
