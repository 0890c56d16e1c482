-- corpus-expect: must-run-outside-transaction
-- corpus-pg-version: 11
ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok';
