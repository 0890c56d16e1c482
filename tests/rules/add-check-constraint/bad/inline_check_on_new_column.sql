-- The new column is NULL everywhere, but PostgreSQL still scans the table to verify the CHECK.
ALTER TABLE people ADD COLUMN height_cm integer CHECK (height_cm BETWEEN 30 AND 300);
