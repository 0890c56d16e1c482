-- app.current_tenant() is STABLE in the catalog: evaluated once, stored as the missing value.
ALTER TABLE customers ADD COLUMN tenant text DEFAULT app.current_tenant();
