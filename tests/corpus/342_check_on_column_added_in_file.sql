-- corpus-expect: add-check-constraint
ALTER TABLE shipments ADD COLUMN insured_cents bigint;
ALTER TABLE shipments ADD CONSTRAINT shipments_insured_non_negative CHECK (insured_cents >= 0);
