-- corpus-expect: none
-- Column + maintenance trigger now; the backfill runs from a job in batches.
ALTER TABLE posts ADD COLUMN search tsvector;
CREATE OR REPLACE FUNCTION posts_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := to_tsvector('english', coalesce(NEW.title, '') || ' ' || coalesce(NEW.body, ''));
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_search_update BEFORE INSERT OR UPDATE OF title, body ON posts
    FOR EACH ROW EXECUTE FUNCTION posts_search_update();
