-- corpus-expect: none
ALTER TABLE accounts
    ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN feature_flags text[] NOT NULL DEFAULT ARRAY[]::text[],
    ADD COLUMN trial_ends_at timestamptz DEFAULT now() + interval '14 days',
    ADD COLUMN seats integer DEFAULT 1;
