ALTER TABLE people ADD CONSTRAINT people_id_positive CHECK (id > 0) NO INHERIT;
