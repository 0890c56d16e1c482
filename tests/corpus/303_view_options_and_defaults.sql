-- corpus-expect: none
ALTER VIEW active_users SET (security_invoker = true);
ALTER VIEW order_summaries ALTER COLUMN currency SET DEFAULT 'EUR';
ALTER VIEW IF EXISTS order_summaries OWNER TO app_owner;
