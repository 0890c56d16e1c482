-- Reload the country list from the new source of truth.
TRUNCATE country_codes;
INSERT INTO country_codes (code, name) VALUES
    ('DE', 'Germany'),
    ('FR', 'France'),
    ('IT', 'Italy');
