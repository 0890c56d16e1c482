-- corpus-expect: nested-transaction-control
START TRANSACTION;
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
ALTER TABLE tickets ADD COLUMN priority ticket_priority NOT NULL DEFAULT 'normal';
END;
