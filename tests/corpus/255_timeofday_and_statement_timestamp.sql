-- corpus-expect: add-column-default-rewrite
ALTER TABLE jobs
    ADD COLUMN enqueued_at timestamptz DEFAULT statement_timestamp(),
    ADD COLUMN enqueued_text text DEFAULT timeofday();
