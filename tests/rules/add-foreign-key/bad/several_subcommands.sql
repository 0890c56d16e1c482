-- expect: 2
ALTER TABLE shipments
    ADD CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id),
    ADD CONSTRAINT shipments_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions (id) NOT VALID,
    ADD CONSTRAINT shipments_warehouse_fkey FOREIGN KEY (region_id, warehouse_code)
        REFERENCES warehouses (region_id, code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;
