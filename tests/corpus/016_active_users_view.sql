-- corpus-expect: none
CREATE OR REPLACE VIEW active_users AS
SELECT u.id, u.email, u.full_name, u.last_sign_in_at
FROM users u
WHERE u.deleted_at IS NULL
  AND u.last_sign_in_at > now() - interval '90 days';

GRANT SELECT ON active_users TO reporting_ro;
