-- corpus-expect: add-column-default-rewrite, add-unique-constraint
ALTER TABLE api_clients ADD COLUMN client_secret uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE;
