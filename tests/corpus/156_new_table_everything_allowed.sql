-- corpus-expect: none
-- Everything below touches a table created in this same file: nobody else can see it yet.
CREATE TABLE import_batches (
    source text,
    started_at timestamptz
);
ALTER TABLE import_batches
    ADD COLUMN id bigserial PRIMARY KEY,
    ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    ADD COLUMN row_count integer NOT NULL CHECK (row_count >= 0),
    ALTER COLUMN source SET NOT NULL,
    ALTER COLUMN started_at TYPE timestamp with time zone;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_source_check CHECK (source <> '');
ALTER TABLE import_batches RENAME COLUMN started_at TO began_at;
CREATE INDEX import_batches_began_at_idx ON import_batches (began_at);
LOCK TABLE import_batches IN ACCESS EXCLUSIVE MODE;
INSERT INTO import_batches (source, began_at, row_count) VALUES ('bootstrap', now(), 0);
