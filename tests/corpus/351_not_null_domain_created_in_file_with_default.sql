-- corpus-expect: add-column-constrained-domain
CREATE DOMAIN flag_bool AS boolean NOT NULL DEFAULT false;
ALTER TABLE feature_flags ADD COLUMN archived flag_bool;
