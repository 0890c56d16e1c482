-- Not an ADD COLUMN (set-not-null covers this statement).
ALTER TABLE customers ALTER COLUMN created_at SET NOT NULL;
