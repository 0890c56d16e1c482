-- corpus-expect: none
CREATE TABLE tmp_country_import (code text, name text);
INSERT INTO tmp_country_import VALUES ('NO', 'Norway'), ('IS', 'Iceland');
CREATE TABLE country_aliases AS SELECT code, lower(name) AS alias FROM tmp_country_import;
TRUNCATE tmp_country_import;
DROP TABLE tmp_country_import;
