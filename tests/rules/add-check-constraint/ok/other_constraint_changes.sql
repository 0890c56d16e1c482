ALTER TABLE people DROP CONSTRAINT IF EXISTS people_birth_year_check;
ALTER TABLE accounts RENAME CONSTRAINT accounts_pkey TO accounts_id_pkey;
