-- Without a database connection the volatility of app.current_tenant() is unknown:
-- conservative (with a connection it is read from pg_proc and this passes).
ALTER TABLE customers ADD COLUMN tenant text DEFAULT app.current_tenant();
