-- Row-level security: an application session sees and writes only its own user's orders.
--
-- The application sets the user per transaction: SET LOCAL app.user_id = '42';
-- Without it (or with it empty) no rows are visible. The table owner and superusers bypass
-- RLS, so the application must connect as a role that does not own the table.

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

CREATE POLICY orders_owner ON orders
    USING (user_id = nullif(current_setting('app.user_id', true), '')::bigint)
    WITH CHECK (user_id = nullif(current_setting('app.user_id', true), '')::bigint);
