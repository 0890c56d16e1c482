-- corpus-expect: none
-- pgmig:no-transaction
ALTER TABLE shipments ADD CONSTRAINT shipments_weight_positive CHECK (weight_grams > 0) NOT VALID;
ALTER TABLE shipments ADD CONSTRAINT shipments_warehouse_fk
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID;
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_weight_positive;
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_warehouse_fk;
