-- corpus-expect: none
CREATE TABLE countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL UNIQUE,
    eu_member boolean NOT NULL DEFAULT false
);

INSERT INTO countries (code, name, eu_member) VALUES
    ('AT', 'Austria', true),
    ('BE', 'Belgium', true),
    ('CH', 'Switzerland', false),
    ('DE', 'Germany', true),
    ('FR', 'France', true),
    ('GB', 'United Kingdom', false),
    ('US', 'United States', false);

UPDATE countries SET name = 'Belgique' WHERE code = 'BE';
DELETE FROM countries WHERE code = 'CH';
