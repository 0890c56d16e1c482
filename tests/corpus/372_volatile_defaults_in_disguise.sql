-- corpus-expect: add-column-default-rewrite
ALTER TABLE experiments
    ADD COLUMN bucket smallint DEFAULT CASE WHEN random() < 0.5 THEN 0 ELSE 1 END,
    ADD COLUMN external_key text DEFAULT 'exp_' || gen_random_uuid()::text;
