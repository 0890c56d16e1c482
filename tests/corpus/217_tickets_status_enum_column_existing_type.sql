-- corpus-expect: none
-- ticket_state is an enum created by an earlier migration (no constraints to check).
ALTER TABLE tickets ADD COLUMN state ticket_state;
ALTER TABLE tickets ALTER COLUMN state SET DEFAULT 'open';
