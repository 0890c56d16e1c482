-- pgmig:no-transaction
ALTER TABLE people ADD CONSTRAINT people_birth_year_check CHECK (birth_year > 1850) NOT VALID;
ALTER TABLE people VALIDATE CONSTRAINT people_birth_year_check;
