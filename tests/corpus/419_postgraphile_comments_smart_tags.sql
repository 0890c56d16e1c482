-- corpus-expect: none
COMMENT ON TABLE app_private.user_secrets IS E'@omit\nSecrets that must never reach the API.';
COMMENT ON COLUMN app_public.users.is_admin IS E'@omit create,update\nWhether the user is an administrator.';
COMMENT ON CONSTRAINT orders_customer_id_fkey ON app_public.orders IS E'@foreignFieldName placedOrders';
