-- corpus-expect: none
-- corpus-pg-version: 16
ALTER TABLE invoices ADD COLUMN reminder_count smallint NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD CONSTRAINT invoices_reminder_count_check CHECK (reminder_count >= 0) NOT VALID;
COMMENT ON COLUMN invoices.reminder_count IS 'dunning reminders sent';
