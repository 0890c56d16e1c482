-- corpus-expect: none
INSERT INTO feature_flags (name, enabled, description)
VALUES ('checkout_v2', false, 'New checkout flow'), ('saved_carts', true, 'Persist carts across devices')
ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description;
