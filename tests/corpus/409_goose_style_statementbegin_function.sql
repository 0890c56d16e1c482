-- corpus-expect: none
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TABLE IF NOT EXISTS support_macros (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER support_macros_touch BEFORE UPDATE ON support_macros FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
