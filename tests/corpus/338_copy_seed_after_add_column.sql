-- corpus-expect: backfill-under-ddl-lock
ALTER TABLE zip_codes ADD COLUMN region text;
COPY zip_codes (code, city, region) FROM '/srv/seed/zip_codes_2026.csv' WITH (FORMAT csv, HEADER true);
