-- expect: 2
ALTER TABLE people
    ADD CONSTRAINT people_birth_year_check CHECK (birth_year BETWEEN 1850 AND 2100),
    ADD CONSTRAINT people_email_check CHECK (email LIKE '%@%') NOT VALID,
    ADD CONSTRAINT people_name_check CHECK (length(name) > 0);
