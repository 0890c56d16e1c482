-- corpus-expect: add-column-generated-stored, create-index-non-concurrently
ALTER TABLE "Users" ADD COLUMN "searchVector" tsvector NOT NULL
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce("firstName", '') || ' ' || coalesce("lastName", ''))) STORED;
CREATE INDEX "Users_searchVector_idx" ON "Users" USING gin ("searchVector");
