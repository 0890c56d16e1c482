-- corpus-expect: none
CREATE SCHEMA IF NOT EXISTS marketing;
CREATE TABLE utm_campaigns (id bigserial PRIMARY KEY, source text, medium text, campaign text);
ALTER TABLE utm_campaigns SET SCHEMA marketing;
CREATE INDEX utm_campaigns_campaign_idx ON marketing.utm_campaigns (campaign);
