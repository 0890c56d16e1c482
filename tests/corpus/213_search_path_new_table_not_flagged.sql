-- corpus-expect: none
SET search_path = crm;
CREATE TABLE leads (
    id bigserial PRIMARY KEY,
    email text
);
ALTER TABLE leads ADD COLUMN score integer NOT NULL;
ALTER TABLE crm.leads ADD CONSTRAINT leads_score_range CHECK (score BETWEEN 0 AND 100);
CREATE INDEX leads_email_idx ON leads (email);
