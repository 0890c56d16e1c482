-- corpus-expect: none
-- pgmig:lock-timeout 2s
-- pgmig:statement-timeout 30s
ALTER TABLE customers ADD COLUMN marketing_consent_at timestamptz;
ALTER TABLE customers ADD COLUMN marketing_consent_source text;
