-- corpus-expect: none
-- The DML only touches tables created in this file.
ALTER TABLE users ADD COLUMN referral_code text;
CREATE TABLE referral_campaigns (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    starts_on date NOT NULL
);
INSERT INTO referral_campaigns (name, starts_on) VALUES ('launch', '2026-12-01');
UPDATE referral_campaigns SET name = 'launch-2026' WHERE name = 'launch';
