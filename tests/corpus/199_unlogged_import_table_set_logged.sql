-- corpus-expect: none
CREATE UNLOGGED TABLE import_rows (
    batch_id bigint NOT NULL,
    line integer NOT NULL,
    data jsonb NOT NULL
);
CREATE INDEX import_rows_batch_id_idx ON import_rows (batch_id);
ALTER TABLE import_rows SET LOGGED;
