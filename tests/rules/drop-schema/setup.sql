-- Pre-existing schema for the drop-schema cases.
CREATE SCHEMA legacy;
CREATE SCHEMA reporting_old;
CREATE SCHEMA "LegacyImport";
CREATE SCHEMA billing;

CREATE TABLE legacy.users (id bigint PRIMARY KEY, email text);
CREATE TABLE reporting_old.daily (day date PRIMARY KEY, total bigint);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, amount numeric(12, 2));

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);
