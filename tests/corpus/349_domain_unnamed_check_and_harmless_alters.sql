-- corpus-expect: alter-domain-add-constraint
ALTER DOMAIN phone_number SET DEFAULT '';
ALTER DOMAIN phone_number DROP CONSTRAINT IF EXISTS phone_number_old_format;
ALTER DOMAIN phone_number ADD CHECK (VALUE ~ '^\+[0-9]{6,15}$');
