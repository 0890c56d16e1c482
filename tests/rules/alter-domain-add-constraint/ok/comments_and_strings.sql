-- ALTER DOMAIN email_address SET NOT NULL;
COMMENT ON DOMAIN email_address IS 'ALTER DOMAIN ... ADD CONSTRAINT would lock customers';
INSERT INTO maintenance_tasks (command) VALUES ($c$ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_nonnegative$c$);
