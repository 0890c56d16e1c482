-- corpus-expect: add-column-generated-stored
ALTER TABLE line_items ADD total_cents bigint NOT NULL GENERATED ALWAYS AS (quantity * unit_cents) STORED;
