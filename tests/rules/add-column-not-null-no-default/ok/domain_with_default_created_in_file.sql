-- The domain's own default fills existing rows: no NULLs, no scan.
CREATE DOMAIN app.priority AS smallint DEFAULT 3;
ALTER TABLE orders ADD COLUMN priority app.priority NOT NULL;
