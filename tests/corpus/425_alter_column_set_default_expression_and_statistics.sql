-- corpus-expect: none
ALTER TABLE sessions ALTER COLUMN expires_at SET DEFAULT now() + interval '14 days';
ALTER TABLE sessions ALTER COLUMN token SET DEFAULT encode(gen_random_bytes(32), 'hex');
ALTER TABLE sessions ALTER COLUMN user_id SET STATISTICS 300;
