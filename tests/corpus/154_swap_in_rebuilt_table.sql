-- corpus-expect: rename-table
-- Rebuild search_documents with a new layout and swap it in.
CREATE TABLE search_documents_new (
    id bigint PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
);
INSERT INTO search_documents_new (id, body) SELECT id, body FROM search_documents;
CREATE INDEX search_documents_new_tsv_idx ON search_documents_new USING gin (tsv);
ALTER TABLE search_documents RENAME TO search_documents_old;
ALTER TABLE search_documents_new RENAME TO search_documents;
