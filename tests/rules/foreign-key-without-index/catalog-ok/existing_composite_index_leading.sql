-- order_items_order_id_sku_idx (order_id, sku) serves lookups on order_id.
ALTER TABLE order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
