-- An array of a constrained domain does not rewrite the table (verified on PostgreSQL 15).
CREATE DOMAIN app.tag AS text CHECK (VALUE <> '');
ALTER TABLE orders ADD COLUMN tags app.tag[];
