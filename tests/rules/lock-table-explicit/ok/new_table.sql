CREATE TABLE import_batches (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
LOCK TABLE import_batches IN ACCESS EXCLUSIVE MODE;
INSERT INTO import_batches (source) VALUES ('initial');
