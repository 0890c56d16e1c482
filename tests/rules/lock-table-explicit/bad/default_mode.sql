-- Nobody may write to orders while we change the default.
LOCK TABLE orders;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
