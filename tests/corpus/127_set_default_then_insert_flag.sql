-- corpus-expect: backfill-under-ddl-lock
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';
INSERT INTO feature_flags (name, enabled) VALUES ('new_pricing', false)
    ON CONFLICT (name) DO NOTHING;
