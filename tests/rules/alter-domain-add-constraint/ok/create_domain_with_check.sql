CREATE DOMAIN billing.iban AS text CHECK (VALUE ~ '^[A-Z]{2}[0-9]{2}');
CREATE DOMAIN quantity AS integer NOT NULL CHECK (VALUE > 0);
