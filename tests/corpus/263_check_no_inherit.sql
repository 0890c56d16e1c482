-- corpus-expect: add-check-constraint
ALTER TABLE ONLY measurements_2026_10
    ADD CONSTRAINT measurements_2026_10_value_finite CHECK (value <> 'NaN'::float8) NO INHERIT;
