-- TODO: ALTER TABLE users ALTER COLUMN email SET NOT NULL; once the backfill is done
/* ALTER TABLE users ALTER COLUMN locale SET NOT NULL; */
COMMENT ON COLUMN users.email IS 'will become ALTER COLUMN email SET NOT NULL after the backfill';
SELECT $note$ALTER TABLE users ALTER COLUMN display_name SET NOT NULL$note$ AS reminder;
INSERT INTO billing.invoices (id, currency) VALUES (1, 'EUR');
