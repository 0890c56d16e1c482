-- corpus-expect: none
DELETE FROM sessions WHERE expires_at < now() - interval '90 days';
DELETE FROM password_resets WHERE created_at < now() - interval '7 days';
