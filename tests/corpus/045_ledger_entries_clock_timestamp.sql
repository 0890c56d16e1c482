-- corpus-expect: add-column-default-rewrite, create-index-non-concurrently
ALTER TABLE ledger_entries ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT clock_timestamp();
CREATE INDEX ledger_entries_recorded_at_idx ON ledger_entries (recorded_at);
