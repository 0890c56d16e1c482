-- corpus-expect: none
ALTER TABLE IF EXISTS subscriptions
    ADD COLUMN IF NOT EXISTS trial_ends_at timestamptz,
    ADD COLUMN IF NOT EXISTS billing_anchor smallint DEFAULT 1,
    ALTER COLUMN status SET DEFAULT 'active',
    ALTER COLUMN notes DROP NOT NULL;
