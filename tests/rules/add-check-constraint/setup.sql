-- Existing schema for add-check-constraint: accounts and people.
CREATE SCHEMA app;

CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR',
    balance numeric(14, 2) NOT NULL DEFAULT 0,
    closed_at timestamptz
);

CREATE TABLE people (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    birth_year integer,
    email text
);

CREATE TABLE app."Transfers" (
    "Id" bigint PRIMARY KEY,
    "Amount" numeric(14, 2) NOT NULL,
    "FromAccount" bigint NOT NULL,
    "ToAccount" bigint NOT NULL
);

INSERT INTO accounts (owner_id, balance) VALUES (1, 10), (2, 0);
INSERT INTO people (name, birth_year, email) VALUES ('Grace', 1906, 'grace@example.com');
INSERT INTO app."Transfers" VALUES (1, 5, 1, 2);

-- Added NOT VALID by an earlier migration; validated later.
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_check CHECK (owner_id > 0) NOT VALID;
