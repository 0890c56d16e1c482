-- Existing schema for add-column-generated-stored: a catalogue of products and articles.
CREATE SCHEMA app;

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    price numeric(12, 2) NOT NULL,
    weight_grams integer
);

CREATE TABLE app.articles (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    body text
);

CREATE TABLE app."Products" (
    "Id" bigint PRIMARY KEY,
    "Brand" text NOT NULL,
    "Model" text NOT NULL
);

CREATE TABLE measurements (
    id bigserial PRIMARY KEY,
    celsius numeric NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED
);

INSERT INTO products (name, price) VALUES ('kettle', 39.90), ('mug', 7.50);
INSERT INTO app.articles (title, body) VALUES ('Hello', 'First post');
INSERT INTO app."Products" VALUES (1, 'Acme', 'Rocket');
INSERT INTO measurements (celsius) VALUES (21.5);
