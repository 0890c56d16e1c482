-- corpus-expect: none
-- All stable or constant: stored once as the missing value, no rewrite.
ALTER TABLE jobs
    ADD COLUMN scheduled_for timestamptz NOT NULL DEFAULT statement_timestamp(),
    ADD COLUMN created_on date NOT NULL DEFAULT current_date,
    ADD COLUMN frozen_at timestamptz DEFAULT 'now'::timestamptz,
    ADD COLUMN attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN tx_started timestamptz DEFAULT transaction_timestamp(),
    ADD COLUMN host text DEFAULT inet_server_addr()::text;
