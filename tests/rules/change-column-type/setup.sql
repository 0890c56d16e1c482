-- Pre-existing schema for the change-column-type cases.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN email_address AS text;
CREATE DOMAIN positive_amount AS numeric(12, 2) CHECK (VALUE > 0);

CREATE TABLE customers (
    id bigint PRIMARY KEY,
    code varchar(10) NOT NULL UNIQUE,
    name varchar(100),
    email text,
    country char(2),
    balance numeric(12, 2),
    signup_ip cidr,
    preferences json,
    tier integer,
    created_at timestamp,
    last_seen_at timestamp(3),
    updated_at timestamptz,
    display_name varchar(30),
    handle varchar(30) COLLATE "C",
    tags varchar(20)[],
    session_timeout interval(0)
);
CREATE INDEX customers_created_at_idx ON customers (created_at);
CREATE INDEX customers_lower_display_name_idx ON customers (lower(display_name));
CREATE UNIQUE INDEX customers_handle_key ON customers (handle);
CREATE INDEX customers_email_idx ON customers (email);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_code varchar(10) REFERENCES customers (code),
    amount numeric(10, 2),
    status varchar(20) CHECK (status <> ''),
    state order_status,
    quantity smallint,
    placed_at timestamp,
    notes text
);

CREATE SCHEMA app;
CREATE TABLE app."Products" (
    "Id" integer PRIMARY KEY,
    "Sku" varchar(32),
    "Price" numeric(10, 2),
    "Description" varchar(500)
);
