-- corpus-expect: none
-- pgmig:no-transaction
CREATE TABLE IF NOT EXISTS email_bounces (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    bounced_at timestamptz NOT NULL DEFAULT now(),
    reason text
);
CREATE INDEX IF NOT EXISTS email_bounces_email_idx ON email_bounces (email);
