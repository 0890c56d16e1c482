-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE product_search_terms (
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    term text NOT NULL,
    weight real NOT NULL DEFAULT 1.0
);
CREATE INDEX product_search_terms_term_trgm_idx ON product_search_terms USING gin (term gin_trgm_ops);
CREATE INDEX product_search_terms_product_id_idx ON product_search_terms (product_id);
GRANT SELECT ON product_search_terms TO reporting_ro;
ALTER TABLE product_search_terms OWNER TO app_owner;
