-- Order lines: the products of an order, with a stored subtotal.

CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity integer NOT NULL,
    -- the price when the order was placed: products.price may change later
    unit_price numeric(12, 2) NOT NULL,
    subtotal numeric(14, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT order_items_quantity_check CHECK (quantity > 0),
    CONSTRAINT order_items_unit_price_check CHECK (unit_price >= 0)
);

-- The primary key serves order_id; product_id needs its own index for the foreign key.
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

CREATE TRIGGER order_items_audit
    AFTER INSERT OR UPDATE OR DELETE ON order_items
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
