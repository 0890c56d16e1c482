-- corpus-expect: none
CREATE TABLE app_settings (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_settings (key, value) VALUES
    ('signup.enabled', 'true'),
    ('billing.grace_days', '7')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now();
