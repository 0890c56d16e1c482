-- corpus-expect: none
ALTER DOMAIN phone_number DROP NOT NULL;
ALTER DOMAIN phone_number DROP DEFAULT;
ALTER DOMAIN phone_number RENAME CONSTRAINT phone_number_check TO phone_number_e164;
ALTER DOMAIN phone_number OWNER TO app_owner;
