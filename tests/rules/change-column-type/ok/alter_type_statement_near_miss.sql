-- ALTER TYPE (the enum) is not ALTER COLUMN ... TYPE.
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
ALTER TYPE order_status RENAME VALUE 'new' TO 'created';
ALTER DOMAIN email_address SET DEFAULT 'unknown@example.com';
