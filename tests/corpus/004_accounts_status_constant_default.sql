-- corpus-expect: none
-- PG11+ stores a constant default in the catalog: no rewrite, NOT NULL is satisfied at once.
ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active';
ALTER TABLE accounts ADD COLUMN is_verified boolean NOT NULL DEFAULT false;
ALTER TABLE accounts ADD COLUMN plan_limits jsonb NOT NULL DEFAULT '{"seats": 5}'::jsonb;
