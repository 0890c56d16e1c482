-- corpus-expect: none
CREATE TABLE postal_areas AS SELECT DISTINCT postal_code, city FROM addresses;
CREATE INDEX postal_areas_postal_code_idx ON postal_areas (postal_code);
CLUSTER postal_areas USING postal_areas_postal_code_idx;
ANALYZE postal_areas;
