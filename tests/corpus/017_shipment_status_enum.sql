-- corpus-expect: none
CREATE TYPE shipment_status AS ENUM ('label_created', 'in_transit', 'delivered', 'returned');

CREATE TABLE shipments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    carrier text NOT NULL,
    tracking_number text,
    status shipment_status NOT NULL DEFAULT 'label_created',
    shipped_at timestamptz
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);
CREATE UNIQUE INDEX shipments_carrier_tracking_key ON shipments (carrier, tracking_number);
