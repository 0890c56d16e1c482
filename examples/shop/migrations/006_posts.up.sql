-- Posts: each belongs to one category and one author (1:N from both).

CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id bigint NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft',
    published_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT posts_title_check CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT posts_status_check CHECK (status IN ('draft', 'published', 'archived')),
    CONSTRAINT posts_published_at_check CHECK (status <> 'published' OR published_at IS NOT NULL)
);

-- Foreign keys get no index automatically; without one, deleting a category or a user scans
-- posts under lock.
CREATE INDEX posts_category_id_idx ON posts (category_id);
CREATE INDEX posts_author_id_idx ON posts (author_id);

CREATE TRIGGER posts_set_updated_at
    BEFORE UPDATE ON posts
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER posts_audit
    AFTER INSERT OR UPDATE OR DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
